package com.solvent.chain.devnet;

import com.solvent.chain.contracts.ContractArtifact;
import com.solvent.chain.contracts.VenueCalls;
import com.solvent.chain.devnet.ReferenceVenueSpec.AssetSpec;
import com.solvent.chain.devnet.ReferenceVenueSpec.FeedSpec;
import com.solvent.chain.devnet.ReferenceVenueSpec.MarketSpec;
import com.solvent.chain.devnet.ReferenceVenueSpec.TierSpec;
import com.solvent.chain.devnet.SeedPlan.Action;
import com.solvent.chain.devnet.SeedPlan.OpenIsolated;
import com.solvent.chain.devnet.SeedPlan.PlannedAccount;
import com.solvent.model.policy.LiquidationRules;
import org.web3j.crypto.ContractUtils;
import org.web3j.crypto.Keys;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.solvent.chain.devnet.ReferenceVenueSpec.fixed;

/**
 * Deploys the reference contracts and seeds the demo accounts in a single block: every
 * transaction is sent with automine off, in JSON-RPC batches of stages that anvil (ordering
 * {@code fifo}) keeps in their arrival order, and one block is mined.
 * Contract addresses follow from the deployer's nonces, so later transactions of the same block
 * can already call them.
 */
final class DevnetDeployer {
    private static final BigInteger ACCOUNT_GAS_MONEY = BigInteger.TEN.pow(22); // 10,000 ETH
    private static final BigInteger UNLIMITED = BigInteger.TWO.pow(256).subtract(BigInteger.ONE);
    private static final BigDecimal MINT_PER_TOKEN_USD = new BigDecimal("1000000000"); // ample for any seed

    private final ReferenceVenueSpec spec;
    private final ContractArtifact token = ContractArtifact.load(ContractArtifact.TOKEN);
    private final ContractArtifact aggregator = ContractArtifact.load(ContractArtifact.AGGREGATOR);
    private final ContractArtifact venueArtifact = ContractArtifact.load(ContractArtifact.VENUE);
    private final ContractArtifact multicall = ContractArtifact.load(ContractArtifact.MULTICALL3);

    /** Loads the contracts' artifacts (no node needed: done while anvil boots). */
    DevnetDeployer(ReferenceVenueSpec spec) {
        this.spec = spec;
    }

    DevnetContracts deployAndSeed(AnvilRpc rpc, String deployer, String liquidator, List<PlannedAccount> accounts) {
        rpc.setCode(DevnetContracts.MULTICALL3_ADDRESS, multicall.deployedBytecode());
        rpc.setAutomine(false);
        try {
            TxBatch batch = new TxBatch(rpc);
            Map<String, String> tokens = new LinkedHashMap<>();
            for (AssetSpec asset : spec.assets()) {
                tokens.put(asset.symbol(), deploy(batch, deployer, "deploy " + asset.symbol(),
                        VenueCalls.tokenDeployment(token, asset.name(), asset.symbol(), asset.decimals())));
            }
            Map<String, String> feeds = new LinkedHashMap<>();
            for (FeedSpec feed : spec.feeds()) {
                feeds.put(feed.symbol(), deploy(batch, deployer, "deploy feed " + feed.description(),
                        VenueCalls.aggregatorDeployment(aggregator, feed.description(), answer(feed.openingPrice()))));
            }
            LiquidationRules rules = spec.liquidation();
            String venue = deploy(batch, deployer, "deploy SolventVenue", VenueCalls.venueDeployment(venueArtifact,
                    spec.heartbeatSeconds(), ReferenceVenueSpec.wad(rules.penaltyFraction()),
                    ReferenceVenueSpec.wad(rules.liquidatorShare()), rules.dynamicPenalty(),
                    ReferenceVenueSpec.wad(rules.targetMarginRatio()), ReferenceVenueSpec.wad(rules.partialChunk())));

            configure(batch, deployer, venue, tokens, feeds);
            for (PlannedAccount planned : accounts) {
                deposit(batch, deployer, venue, planned);
            }
            List<String> traders = accounts.stream().map(p -> p.account().address()).toList();
            rpc.setBalances(traders, ACCOUNT_GAS_MONEY);
            batch.knowNonces(traders);
            // Three stages, each in the pool before the next is sent (across senders anvil admits a
            // batch in any order): the deployer's deployment, listing and deposits; the accounts'
            // trades against them; the feeds' moves to their start prices after the trades.
            batch.flush();
            for (PlannedAccount planned : accounts) {
                for (Action action : planned.actions()) {
                    trade(batch, venue, planned.account(), action);
                }
            }
            batch.flush();
            for (FeedSpec feed : spec.feeds()) {
                batch.send("move " + feed.description() + " to its start price", deployer, feeds.get(feed.symbol()),
                        VenueCalls.submit(answer(feed.startPrice())));
            }
            batch.mineAndVerify();
            return new DevnetContracts(venue, DevnetContracts.MULTICALL3_ADDRESS, tokens, feeds,
                    spec.markets().stream().map(MarketSpec::name).toList(), deployer, liquidator);
        } finally {
            rpc.setAutomine(true);
        }
    }

