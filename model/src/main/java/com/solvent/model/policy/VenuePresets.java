package com.solvent.model.policy;

import com.solvent.model.market.DatedFuture;
import com.solvent.model.market.MaintenanceTier;
import com.solvent.model.market.Market;
import com.solvent.model.market.Perpetual;
import com.solvent.model.option.margin.StandardOptionMargin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Venue parameter sets as data. Market ids are the same across presets ({@code ETH-PERP},
 * {@code BTC-PERP}) so one account can be evaluated under each venue's rules; prices are keyed by
 * underlying symbol ({@code ETH}, {@code BTC}, {@code USDC}).
 *
 * <ul>
 *   <li>{@link #reference()}: the devnet venue (numbers chosen for the demo, documented there).</li>
 *   <li>{@link #hyperliquid()}: Hyperliquid margin tables, MMF = 1 / (2 x maxLeverage),
 *       https://hyperliquid.gitbook.io/hyperliquid-docs/trading/margin-tiers</li>
 *   <li>{@link #dydx()}: dYdX v4 liquidity tiers (IMF, MMF = IMF x maintenance fraction),
 *       https://docs.dydx.exchange/concepts-trading/margin</li>
 * </ul>
 */
public final class VenuePresets {
    /** Source of the Hyperliquid-style preset. */
    public static final String HYPERLIQUID_SOURCE = "https://hyperliquid.gitbook.io/hyperliquid-docs/trading/margin-tiers";
    /** Source of the dYdX-style preset. */
    public static final String DYDX_SOURCE = "https://docs.dydx.exchange/concepts-trading/margin"
            + " ; liquidity tiers: https://github.com/dydxprotocol/v4-chain/blob/main/protocol/testing/genesis.sh";
    /** Expiry of the reference venue's ETH dated future. */
    public static final Instant REFERENCE_FUTURE_EXPIRY = Instant.parse("2026-12-25T08:00:00Z");
    /** Market id of the reference venue's ETH dated future. */
    public static final String REFERENCE_FUTURE = "ETH-FUT-20261225";

    private VenuePresets() {
    }

    /** Every preset, by name. */
    public static List<MarginPolicy> all() {
        return List.of(reference(), hyperliquid(), dydx());
    }

    /** The preset called {@code name} ({@code reference}, {@code hyperliquid}, {@code dydx}). */
    public static Optional<MarginPolicy> byName(String name) {
        for (MarginPolicy p : all()) {
            if (p.name().equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * The devnet venue. Collateral: USDC weight 1.0 (settlement asset), WETH and WBTC weight 0.9
     * (liability weight 1.1), priced by ETH and BTC. Markets:
     * <ul>
     *   <li>ETH-PERP: 0-1M USD 50x / MMF 1%; 1M-5M 20x / 2.5%; above 5M 10x / 5%.</li>
     *   <li>BTC-PERP: 0-2M 50x / 1%; 2M-10M 20x / 2.5%; above 10M 10x / 5%.</li>
     *   <li>ETH-FUT-20261225: ETH dated future, flat 20x / 2.5%, expiring 2026-12-25 08:00 UTC.</li>
     * </ul>
     * Liquidation: 1% penalty, half to the liquidator; partial in 25% chunks down to a margin ratio
     * of 0.5. Warning at a margin ratio of 0.8.
     * <p>Options: Derive's standard margin ({@link StandardOptionMargin#derive()}, VENUES.md TV-LY-2/3). The
     * devnet venue lists European options the way Derive does, and standard margin is per short option, so a
     * user can check every figure by hand; portfolio margin stays an explicit choice
     * ({@link MarginPolicy#withOptionMargin}).
     */
    public static MarginPolicy reference() {
        return referenceLinear().withOptionMargin(StandardOptionMargin.derive());
    }

    private static MarginPolicy referenceLinear() {
        return MarginPolicy.of("reference", "Solvent devnet reference venue (VenuePresets.reference Javadoc)",
                List.of(
                        new Market("ETH-PERP", "ETH", new Perpetual(), List.of(
                                new MaintenanceTier(0, 50, 0.01),
                                new MaintenanceTier(1_000_000, 20, 0.025),
                                new MaintenanceTier(5_000_000, 10, 0.05))),
                        new Market("BTC-PERP", "BTC", new Perpetual(), List.of(
                                new MaintenanceTier(0, 50, 0.01),
                                new MaintenanceTier(2_000_000, 20, 0.025),
                                new MaintenanceTier(10_000_000, 10, 0.05))),
                        Market.flat(REFERENCE_FUTURE, "ETH", new DatedFuture(REFERENCE_FUTURE_EXPIRY), 20, 0.025)),
                List.of(CollateralAsset.fullValue("USDC"),
                        new CollateralAsset("WETH", 0.9, 1.1, "ETH"),
                        new CollateralAsset("WBTC", 0.9, 1.1, "BTC")),
                new LiquidationRules(0.01, 0.5, false, 0.5, 0.25),
                0.8, "USDC");
    }

    /**
     * Hyperliquid-style: margin tables with MMF = 1 / (2 x maxLeverage) and the continuous
     * maintenance deduction (VENUES.md 1.1). BTC 0-150M 40x, above 20x; ETH 0-100M 25x, above 15x;
     * SOL 0-70M 20x, above 10x. USDC collateral only. No liquidation penalty (Hyperliquid charges no
     * clearance fee); positions above 100k USD are liquidated 20% at a time, modelled as 20% chunks
     * down to a margin ratio of 0.9 (just back above maintenance).
     * Source: https://hyperliquid.gitbook.io/hyperliquid-docs/trading/margin-tiers and
     * https://hyperliquid.gitbook.io/hyperliquid-docs/trading/liquidations
     */
    public static MarginPolicy hyperliquid() {
        return MarginPolicy.of("hyperliquid", HYPERLIQUID_SOURCE,
                List.of(hyperliquidMarket("BTC-PERP", "BTC", 40, 150_000_000, 20),
                        hyperliquidMarket("ETH-PERP", "ETH", 25, 100_000_000, 15),
                        hyperliquidMarket("SOL-PERP", "SOL", 20, 70_000_000, 10)),
                List.of(CollateralAsset.fullValue("USDC")),
                new LiquidationRules(0.0, 0.0, false, 0.9, 0.2),
                0.8, "USDC");
    }

    private static Market hyperliquidMarket(String id, String underlying, double maxLeverage, double floor,
                                            double upperLeverage) {
        return new Market(id, underlying, new Perpetual(), List.of(
                new MaintenanceTier(0, maxLeverage, 1.0 / (2 * maxLeverage)),
                new MaintenanceTier(floor, upperLeverage, 1.0 / (2 * upperLeverage))));
    }

    /**
     * dYdX-style: one flat bracket per market from its liquidity tier, IMF and MMF = IMF x
     * maintenance fraction (VENUES.md 2.1): Large-Cap (BTC, ETH) IMF 5%, fraction 60% so MMF 3%;
     * Small-Cap (SOL here) IMF 10%, MMF 5%. USDC collateral. Liquidation penalty: the documented
     * maximum of 1.5%, all to the insurance fund, positions closed whole (target 0 = full close).
     * Sources: https://docs.dydx.exchange/concepts-trading/margin ,
     * https://github.com/dydxprotocol/v4-chain/blob/main/protocol/testing/genesis.sh (liquidity_tiers).
     */
    public static MarginPolicy dydx() {
        return MarginPolicy.of("dydx", DYDX_SOURCE,
                List.of(Market.flat("BTC-PERP", "BTC", new Perpetual(), 1 / 0.05, 0.05 * 0.6),
                        Market.flat("ETH-PERP", "ETH", new Perpetual(), 1 / 0.05, 0.05 * 0.6),
                        Market.flat("SOL-PERP", "SOL", new Perpetual(), 1 / 0.10, 0.10 * 0.5)),
                List.of(CollateralAsset.fullValue("USDC")),
                new LiquidationRules(0.015, 0.0, true, 0.0, 1.0),
                0.8, "USDC");
    }
}
