package com.solvent.chain.aave;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.OptionalDouble;

/**
 * {@code Pool.getUserAccountData(user)} as the Pool returns it, in Aave's integer units, with
 * conversions to the core's units.
 *
 * @param totalCollateralBase          collateral value, base currency with 8 decimals (USD · 1e8)
 * @param totalDebtBase                debt value, base currency with 8 decimals
 * @param availableBorrowsBase         borrowing capacity left, base currency with 8 decimals
 * @param currentLiquidationThreshold  collateral-weighted liquidation threshold, basis points (floored by the Pool)
 * @param ltv                          collateral-weighted LTV, basis points (floored by the Pool)
 * @param healthFactor                 health factor, wad (1e18 = 1.0); {@code type(uint256).max} without debt
 */
public record AaveAccountData(BigInteger totalCollateralBase, BigInteger totalDebtBase, BigInteger availableBorrowsBase,
                              BigInteger currentLiquidationThreshold, BigInteger ltv, BigInteger healthFactor) {
    /** The Pool liquidates below this health factor (ValidationLogic.HEALTH_FACTOR_LIQUIDATION_THRESHOLD). */
    public static final BigInteger LIQUIDATION_THRESHOLD_WAD = BigInteger.TEN.pow(18);
    private static final BigDecimal BASE_UNIT = BigDecimal.TEN.pow(8);

    public double totalCollateral() {
        return base(totalCollateralBase);
    }

    public double totalDebt() {
        return base(totalDebtBase);
    }

    public double availableBorrows() {
        return base(availableBorrowsBase);
    }

    /** The health factor as a number, empty when the account owes nothing. */
    public OptionalDouble healthFactorValue() {
        return totalDebtBase.signum() == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(new BigDecimal(healthFactor).movePointLeft(18).doubleValue());
    }

    /** The Pool's own verdict: liquidationCall is accepted when the health factor is below 1. */
    public boolean liquidatable() {
        return healthFactor.compareTo(LIQUIDATION_THRESHOLD_WAD) < 0;
    }

    private static double base(BigInteger value) {
        return new BigDecimal(value).divide(BASE_UNIT).doubleValue();
    }
}
