package com.solvent.model.policy;

import com.solvent.model.Checks;

/**
 * How a venue values one collateral asset.
 *
 * @param symbol           asset symbol as balances name it, e.g. {@code "WETH"}
 * @param valueWeight      haircut weight for positive balances, in (0, 1]: value = amount x price x valueWeight
 * @param liabilityWeight  weight for negative balances (borrows), {@code >= 1}: value = amount x price x liabilityWeight
 * @param priceAsset       the {@link com.solvent.model.price.PriceSet} symbol that prices it, e.g. {@code "ETH"} for
 *                         WETH; collateral moves with any market whose underlying is this symbol
 */
public record CollateralAsset(String symbol, double valueWeight, double liabilityWeight, String priceAsset) {
    public CollateralAsset {
        Checks.nonBlank(symbol, "collateral.symbol");
        Checks.within(valueWeight, 0.0, 1.0, "collateral " + symbol + ".valueWeight");
        if (valueWeight == 0.0) {
            throw new IllegalArgumentException("collateral " + symbol + ".valueWeight must be positive");
        }
        Checks.within(liabilityWeight, 1.0, 10.0, "collateral " + symbol + ".liabilityWeight");
        Checks.nonBlank(priceAsset, "collateral " + symbol + ".priceAsset");
    }

    /** An asset priced under its own symbol. */
    public CollateralAsset(String symbol, double valueWeight, double liabilityWeight) {
        this(symbol, valueWeight, liabilityWeight, symbol);
    }

    /** A full-value asset (weight 1 both ways), such as the settlement stablecoin. */
    public static CollateralAsset fullValue(String symbol) {
        return new CollateralAsset(symbol, 1.0, 1.0);
    }

    /** The weight applied to a balance of {@code amount}: value weight if {@code >= 0}, else liability weight. */
    public double weightFor(double amount) {
        return amount >= 0 ? valueWeight : liabilityWeight;
    }

    /** Weighted USD value of {@code amount} units at {@code price}. */
    public double weightedValue(double amount, double price) {
        return amount * price * weightFor(amount);
    }
}
