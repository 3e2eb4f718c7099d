package com.solvent.model.account;

import com.solvent.model.Checks;

/**
 * A balance of one collateral asset in an account's cross pool.
 *
 * @param asset   asset symbol, e.g. {@code "USDC"}, {@code "ETH"}
 * @param amount  units of the asset, signed: negative is a borrow, valued at the liability weight
 */
public record CollateralBalance(String asset, double amount) {
    public CollateralBalance {
        Checks.nonBlank(asset, "collateral.asset");
        Checks.finite(amount, "collateral " + asset + ".amount");
    }
}
