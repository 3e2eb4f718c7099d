package com.solvent.model.option.margin;

import com.solvent.model.Checks;

/**
 * A perpetual or dated-future position in the same margin group as options, as portfolio margin sees it:
 * its PnL under a price move of {@code m} (fraction) is {@code size * F * m}; volatility does not move it.
 *
 * @param underlying  asset symbol
 * @param size        signed size in units of underlying (long > 0)
 */
public record LinearExposure(String underlying, double size) {
    public LinearExposure {
        Checks.nonBlank(underlying, "linearExposure.underlying");
        Checks.finite(size, "linearExposure " + underlying + ".size");
    }
}
