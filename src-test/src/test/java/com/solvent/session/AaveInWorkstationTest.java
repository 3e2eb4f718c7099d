package com.solvent.session;

import com.solvent.app.fx.DevnetSession;
import com.solvent.app.fx.EngineRiskService;
import com.solvent.app.fx.LiveRisk;
import com.solvent.app.watchlist.WatchedAccount;
import com.solvent.chain.aave.AaveAccountData;
import com.solvent.chain.aave.AaveDevnetMarket;
import com.solvent.chain.aave.AaveDevnetSpec;
import com.solvent.chain.aave.AaveV3Adapter;
import com.solvent.chain.devnet.DevnetConfig;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.HealthState;
import com.solvent.model.risk.LiquidationPrice;
import com.solvent.model.risk.PositionRisk;
import com.solvent.app.session.RpcOptions;
import com.solvent.app.session.RpcSession;
import com.solvent.chain.venue.VenueDeployment;
import com.solvent.chain.venue.VenueRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.web3j.protocol.core.DefaultBlockParameter;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Aave accounts in the workstation's live path on the real devnet: the Aave market deployed by the
 * devnet session from Aave's published bytecode, read per block, mapped into the watchlist's terms.
 * The independent source is the Pool's own {@code getUserAccountData} at the same block.
 */
class AaveInWorkstationTest {
    static EngineRiskService service;
    static DevnetSession session;
    static AaveDevnetMarket market;