    private void configure(TxBatch batch, String deployer, String venue, Map<String, String> tokens,
                           Map<String, String> feeds) {
        for (AssetSpec asset : spec.assets()) {
            String feed = asset.feed() == null ? "0x0000000000000000000000000000000000000000" : feeds.get(asset.feed());
            batch.send("list collateral " + asset.symbol(), deployer, venue,
                    VenueCalls.addCollateral(tokens.get(asset.symbol()), asset.symbol(), feed, fixed(asset.weight(), 18)));
        }
        for (MarketSpec market : spec.markets()) {
            List<BigInteger> floors = new ArrayList<>();
            List<BigInteger> leverage = new ArrayList<>();
            List<BigInteger> mmf = new ArrayList<>();
            for (TierSpec tier : market.tiers()) {
                floors.add(fixed(tier.notionalFloor(), 18));
                leverage.add(BigInteger.valueOf(tier.maxLeverage()));
                mmf.add(fixed(tier.maintenanceFraction(), 18));
            }
            long expiry = market.expiry() == null ? 0 : market.expiry().getEpochSecond();
            batch.send("list market " + market.name(), deployer, venue,
                    VenueCalls.addMarket(market.name(), feeds.get(market.feed()), expiry, floors, leverage, mmf));
        }
        for (AssetSpec asset : spec.assets()) {
            BigDecimal units = asset.feed() == null ? MINT_PER_TOKEN_USD
                    : MINT_PER_TOKEN_USD.divide(spec.feed(asset.feed()).openingPrice(), asset.decimals(), RoundingMode.DOWN);
            batch.send("mint " + asset.symbol(), deployer, tokens.get(asset.symbol()),
                    VenueCalls.mint(deployer, fixed(units, asset.decimals())));
            batch.send("approve " + asset.symbol(), deployer, tokens.get(asset.symbol()), VenueCalls.approve(venue, UNLIMITED));
        }
        batch.send("fund the insurance fund", deployer, venue, VenueCalls.fundInsurance(fixed(spec.insuranceFundUsdc(), 6)));
    }

    private void deposit(TxBatch batch, String deployer, String venue, PlannedAccount planned) {
        planned.deposits().forEach((symbol, amount) -> {
            int asset = spec.assetIndex(symbol);
            batch.send(planned.account().label() + " deposits " + amount + " " + symbol, deployer, venue,
                    VenueCalls.depositFor(planned.account().address(), asset,
                            fixed(amount, spec.assets().get(asset).decimals())));
        });
    }

    private void trade(TxBatch batch, String venue, SeededAccount account, Action action) {
        int market = spec.marketIndex(action.market());
        BigInteger size = fixed(action.size(), 18);
        String data = action instanceof OpenIsolated iso
                ? VenueCalls.openIsolated(market, size, fixed(iso.marginUsdc(), 6))
                : VenueCalls.trade(market, size);
        batch.send(account.label() + " " + action, account.address(), venue, data);
    }

    private String deploy(TxBatch batch, String deployer, String label, String data) {
        BigInteger nonce = batch.send(label, deployer, null, data);
        return Keys.toChecksumAddress(ContractUtils.generateContractAddress(deployer, nonce));
    }

    /** A USD price as an 8-decimal oracle answer. */
    static BigInteger answer(BigDecimal usd) {
        return usd.movePointRight(8).setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
    }
}
