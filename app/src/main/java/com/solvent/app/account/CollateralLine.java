package com.solvent.app.account;

import com.solvent.model.price.Freshness;
import com.solvent.model.risk.CollateralRisk;

/**
 * A row of the collateral table: the engine's valuation of one balance and how fresh the price
 * behind it is.
 *
 * @param risk        the engine's figures (amount, price, weight, weighted value)
 * @param freshness   freshness of the asset's price; null when the price set does not list it
 * @param ageSeconds  seconds from the price's timestamp to the evaluation time; -1 when unknown
 */
public record CollateralLine(CollateralRisk risk, Freshness freshness, long ageSeconds) {
    public String asset() {
        return risk.asset();
    }
}
