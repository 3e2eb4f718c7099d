package com.solvent.chain.devnet;

import com.solvent.model.market.DatedFuture;
import com.solvent.model.market.MaintenanceTier;
import com.solvent.model.market.Market;
import com.solvent.model.policy.CollateralAsset;
import com.solvent.model.policy.LiquidationRules;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.policy.VenuePresets;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the devnet deploys the reference venue with. The margin rules (collateral weights,
 * markets and brackets, liquidation) are <b>taken from the core's preset</b>
 * {@link VenuePresets#reference()}, so the workstation's policy and the contract cannot drift
 * apart; this class adds what only a chain has: tokens with decimals, price feeds with their
 * opening and start prices, the oracle heartbeat and the insurance fund's seed.
 *
 * @param heartbeatSeconds   the venue refuses oracle answers older than this
 * @param insuranceFundUsdc  USDC the deployer puts into the insurance fund
 * @param policy             the core's preset the contract enforces
 * @param assets             collateral tokens, the settlement asset first
 * @param feeds              price feeds (8 decimals) with their opening and start prices
 * @param markets            markets in on-chain id order, derived from {@code policy}
 */
public record ReferenceVenueSpec(long heartbeatSeconds, BigDecimal insuranceFundUsdc, MarginPolicy policy,
                                 List<AssetSpec> assets, List<FeedSpec> feeds, List<MarketSpec> markets) {
    public ReferenceVenueSpec {
        assets = List.copyOf(assets);
        feeds = List.copyOf(feeds);
        markets = List.copyOf(markets);
    }

    /**
     * A collateral token.
     *
     * @param symbol    token symbol (USDC, WETH, WBTC), as the policy names the collateral asset
     * @param name      token name
     * @param decimals  token decimals
     * @param feed      symbol of the feed that prices it, null for the settlement asset (1 USD)
     * @param weight    value weight in (0, 1]
     */
    public record AssetSpec(String symbol, String name, int decimals, String feed, BigDecimal weight) {
    }

    /**
     * A price feed.
     *
     * @param symbol        underlying symbol (ETH, BTC)
     * @param description   Chainlink-style description, e.g. {@code "ETH / USD"}
     * @param openingPrice  the price demo accounts open their positions at, USD
     * @param startPrice    the price when the devnet is handed over (after a first drop), USD
     */
    public record FeedSpec(String symbol, String description, BigDecimal openingPrice, BigDecimal startPrice) {
    }

    /**
     * A market.
     *
     * @param name    market id, as in the policy
     * @param feed    symbol of the feed that prices it (the market's underlying)
     * @param expiry  a dated future's expiry, null for a perpetual
     * @param tiers   brackets by increasing notional floor, the first at 0
     */
    public record MarketSpec(String name, String feed, Instant expiry, List<TierSpec> tiers) {
        public MarketSpec {
            tiers = List.copyOf(tiers);
        }
    }

    /**
     * A bracket.
     *
     * @param notionalFloor        USD, inclusive
     * @param maxLeverage          whole number; initial margin = notional / maxLeverage
     * @param maintenanceFraction  maintenance margin as a fraction of notional
     */
    public record TierSpec(BigDecimal notionalFloor, int maxLeverage, BigDecimal maintenanceFraction) {
    }

    /** The devnet's reference venue: the core's reference preset on three tokens and two feeds. */
    public static ReferenceVenueSpec reference() {
        return fromPolicy(VenuePresets.reference(), 3600, new BigDecimal("1000000"),
                List.of(new TokenSpec("USDC", "USD Coin (devnet)", 6),
                        new TokenSpec("WETH", "Wrapped Ether (devnet)", 18),
                        new TokenSpec("WBTC", "Wrapped BTC (devnet)", 8)),
                List.of(new FeedSpec("ETH", "ETH / USD", new BigDecimal("3100"), new BigDecimal("3000")),
                        new FeedSpec("BTC", "BTC / USD", new BigDecimal("98000"), new BigDecimal("96000"))),
                List.of("ETH-PERP", "BTC-PERP", VenuePresets.REFERENCE_FUTURE));
    }

    /** A token to deploy for one of the policy's collateral assets. */
    public record TokenSpec(String symbol, String name, int decimals) {
    }

    /**
     * Maps {@code policy} onto what the contract can express, loudly refusing what it cannot: a
     * non-integer maximum leverage, a settlement asset not weighted 1 both ways, a market or
     * collateral asset without a token or feed.
     *
     * @param marketOrder the policy's market ids in the on-chain id order (every market once)
     */
    public static ReferenceVenueSpec fromPolicy(MarginPolicy policy, long heartbeatSeconds, BigDecimal insuranceFundUsdc,
                                                List<TokenSpec> tokens, List<FeedSpec> feeds, List<String> marketOrder) {
        if (!tokens.getFirst().symbol().equals(policy.settlementAsset())) {
            throw new IllegalArgumentException("the first token must be the settlement asset " + policy.settlementAsset());
        }
        if (tokens.size() != policy.collateral().size() || marketOrder.size() != policy.markets().size()) {
            throw new IllegalArgumentException("tokens and markets must list each of the policy's collateral assets "
                    + policy.collateral().keySet() + " and markets " + policy.markets().keySet() + " once");
        }
        List<AssetSpec> assets = new ArrayList<>();
        for (TokenSpec token : tokens) {
            CollateralAsset asset = policy.collateralAsset(token.symbol()).orElseThrow(() ->
                    new IllegalArgumentException("policy " + policy.name() + " does not accept collateral " + token.symbol()));
            boolean settlement = token.symbol().equals(policy.settlementAsset());
            if (settlement && (asset.valueWeight() != 1.0 || asset.liabilityWeight() != 1.0)) {
                throw new IllegalArgumentException("settlement asset " + token.symbol()
                        + " must be weighted 1 both ways: the venue books PnL and penalties in it at 1 USD");
            }
            String feed = settlement ? null : asset.priceAsset();
            if (feed != null && feeds.stream().noneMatch(f -> f.symbol().equals(feed))) {
                throw new IllegalArgumentException("collateral " + token.symbol() + ": no feed for " + feed);
            }
            assets.add(new AssetSpec(token.symbol(), token.name(), token.decimals(), feed,
                    BigDecimal.valueOf(asset.valueWeight())));
        }
        List<MarketSpec> markets = new ArrayList<>();
        for (String id : marketOrder) {
            Market market = policy.market(id).orElseThrow(() -> new IllegalArgumentException("policy has no market " + id));
            if (feeds.stream().noneMatch(f -> f.symbol().equals(market.underlying()))) {
                throw new IllegalArgumentException("market " + id + ": no feed for " + market.underlying());
            }
            List<TierSpec> tiers = new ArrayList<>();
            for (MaintenanceTier tier : market.tiers()) {
                if (tier.maxLeverage() != Math.rint(tier.maxLeverage())) {
                    throw new IllegalArgumentException("market " + id + ": maxLeverage " + tier.maxLeverage()
                            + " is not a whole number, which the reference contract requires");
                }
                tiers.add(new TierSpec(BigDecimal.valueOf(tier.notionalFloor()), (int) tier.maxLeverage(),
                        BigDecimal.valueOf(tier.maintenanceFraction())));
            }
            Instant expiry = market.instrument() instanceof DatedFuture future ? future.expiry() : null;
            markets.add(new MarketSpec(id, market.underlying(), expiry, tiers));
        }
        return new ReferenceVenueSpec(heartbeatSeconds, insuranceFundUsdc, policy, assets, feeds, markets);
    }

    public LiquidationRules liquidation() {
        return policy.liquidation();
    }

    public int assetIndex(String symbol) {
        for (int i = 0; i < assets.size(); i++) {
            if (assets.get(i).symbol().equals(symbol)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no collateral asset " + symbol);
    }

    public int marketIndex(String name) {
        for (int i = 0; i < markets.size(); i++) {
            if (markets.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no market " + name);
    }

    public MarketSpec market(String name) {
        return markets.get(marketIndex(name));
    }

    public FeedSpec feed(String symbol) {
        return feeds.stream().filter(f -> f.symbol().equals(symbol)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no feed " + symbol));
    }

    /** Initial margin of a position of {@code notional} USD in {@code market}, by its bracket. */
    public BigDecimal initialMargin(MarketSpec market, BigDecimal notional) {
        TierSpec tier = market.tiers().getFirst();
        for (TierSpec t : market.tiers()) {
            if (t.notionalFloor().compareTo(notional) <= 0) {
                tier = t;
            }
        }
        return notional.divide(BigDecimal.valueOf(tier.maxLeverage()), 18, RoundingMode.UP);
    }

    /** {@code value} in fixed point with {@code decimals} decimals, exactly (fails on excess precision). */
    public static BigInteger fixed(BigDecimal value, int decimals) {
        return value.movePointRight(decimals).toBigIntegerExact();
    }

    /** {@code value} (a fraction or weight from the policy) as a wad, exactly. */
    public static BigInteger wad(double value) {
        return fixed(BigDecimal.valueOf(value), 18);
    }
}
