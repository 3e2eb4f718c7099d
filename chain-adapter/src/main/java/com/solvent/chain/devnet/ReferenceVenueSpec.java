package com.solvent.chain.devnet;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * The parameters the devnet deploys the reference venue with: collateral assets and their value
 * weights, markets with tiered brackets, the oracle heartbeat and the liquidation split.
 *
 * <p>The value weights (USDC 1.0, WETH 0.9, WBTC 0.9) are those of the core's "reference"
 * preset. The brackets follow the shape of Binance's and Hyperliquid's published tables (higher
 * notional, lower maximum leverage, higher maintenance fraction), with round numbers. The
 * liquidation penalty (0.5% of notional) is half the lowest maintenance fraction, so that an
 * account liquidated at its maintenance line keeps part of its equity.
 *
 * @param heartbeatSeconds   the venue refuses oracle answers older than this
 * @param penaltyFraction    liquidation penalty, fraction of the liquidated notional
 * @param liquidatorShare    the liquidator's share of the penalty; the rest feeds the insurance fund
 * @param insuranceFundUsdc  USDC the deployer puts into the insurance fund
 * @param assets             collateral assets; the first is the settlement asset (USDC, no feed)
 * @param feeds              price feeds (8 decimals) with their opening and start prices
 * @param markets            markets, each priced by one feed
 */
public record ReferenceVenueSpec(long heartbeatSeconds, BigDecimal penaltyFraction, BigDecimal liquidatorShare,
                                 BigDecimal insuranceFundUsdc, List<AssetSpec> assets, List<FeedSpec> feeds,
                                 List<MarketSpec> markets) {
    public ReferenceVenueSpec {
        assets = List.copyOf(assets);
        feeds = List.copyOf(feeds);
        markets = List.copyOf(markets);
    }

    /**
     * A collateral token.
     *
     * @param symbol    token symbol (USDC, WETH, WBTC)
     * @param name      token name
     * @param decimals  token decimals
     * @param feed      the feed's symbol that prices it, null for the settlement asset
     * @param weight    value weight in (0, 1]
     */
    public record AssetSpec(String symbol, String name, int decimals, String feed, BigDecimal weight) {
    }

    /**
     * A price feed.
     *
     * @param symbol        underlying symbol (ETH, BTC, SOL)
     * @param description   Chainlink-style description, e.g. {@code "ETH / USD"}
     * @param openingPrice  the price demo accounts open their positions at, USD
     * @param startPrice    the price when the devnet is handed over (a first drop), USD
     */
    public record FeedSpec(String symbol, String description, BigDecimal openingPrice, BigDecimal startPrice) {
    }

    /**
     * A market.
     *
     * @param name        market name
     * @param feed        symbol of the feed that prices it
     * @param expiryDays  days from devnet start to a dated future's expiry, 0 for a perpetual
     * @param tiers       brackets by increasing notional floor, the first at 0
     */
    public record MarketSpec(String name, String feed, int expiryDays, List<TierSpec> tiers) {
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

    /** The devnet's reference venue. */
    public static ReferenceVenueSpec reference() {
        return new ReferenceVenueSpec(3600, dec("0.005"), dec("0.5"), dec("1000000"),
                List.of(new AssetSpec("USDC", "USD Coin (devnet)", 6, null, dec("1.0")),
                        new AssetSpec("WETH", "Wrapped Ether (devnet)", 18, "ETH", dec("0.9")),
                        new AssetSpec("WBTC", "Wrapped BTC (devnet)", 8, "BTC", dec("0.9"))),
                List.of(new FeedSpec("ETH", "ETH / USD", dec("3100"), dec("3000")),
                        new FeedSpec("BTC", "BTC / USD", dec("98000"), dec("96000")),
                        new FeedSpec("SOL", "SOL / USD", dec("210"), dec("200"))),
                List.of(new MarketSpec("ETH-PERP", "ETH", 0, List.of(
                                tier("0", 50, "0.01"), tier("500000", 20, "0.025"),
                                tier("2000000", 10, "0.05"), tier("10000000", 5, "0.1"))),
                        new MarketSpec("BTC-PERP", "BTC", 0, List.of(
                                tier("0", 50, "0.01"), tier("1000000", 25, "0.02"),
                                tier("5000000", 10, "0.05"), tier("20000000", 5, "0.1"))),
                        new MarketSpec("SOL-PERP", "SOL", 0, List.of(
                                tier("0", 20, "0.025"), tier("250000", 10, "0.05"), tier("1000000", 5, "0.1"))),
                        new MarketSpec("ETH-FUT", "ETH", 91, List.of(
                                tier("0", 20, "0.025"), tier("1000000", 10, "0.05"))),
                        new MarketSpec("BTC-FUT", "BTC", 91, List.of(
                                tier("0", 20, "0.025"), tier("2000000", 10, "0.05")))));
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
        return notional.divide(BigDecimal.valueOf(tier.maxLeverage()), 18, java.math.RoundingMode.UP);
    }

    /** {@code value} in fixed point with {@code decimals} decimals, exactly (fails on excess precision). */
    public static BigInteger fixed(BigDecimal value, int decimals) {
        return value.movePointRight(decimals).toBigIntegerExact();
    }

    private static TierSpec tier(String floor, int maxLeverage, String mmf) {
        return new TierSpec(dec(floor), maxLeverage, dec(mmf));
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
