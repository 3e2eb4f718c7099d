package com.solvent.model.option.margin;

/**
 * One scenario of a portfolio-margin grid.
 *
 * @param priceMove  relative move of the underlying (0.04 = +4%)
 * @param volShock   what happens to implied vols
 * @param weight     fraction of the scenario PnL counted (1 on the core grid, the dampener on extended moves)
 */
public record ShockScenario(double priceMove, VolShock volShock, double weight) {
    /** E.g. {@code "-12.0% vol UP"} or {@code "+100.0% vol UP x0.139"}. */
    public String label() {
        String move = String.format(java.util.Locale.ROOT, "%+.1f%%", 100 * priceMove);
        String w = weight == 1.0 ? "" : String.format(java.util.Locale.ROOT, " x%.3g", weight);
        return move + " vol " + volShock + w;
    }
}
