package com.solvent.model.distribution;

import com.solvent.model.Checks;

/**
 * One price band of a {@link LiquidationMap}: the positions whose liquidation price lies in
 * {@code [priceFrom, priceTo)} (the top band includes {@code priceTo}).
 *
 * @param priceFrom      lower edge, USD per unit of the asset
 * @param priceTo        upper edge, USD per unit
 * @param positions      number of positions
 * @param longNotional   their notional at the current mark, longs, USD
 * @param shortNotional  the same for shorts, USD
 */
public record LiquidationLevel(double priceFrom, double priceTo, int positions, double longNotional,
                               double shortNotional) {
    public LiquidationLevel {
        Checks.positive(priceFrom, "level.priceFrom");
        Checks.positive(priceTo, "level.priceTo");
        Checks.nonNegative(positions, "level.positions");
        Checks.nonNegative(longNotional, "level.longNotional");
        Checks.nonNegative(shortNotional, "level.shortNotional");
    }

    /** Long and short notional, USD. */
    public double notional() {
        return longNotional + shortNotional;
    }
}
