package com.solvent.model.scenario;

/**
 * One cell of a stress grid.
 *
 * @param pricePercent    market-wide price move, percent
 * @param volPoints       implied vol shift, vol points
 * @param pnl             change of equity from the unshocked state, USD (summed over a book)
 * @param marginRatio     margin ratio after the shock (the worst account's for a book)
 * @param liquidatable    number of accounts whose health is LIQUIDATABLE or BANKRUPT after the shock
 */
public record StressCell(double pricePercent, double volPoints, double pnl, double marginRatio, int liquidatable) {
}
