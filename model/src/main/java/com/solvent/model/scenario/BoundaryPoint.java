package com.solvent.model.scenario;

/**
 * A point of the liquidation boundary of a two-asset grid: at these two prices (others held) the cross
 * pool's equity equals its maintenance requirement.
 *
 * @param priceA  price of asset A, USD
 * @param priceB  price of asset B, USD
 */
public record BoundaryPoint(double priceA, double priceB) {
}
