package com.solvent.model.market;

import com.solvent.model.Checks;

/**
 * One bracket of a market's tiered margin table, as Binance, Bybit and Hyperliquid publish theirs.
 *
 * <p>The tier applies to positions whose absolute notional (USD) is at least {@code notionalFloor}
 * and below the next tier's floor. Fractions are of notional (0.01 = 1%).
 *
 * @param notionalFloor        lower bound of the bracket, USD notional, inclusive; the first tier starts at 0
 * @param maxLeverage          the largest leverage allowed in the bracket; initial fraction = 1 / maxLeverage
 * @param maintenanceFraction  maintenance margin as a fraction of notional in this bracket
 */
public record MaintenanceTier(double notionalFloor, double maxLeverage, double maintenanceFraction) {
    public MaintenanceTier {
        Checks.nonNegative(notionalFloor, "notionalFloor");
        Checks.within(maxLeverage, 1.0, 1_000.0, "maxLeverage");
        Checks.within(maintenanceFraction, 0.0, 1.0, "maintenanceFraction");
        if (maintenanceFraction > 1.0 / maxLeverage) {
            throw new IllegalArgumentException("maintenanceFraction " + maintenanceFraction
                    + " must not exceed the initial fraction 1/maxLeverage = " + (1.0 / maxLeverage));
        }
    }

    /** Initial margin fraction of notional in this bracket, {@code 1 / maxLeverage}. */
    public double initialFraction() {
        return 1.0 / maxLeverage;
    }
}
