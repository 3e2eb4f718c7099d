package com.solvent.model.lending;

import com.solvent.model.Checks;

/**
 * Units of a reserve borrowed (Aave: variable plus stable debt token balances, interest included).
 *
 * @param reserve  the reserve borrowed from
 * @param amount   units owed, {@code >= 0}
 */
public record DebtPosition(Reserve reserve, double amount) {
    public DebtPosition {
        Checks.required(reserve, "debt.reserve");
        Checks.nonNegative(amount, "debt " + reserve.asset() + ".amount");
    }

    /** Value owed in base currency at the reserve's price. */
    public double value() {
        return amount * reserve.price();
    }
}
