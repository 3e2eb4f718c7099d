package com.solvent.model.lending;

import java.util.OptionalDouble;

/**
 * The risk numbers of a lending account, as Aave v3's {@code getUserAccountData} reports them
 * (GenericLogic.calculateUserAccountData), computed exactly rather than in Aave's integer units.
 *
 * @param totalCollateral       Σ value of supplies used as collateral, base currency (USD)
 * @param totalDebt             Σ value of debts, base currency
 * @param loanToValue           collateral-weighted average LTV, fraction (0 without collateral)
 * @param liquidationThreshold  collateral-weighted average liquidation threshold, fraction (0 without collateral)
 * @param borrowingPower        Σ collateral value · LTV, base currency: the debt the account may carry
 * @param availableBorrows      {@code max(0, borrowingPower − totalDebt)}, base currency
 * @param healthFactor          Σ collateral·LT / total debt; empty when the account owes nothing
 *                              (Aave reports {@code type(uint256).max})
 */
public record LendingRisk(double totalCollateral, double totalDebt, double loanToValue, double liquidationThreshold,
                          double borrowingPower, double availableBorrows, OptionalDouble healthFactor) {
    /** Aave liquidates below this health factor (ValidationLogic.HEALTH_FACTOR_LIQUIDATION_THRESHOLD = 1e18). */
    public static final double LIQUIDATION_HEALTH_FACTOR = 1.0;

    /** Computes the account's numbers at the prices its reserves carry. */
    public static LendingRisk of(LendingAccount account) {
        EModeCategory eMode = account.eMode();
        double collateral = 0;
        double weightedLtv = 0;
        double weightedThreshold = 0;
        for (SupplyPosition s : account.supplies()) {
            if (s.countsAsCollateral()) {
                double value = s.value();
                collateral += value;
                weightedLtv += value * s.reserve().loanToValue(eMode);
                weightedThreshold += value * s.reserve().liquidationThreshold(eMode);
            }
        }
        double debt = 0;
        for (DebtPosition d : account.debts()) {
            debt += d.value();
        }
        OptionalDouble hf = debt > 0 ? OptionalDouble.of(weightedThreshold / debt) : OptionalDouble.empty();
        return new LendingRisk(collateral, debt, collateral > 0 ? weightedLtv / collateral : 0,
                collateral > 0 ? weightedThreshold / collateral : 0, weightedLtv, Math.max(0, weightedLtv - debt), hf);
    }

    /** Whether a liquidator may repay this account's debt now (health factor below 1). */
    public boolean liquidatable() {
        return healthFactor.isPresent() && healthFactor.getAsDouble() < LIQUIDATION_HEALTH_FACTOR;
    }
}
