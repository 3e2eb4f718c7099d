package com.solvent.model.option;

import com.solvent.model.Checks;

/**
 * One quoted point of a volatility smile.
 *
 * @param logMoneyness  {@code ln(K / F)}: 0 at the money, negative for low strikes
 * @param vol           annualised implied volatility at that moneyness (0.6 = 60%), {@code >= 0}
 */
public record SmilePoint(double logMoneyness, double vol) {
    public SmilePoint {
        Checks.finite(logMoneyness, "smilePoint.logMoneyness");
        Checks.within(vol, 0.0, 20.0, "smilePoint.vol");
    }
}
