package com.solvent.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.solvent.chain.contracts.VenueAccountView;
import com.solvent.chain.contracts.VenueCalls;
import com.solvent.chain.devnet.SeededAccount;
import com.solvent.chain.reference.OnChainUnits;
import com.solvent.chain.rpc.HistoryUnavailableException;
import com.solvent.chain.scan.AccountFigures;
import com.solvent.chain.scan.BookFigures;
import com.solvent.chain.scan.ReplayRequest;
import com.solvent.chain.scan.ReplayResult;
import com.solvent.chain.scan.ScanConfig;
import com.solvent.chain.scan.VenueHistory;
import com.solvent.chain.snapshot.ChainSnapshot;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.policy.VenuePresets;
import com.solvent.model.risk.HealthState;
import com.solvent.model.task.TaskMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Historical reads and replays on a real anvil (which keeps every block's state): the doomed account
 * walked to its liquidation by falling ETH prices, replayed block by block and held to the contract's
 * own accountView at each block; and a pruning node, played by the fault proxy answering old eth_calls
 * as geth does.
 */
class VenueReplayTest {
    private static DevnetFixture fx;
    private static MarginPolicy policy;
    private static String doomed;
    /** The block before the first price drop. */
    private static long start;
    /** The first block at which the contract says the doomed account can be liquidated. */
    private static long liquidatable;
    /** The block of the liquidation. */
    private static long liquidated;

    @BeforeAll
    static void walkTheDoomedAccountToItsLiquidation() {
        fx = new DevnetFixture(10);
        policy = fx.devnet.referenceReader().policy(VenuePresets.reference().warningLevel());
        doomed = fx.info.requireAccount(SeededAccount.DOOMED).address().toLowerCase(Locale.ROOT);
        start = fx.devnet.rpc().blockNumber();
        BigDecimal eth = new BigDecimal("3000");
        for (int step = 0; step < 200 && liquidatable == 0; step++) {
            eth = eth.subtract(new BigDecimal("0.2"));
            fx.setPrice("ETH", eth.toPlainString());
            if (fx.devnet.venue().isLiquidatable(doomed)) {
                liquidatable = fx.devnet.rpc().blockNumber();
            }
        }
        assertThat(liquidatable).as("the doomed account became liquidatable").isPositive();
        fx.setPrice("ETH", eth.subtract(BigDecimal.ONE).toPlainString());
        fx.devnet.rpc().transact(fx.info.liquidator(), fx.info.venue(), VenueCalls.liquidate(doomed));
        liquidated = fx.devnet.rpc().blockNumber();
    }

    @AfterAll
    static void stopDevnet() {
        fx.close();
    }

    @Test
    void theDoomedAccountsMarginRatioRisesToItsLiquidationAndMatchesTheContractAtEveryBlock() throws Exception {
        List<BookFigures> streamed = new ArrayList<>();
        ReplayResult replay;
        try (VenueHistory history = VenueHistory.open(fx.scanConfig(fx.info.httpUrl()))) {
            replay = history.replay(ReplayRequest.account(doomed, start, liquidated, 1), policy, TaskMonitor.NONE,
                    streamed::add);
        }

        assertThat(replay.complete()).isTrue();
        assertThat(replay.points()).hasSize((int) (liquidated - start + 1)).isEqualTo(streamed);
        double previous = 0;
        for (BookFigures point : replay.points()) {
            AccountFigures f = point.account(doomed).orElseThrow();
            VenueAccountView view = fx.devnet.venue().accountView(doomed, point.block());
            double equity = OnChainUnits.wad(view.crossEquity(), "crossEquity");
            double maintenance = OnChainUnits.wad(view.crossMaintenanceMargin(), "crossMM");
            assertThat(f.equity()).as("equity at #%d", point.block()).isCloseTo(equity, within(1e-9 * Math.abs(equity)));
            assertThat(f.maintenanceRequirement()).as("MM at #%d", point.block())
                    .isCloseTo(maintenance, within(1e-9 * maintenance));
            if (point.block() < liquidated) {
                assertThat(f.marginRatio()).as("margin ratio at #%d", point.block())
                        .isCloseTo(maintenance / equity, within(1e-9))
                        .isGreaterThanOrEqualTo(previous);
                assertThat(f.health() == HealthState.LIQUIDATABLE || f.health() == HealthState.BANKRUPT)
                        .as("liquidatable at #%d", point.block()).isEqualTo(view.liquidatable());
                previous = f.marginRatio();
            }
        }
        AccountFigures atLiquidatable = replay.points().stream().filter(p -> p.block() == liquidatable).findFirst()
                .orElseThrow().account(doomed).orElseThrow();
        assertThat(atLiquidatable.marginRatio()).isGreaterThanOrEqualTo(1.0);
        assertThat(atLiquidatable.nearestLiquidation().kind()).isEqualTo(com.solvent.model.risk.LiquidationPrice.Kind.NOW);
        AccountFigures atStart = replay.points().getFirst().account(doomed).orElseThrow();
        assertThat(atStart.marginRatio()).isCloseTo(0.95, within(0.01));
        assertThat(atStart.nearestLiquidation().fraction()).as("a fall liquidates a long").isNegative();
        AccountFigures after = replay.points().getLast().account(doomed).orElseThrow();
        assertThat(after.marginRatio()).as("the liquidation brought it back").isLessThan(atLiquidatable.marginRatio());
    }

    @Test
    void everyKthBlockIsTheSameFiguresAtFewerBlocksAndTheBookHoldsEveryAccount() throws Exception {
        try (VenueHistory history = VenueHistory.open(fx.scanConfig(fx.info.httpUrl()))) {
            ReplayResult all = history.replay(ReplayRequest.account(doomed, start, liquidated, 1), policy,
                    TaskMonitor.NONE, p -> { });
            ReplayResult sparse = history.replay(ReplayRequest.account(doomed, start, liquidated, 4), policy,
                    TaskMonitor.NONE, p -> { });
            ReplayResult book = history.replay(ReplayRequest.wholeBook(liquidatable, liquidatable, 1), policy,
                    TaskMonitor.NONE, p -> { });

            assertThat(sparse.points()).extracting(BookFigures::block)
                    .isEqualTo(new ReplayRequest(java.util.Optional.of(doomed), start, liquidated, 4).blocks());
            for (BookFigures p : sparse.points()) {
                BookFigures same = all.points().stream().filter(q -> q.block() == p.block()).findFirst().orElseThrow();
                assertThat(p).isEqualTo(same);
            }
            BookFigures whole = book.points().getFirst();
            assertThat(whole.totals().accounts()).isEqualTo(fx.devnet.venue().accounts().size());
            assertThat(whole.account(doomed)).isPresent();
            assertThat(whole.ranking().getFirst().health().ordinal()).isGreaterThanOrEqualTo(HealthState.LIQUIDATABLE.ordinal());

            ChainSnapshot atBlock = history.book(liquidatable);
            assertThat(atBlock.blockNumber()).isEqualTo(liquidatable);
            assertThat(atBlock.accounts()).hasSize(fx.devnet.venue().accounts().size());
            assertThat(BookFigures.of(atBlock, policy)).isEqualTo(whole);
        }
    }

    @Test
    void aCancelledReplayKeepsTheBlocksItRead() throws Exception {
        try (VenueHistory history = VenueHistory.open(fx.scanConfig(fx.info.httpUrl()))) {
            TaskMonitor cancelAfterThree = new TaskMonitor() {
                private long done;

                @Override
                public boolean isCancelled() {
                    return done >= 3;
                }

                @Override
                public void progress(long d, long total) {
                    done = d;
                }
            };
            ReplayResult r = history.replay(ReplayRequest.account(doomed, start, liquidated, 1), policy,
                    cancelAfterThree, p -> { });
            assertThat(r.status()).isEqualTo(ReplayResult.Status.CANCELLED);
            assertThat(r.points()).hasSize(4);
            assertThat(r.lastBlock()).hasValue(start + 3);
        }
    }

    @Test
    void aPruningNodeStopsTheReplayWithOneClearErrorNamingTheBlock() throws Exception {
        long pruneBelow = start + 5;
        try (FaultyProxy proxy = new FaultyProxy(FaultyProxy.portOf(fx.info.httpUrl()))) {
            // geth's full node: the state of old blocks is gone, eth_call there fails with -32000
            proxy.rules(new FaultyProxy.RpcRule() {
                @Override
                public FaultyProxy.RpcError before(JsonNode request) {
                    if (request.path("method").asText().equals("eth_call")) {
                        String block = request.path("params").path(1).asText("latest");
                        if (block.startsWith("0x") && Long.decode(block) < pruneBelow) {
                            return new FaultyProxy.RpcError(-32000, "missing trie node "
                                    + "1a3bddc494098bac19ef26e6506812caa12ca5cf036a13ef0eabde38beab5d21 (path )");
                        }
                    }
                    return null;
                }
            });
            String keyed = proxy.httpUrl() + "/v2/Zk93hQpLr0TnVw7sXy2a";
            ScanConfig config = fx.scanConfig(keyed);
            try (VenueHistory history = VenueHistory.open(config)) {
                ReplayResult r = history.replay(ReplayRequest.account(doomed, start, liquidated, 1), policy,
                        TaskMonitor.NONE, p -> { });

                assertThat(r.status()).isEqualTo(ReplayResult.Status.HISTORY_UNAVAILABLE);
                assertThat(r.points()).isEmpty();
                assertThat(r.lastBlock()).isEmpty();
                assertThat(r.stopReason()).contains("block " + start, "missing trie node", "archive RPC",
                        "http://127.0.0.1:" + FaultyProxy.portOf(proxy.httpUrl()) + "/v2/***")
                        .doesNotContain("Zk93hQpLr0TnVw7sXy2a");

                // from the first block the node still has, the replay runs to the end
                ReplayResult recent = history.replay(ReplayRequest.account(doomed, pruneBelow, liquidated, 1), policy,
                        TaskMonitor.NONE, p -> { });
                assertThat(recent.complete()).isTrue();
                assertThat(recent.points()).hasSize((int) (liquidated - pruneBelow + 1));

                assertThatThrownBy(() -> history.book(start)).isInstanceOf(HistoryUnavailableException.class)
                        .hasMessageContaining("block " + start).hasMessageNotContaining("Zk93hQpLr0TnVw7sXy2a")
                        .extracting(e -> ((HistoryUnavailableException) e).block()).isEqualTo(start);
            }
        }
    }

    @Test
    void aRangeBeyondTheHeadOrAnAccountNeverOpenedIsRefusedNamingIt() throws Exception {
        try (VenueHistory history = VenueHistory.open(fx.scanConfig(fx.info.httpUrl()))) {
            long head = history.head().number();
            assertThatThrownBy(() -> history.replay(ReplayRequest.account(doomed, start, head + 10, 1), policy,
                    TaskMonitor.NONE, p -> { })).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("block " + (head + 10)).hasMessageContaining("head");
            String stranger = "0x00000000000000000000000000000000000000ff";
            assertThatThrownBy(() -> history.replay(ReplayRequest.account(stranger, start, head, 1), policy,
                    TaskMonitor.NONE, p -> { })).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(stranger).hasMessageContaining("not opened");
        }
    }
}