    @BeforeAll
    static void startDevnetWithAave() throws Exception {
        service = new EngineRiskService(new MarginEngine());
        session = DevnetSession.start(service, Set.of(), DevnetConfig.defaults().withKeepers(false).withFillerAccounts(0), true);
        market = session.aave().get(120, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stop() {
        session.close();
        service.close();
    }

    @Test
    void anAaveAccountShowsTheHealthFactorOfGetUserAccountDataBesideReferenceVenueAccounts() throws Exception {
        BlockingQueue<LiveRisk> published = new LinkedBlockingQueue<>();
        {
            List<WatchedAccount> watched = new ArrayList<>(session.storyAccounts());
            List<String> aave = List.of(market.account(AaveDevnetSpec.STEADY), market.account(AaveDevnetSpec.EDGE),
                    market.account(AaveDevnetSpec.MIXED));
            service.subscribe(published::add);
            List<String> ids = new ArrayList<>(watched.stream().map(a -> a.address().checksummed()).toList());
            ids.addAll(aave);
            service.watch(ids);

            LiveRisk live = await(published, l -> ids.stream().allMatch(id ->
                    l.result(id).filter(AccountRisk.class::isInstance).isPresent())
                    && aave.stream().allMatch(id -> l.inputs().lendingAccount(id).isPresent()));

            // one report, both venues; each address once
            assertThat(live.report().accounts()).extracting(r -> r.accountId().toLowerCase()).doesNotHaveDuplicates();
            assertThat(live.report().accounts()).extracting(r -> r.accountId().toLowerCase())
                    .containsAll(ids.stream().map(String::toLowerCase).toList());
            AaveV3Adapter pool = new AaveV3Adapter(session.devnet().rpc().caller(), market.poolAddressesProvider(),
                    Duration.ofHours(1));
            for (String address : aave) {
                AccountRisk risk = (AccountRisk) live.result(address).orElseThrow();
                long read = live.inputs().lendingAccount(address).orElseThrow().block();
                DefaultBlockParameter block = DefaultBlockParameter.valueOf(BigInteger.valueOf(read));
                AaveAccountData reported = pool.accountData(address, block);
                double healthFactor = reported.healthFactorValue().orElseThrow();
                // the Pool floors the collateral-weighted liquidation threshold to whole basis points
                // (GenericLogic.calculateUserAccountData): its HF may sit up to 1e-4 x collateral / debt
                // lower than the exact one; with one collateral asset there is no averaging to round
                boolean oneCollateral = live.inputs().lendingAccount(address).orElseThrow().account().supplies().size() == 1;
                double thresholdRounding = oneCollateral ? 0 : 1e-4 * reported.totalCollateral() / reported.totalDebt();
                assertThat(1 / risk.marginRatio()).as(address + " health factor = 1 / margin ratio")
                        .isCloseTo(healthFactor, within(thresholdRounding + 1e-6 * healthFactor));
                assertThat(risk.equity()).as(address + " equity = collateral - debt")
                        .isCloseTo(reported.totalCollateral() - reported.totalDebt(), within(1e-6 * reported.totalCollateral()));
                assertThat(risk.health() == HealthState.LIQUIDATABLE || risk.health() == HealthState.BANKRUPT)
                        .as(address + " liquidatable exactly when the Pool says so").isEqualTo(reported.liquidatable());
            }
            // the account nearest liquidation has a price for its collateral at which HF reaches 1:
            // moving that price there (a second formula: recompute the HF at it) gives HF = 1
            AccountRisk edge = (AccountRisk) live.result(market.account(AaveDevnetSpec.EDGE)).orElseThrow();
            PositionRisk collateral = edge.positions().stream()
                    .filter(p -> p.liquidationPrice().kind() == LiquidationPrice.Kind.PRICE).findFirst().orElseThrow();
            assertThat(collateral.liquidationPrice().price()).isPositive();
            assertThat(live.inputs().lendingAccount(edge.accountId())).isPresent();
            var moved = live.inputs().lendingAccount(edge.accountId()).orElseThrow().account()
                    .withPrice(collateral.marketId(), collateral.liquidationPrice().price());
            assertThat(com.solvent.model.lending.LendingRisk.of(moved).healthFactor().orElseThrow())
                    .isCloseTo(1.0, within(1e-9));
        }
    }

    @Test
    void anRpcSessionOnAaveV3PicksTheMarketByChainIdAndShowsTheDevnetSessionsNumbers() throws Exception {
        // the bundled registry lists public chains only: this one adds the devnet's market on 31337
        VenueDeployment devnetMarket = new VenueDeployment("aave-v3-devnet", "aave-v3", "devnet", "devnet", 31337,
                market.poolAddressesProvider(), market.pool(), market.dataProvider(), market.oracle(), "this test");
        VenueRegistry registry = new VenueRegistry(List.of(devnetMarket));
        List<String> aave = List.of(market.account(AaveDevnetSpec.STEADY), market.account(AaveDevnetSpec.SHORT_ETH));
        BlockingQueue<LiveRisk> embedded = new LinkedBlockingQueue<>();
        BlockingQueue<LiveRisk> remote = new LinkedBlockingQueue<>();
        service.subscribe(embedded::add);
        service.watch(aave);
        try (EngineRiskService rpcService = new EngineRiskService(new MarginEngine());
             RpcSession rpc = RpcSession.open(new RpcOptions(session.info().httpUrl(), "aave-v3", Optional.empty(), aave),
                     rpcService, Set.of(), registry)) {
            rpcService.subscribe(remote::add);
            rpcService.watch(aave);
            Predicate<LiveRisk> read = l -> aave.stream().allMatch(id -> l.inputs().lendingAccount(id).isPresent()
                    && l.result(id).filter(AccountRisk.class::isInstance).isPresent());
            // The embedded session may first show the Aave accounts at a block of the deployment's
            // backlog (its venue watcher drains the deployment's blocks), while the RPC session
            // starts at the head; with the keepers off the head stays, and both reach it.
            LiveRisk b = await(remote, read);
            long block = b.inputs().lendingAccount(aave.getFirst()).orElseThrow().block();
            LiveRisk a = await(embedded, l -> read.test(l) && l.inputs().lendingAccount(aave.getFirst()).orElseThrow().block() == block);

            assertThat(rpc.describe()).startsWith("aave-v3-devnet (devnet) on chain 31337 at http://");
            // the risk desk says why it has no venue scan here
            assertThat(rpc.venueFeed()).isEmpty();
            assertThat(rpc.whyNoVenueScan()).contains("reference venue only", "Aave v3");
            for (String id : aave) {
                AccountRisk viaDevnet = (AccountRisk) a.result(id).orElseThrow();
                AccountRisk viaRpc = (AccountRisk) b.result(id).orElseThrow();
                assertThat(viaRpc.equity()).as(id + " equity").isEqualTo(viaDevnet.equity());
                assertThat(viaRpc.marginRatio()).as(id + " margin ratio").isEqualTo(viaDevnet.marginRatio());
                assertThat(viaRpc.positions()).as(id + " liquidation prices").isEqualTo(viaDevnet.positions());
            }
        }
    }

    static LiveRisk await(BlockingQueue<LiveRisk> published, Predicate<LiveRisk> done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        LiveRisk last = null;
        while (System.nanoTime() < deadline) {
            LiveRisk live = published.poll(1, TimeUnit.SECONDS);
            if (live == null) {
                continue;
            }
            last = live;
            if (done.test(live)) {
                return live;
            }
        }
        throw new AssertionError("never published; last report: " + (last == null ? "none" : last.report().accounts()));
    }
}
