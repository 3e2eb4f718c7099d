package com.solvent.model.lending;

import com.solvent.model.Checks;

/**
 * One asset of a lending market with its risk parameters and oracle price.
 *
 * @param asset                  symbol or address of the underlying, e.g. "WETH"
 * @param price                  oracle price in base currency (USD) per unit, {@code > 0}
 * @param loanToValue            borrowing power per unit of collateral value, fraction in [0, 1]; 0 = not usable to borrow against
 * @param liquidationThreshold   share of collateral value that backs debt in the health factor, fraction in [0, 1], {@code >= loanToValue}
 * @param liquidationBonus       collateral the liquidator receives on top of the debt value repaid, fraction {@code >= 0}
 *                               (Aave stores 10500 for 0.05)
 * @param liquidationProtocolFee share of the bonus that goes to the protocol's treasury, fraction in [0, 1]
 * @param eModeCategory          the e-mode category the reserve belongs to, 0 for none
 */
public record Reserve(String asset, double price, double loanToValue, double liquidationThreshold,
                      double liquidationBonus, double liquidationProtocolFee, int eModeCategory) {
    public Reserve {
        Checks.nonBlank(asset, "reserve.asset");
        Checks.positive(price, "reserve " + asset + ".price");
        Checks.within(loanToValue, 0, 1, "reserve " + asset + ".loanToValue");
        Checks.within(liquidationThreshold, 0, 1, "reserve " + asset + ".liquidationThreshold");
        if (loanToValue > liquidationThreshold) {
            throw new IllegalArgumentException("reserve " + asset + ".loanToValue (" + loanToValue
                    + ") must not exceed its liquidationThreshold (" + liquidationThreshold + ")");
        }
        Checks.nonNegative(liquidationBonus, "reserve " + asset + ".liquidationBonus");
        Checks.within(liquidationProtocolFee, 0, 1, "reserve " + asset + ".liquidationProtocolFee");
        if (eModeCategory < 0 || eModeCategory > 255) {
            throw new IllegalArgumentException("reserve " + asset + ".eModeCategory must lie in [0, 255], was " + eModeCategory);
        }
    }

    /** A copy at another oracle price. */
    public Reserve withPrice(double newPrice) {
        return new Reserve(asset, newPrice, loanToValue, liquidationThreshold, liquidationBonus, liquidationProtocolFee, eModeCategory);
    }

    /** Whether an account in {@code category} gets the category's parameters for this reserve. */
    public boolean inEMode(EModeCategory category) {
        return !category.isNone() && category.id() == eModeCategory;
    }

    /** LTV as it applies to an account in {@code category} (the category's when the reserve belongs to it). */
    public double loanToValue(EModeCategory category) {
        return inEMode(category) ? category.loanToValue() : loanToValue;
    }

    /** Liquidation threshold as it applies to an account in {@code category}. */
    public double liquidationThreshold(EModeCategory category) {
        return inEMode(category) ? category.liquidationThreshold() : liquidationThreshold;
    }

    /** Liquidation bonus as it applies to an account in {@code category}. */
    public double liquidationBonus(EModeCategory category) {
        return inEMode(category) ? category.liquidationBonus() : liquidationBonus;
    }
}
