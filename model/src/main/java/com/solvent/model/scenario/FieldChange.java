package com.solvent.model.scenario;

/**
 * One number that a scenario changed.
 *
 * @param field   e.g. {@code "equity"}, {@code "marginRatio"}, {@code "ETH-PERP-1.liquidationPrice"}
 * @param before  value before, in the field's unit (USD unless the name says otherwise)
 * @param after   value after
 */
public record FieldChange(String field, double before, double after) {
    /** {@code after - before}. */
    public double change() {
        return after - before;
    }
}
