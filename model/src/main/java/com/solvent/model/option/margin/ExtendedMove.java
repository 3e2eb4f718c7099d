package com.solvent.model.option.margin;

import com.solvent.model.Checks;

/**
 * An extreme underlying move of a portfolio-margin grid, taken with vols shocked up and its PnL counted
 * at a fraction {@code weight} (the venues' "dampener"), so that tail risk of far out-of-the-money shorts
 * shows without dominating ordinary books.
 *
 * @param priceMove  relative move of the underlying, {@code > -1} (-0.66 = down 66%, 1.0 = doubles)
 * @param weight     fraction of the scenario PnL counted, in (0, 1]
 */
public record ExtendedMove(double priceMove, double weight) {
    public ExtendedMove {
        Checks.finite(priceMove, "extendedMove.priceMove");
        if (priceMove <= -1.0) {
            throw new IllegalArgumentException("extendedMove.priceMove must be above -1 (a price cannot reach 0), was " + priceMove);
        }
        Checks.within(weight, 0.0, 1.0, "extendedMove.weight");
    }
}
