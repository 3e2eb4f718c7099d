package com.solvent.model.distribution;

import com.solvent.model.Checks;

import java.util.List;

/**
 * For one asset, how much open notional becomes liquidatable at each price level around the current
 * mark: each position counts, at its current notional ({@code |size| x mark}, USD), in the band that
 * holds its liquidation price (as the engine reports it, see
 * {@link com.solvent.model.risk.PositionRisk#liquidationPrice()}).
 *
 * <p><b>Cross positions</b> use the engine's single-market liquidation price: the price of this
 * asset at which the account's cross pool reaches maintenance <em>with every other price held</em>.
 * When several assets move together (a market-wide crash) cross accounts go earlier or later than
 * this map says; the cascade simulation ({@code com.solvent.model.cascade}) re-evaluates whole
 * accounts instead.
 *
 * @param asset              the underlying, e.g. {@code "ETH"}
 * @param mark               its current mark, USD per unit
 * @param levels             equal-width bands from {@code mark x (1 - range)} to {@code mark x (1 + range)}, ascending
 * @param positionsNow       positions already at or past maintenance (liquidation price NOW), not in any band
 * @param notionalNow        their notional, USD
 */
public record LiquidationMap(String asset, double mark, List<LiquidationLevel> levels, int positionsNow,
                             double notionalNow) {
    public LiquidationMap {
        Checks.nonBlank(asset, "map.asset");
        Checks.positive(mark, "map.mark");
        levels = List.copyOf(Checks.required(levels, "map.levels"));
        Checks.nonNegative(positionsNow, "map.positionsNow");
        Checks.nonNegative(notionalNow, "map.notionalNow");
    }

    /** Notional of positions whose liquidation price lies in the bands (below and above the mark), USD. */
    public double notionalInRange() {
        return levels.stream().mapToDouble(LiquidationLevel::notional).sum();
    }
}
