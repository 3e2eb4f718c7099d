package com.solvent.model.lending;

import com.solvent.model.Checks;

/**
 * Units of a reserve supplied to the market (Aave: the aToken balance, interest included).
 *
 * @param reserve            the reserve supplied to
 * @param amount             units supplied, {@code >= 0}
 * @param collateralEnabled  whether the account uses this supply as collateral (Aave's per-user flag)
 */
public record SupplyPosition(Reserve reserve, double amount, boolean collateralEnabled) {
    public SupplyPosition {
        Checks.required(reserve, "supply.reserve");
        Checks.nonNegative(amount, "supply " + reserve.asset() + ".amount");
    }

    /** Value in base currency at the reserve's price. */
    public double value() {
        return amount * reserve.price();
    }

    /**
     * Whether the supply counts in the health factor: enabled by the account and the reserve's own
     * threshold non-zero (GenericLogic checks the reserve's threshold, before any e-mode override).
     */
    public boolean countsAsCollateral() {
        return collateralEnabled && reserve.liquidationThreshold() > 0 && amount > 0;
    }
}
