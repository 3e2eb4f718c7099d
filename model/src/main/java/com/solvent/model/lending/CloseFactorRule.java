package com.solvent.model.lending;

import com.solvent.model.Checks;

/**
 * How much of a debt one liquidation may repay. Aave v3 (LiquidationLogic): the default close
 * factor applies while the health factor is above a threshold, the maximum at or below it; v3.3
 * also allows the maximum when the debt or the collateral reserve is worth less than a floor in
 * base currency, so that small positions are closed at once.
 *
 * @param healthFactorThreshold   at or below this health factor the maximum close factor applies (0.95)
 * @param defaultCloseFactor      share of the debt repayable above the threshold, fraction (0.5)
 * @param maxCloseFactor          share repayable at or below it, fraction (1.0)
 * @param minBaseForDefault       v3.3: below this value (base currency) of collateral or debt the maximum applies;
 *                                0 for versions before v3.3
 */
public record CloseFactorRule(double healthFactorThreshold, double defaultCloseFactor, double maxCloseFactor,
                              double minBaseForDefault) {
    public CloseFactorRule {
        Checks.positive(healthFactorThreshold, "closeFactorRule.healthFactorThreshold");
        Checks.within(defaultCloseFactor, 0, 1, "closeFactorRule.defaultCloseFactor");
        Checks.within(maxCloseFactor, defaultCloseFactor, 1, "closeFactorRule.maxCloseFactor");
        Checks.nonNegative(minBaseForDefault, "closeFactorRule.minBaseForDefault");
    }

    /** Aave v3.0.x–v3.2 ({@code @aave/core-v3} 1.19): 50% above HF 0.95, 100% at or below. */
    public static CloseFactorRule aaveV30() {
        return new CloseFactorRule(0.95, 0.5, 1.0, 0);
    }

    /** Aave v3.3+: as v3.0, and 100% when the collateral or debt reserve is worth less than 2,000 USD. */
    public static CloseFactorRule aaveV33() {
        return new CloseFactorRule(0.95, 0.5, 1.0, 2_000);
    }

    /**
     * The close factor for a liquidation at {@code healthFactor} of a debt worth {@code debtValue}
     * against collateral worth {@code collateralValue} (both base currency, the two reserves involved).
     */
    public double closeFactor(double healthFactor, double collateralValue, double debtValue) {
        if (healthFactor <= healthFactorThreshold) {
            return maxCloseFactor;
        }
        if (minBaseForDefault > 0 && (collateralValue < minBaseForDefault || debtValue < minBaseForDefault)) {
            return maxCloseFactor;
        }
        return defaultCloseFactor;
    }
}
