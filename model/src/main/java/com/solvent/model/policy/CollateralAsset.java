package com.solvent.model.policy;

import com.solvent.model.Checks;

/**
 * How a venue values one collateral asset.
 *
 * @param symbol           asset symbol
 * @param valueWeight      haircut weight for positive balances, in (0, 1]: value = amount x price x valueWeight
 * @param liabilityWeight  weight for negative balances (borrows), {@code >= 1}: value = amount x price x liabilityWeight
 */
public record CollateralAsset(String symbol, double valueWeight, double liabilityWeight) {
    public CollateralAsset {
        Checks.nonBlank(symbol, "collateral.symbol");
        Checks.within(valueWeight, 0.0, 1.0, "collateral " + symbol + ".valueWeight");
        if (valueWeight == 0.0) {
            throw new IllegalArgumentException("collateral " + symbol + ".valueWeight must be positive");
        }
        Checks.within(liabilityWeight, 1.0, 10.0, "collateral " + symbol + ".liabilityWeight");
    }

    /** A full-value asset (weight 1 both ways), such as the settlement stablecoin. */
    public static CollateralAsset fullValue(String symbol) {
        return new CollateralAsset(symbol, 1.0, 1.0);
    }

    /** Weighted USD value of {@code amount} units at {@code price}. */
    public double weightedValue(double amount, double price) {
        return amount * price * (amount >= 0 ? valueWeight : liabilityWeight);
    }
}
