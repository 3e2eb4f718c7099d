package com.solvent.model.risk;

import com.solvent.model.Checks;

/**
 * One cross-pool collateral balance as valued by the engine.
 *
 * @param asset              asset symbol
 * @param amount             units, signed (negative = borrow)
 * @param price              USD per unit (mark)
 * @param weight             the weight applied: value weight for a positive balance, liability weight for a negative one
 * @param weightedValue      {@code amount x price x weight}, USD, signed; its contribution to cross equity
 * @param maxWithdrawable    units of this asset that can leave the pool keeping cross equity {@code >=} cross
 *                           initial requirement: {@code min(amount, freeCollateral / (price x weight))}, 0 if none
 * @param maxWithdrawableUsd {@code maxWithdrawable x price}, USD (raw, before the haircut)
 * @param uncertain          true when the asset's price is not FRESH
 */
public record CollateralRisk(String asset, double amount, double price, double weight, double weightedValue,
                             double maxWithdrawable, double maxWithdrawableUsd, boolean uncertain) {
    public CollateralRisk {
        Checks.required(asset, "collateral.asset");
        Checks.finite(amount, "collateral", asset, "amount");
        Checks.nonNegative(price, "collateral", asset, "price");
        Checks.nonNegative(weight, "collateral", asset, "weight");
        Checks.finite(weightedValue, "collateral", asset, "weightedValue");
        Checks.nonNegative(maxWithdrawable, "collateral", asset, "maxWithdrawable");
        Checks.nonNegative(maxWithdrawableUsd, "collateral", asset, "maxWithdrawableUsd");
    }
}
