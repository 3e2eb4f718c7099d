package com.solvent.model.lending;

/**
 * The price of one asset at which an account's health factor reaches 1, every other price held.
 *
 * @param asset       the asset whose price moves
 * @param price       base currency per unit, {@code > 0}
 * @param whenBelow   true when the account becomes liquidatable as the price falls below {@code price}
 *                    (the asset is net collateral); false when it does so as the price rises above it (net debt)
 */
public record LendingLiquidationPrice(String asset, double price, boolean whenBelow) {
}
