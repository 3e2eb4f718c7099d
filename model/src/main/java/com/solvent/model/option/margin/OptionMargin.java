package com.solvent.model.option.margin;

import java.util.List;

/**
 * The option part of one margin group's requirement.
 *
 * @param model        name of the model that computed it
 * @param initial      initial requirement, USD, {@code >= 0}
 * @param maintenance  maintenance requirement, USD, {@code >= 0}, never above {@code initial}
 * @param optionValue  mark-to-model value of the options, USD, signed (long positive, short negative): it
 *                     belongs to equity, the requirements do not include it except where a venue's
 *                     formula adds the short option's mark on top (standard rules, see there)
 * @param terms        explanation: the pieces that add up to the requirements
 */
public record OptionMargin(String model, double initial, double maintenance, double optionValue,
                           List<MarginTerm> terms) {
    public OptionMargin {
        terms = List.copyOf(terms);
    }

    /**
     * The sum of two parts of one book split by underlying (both models add up over underlyings:
     * standard per short option, portfolio per underlying grid).
     */
    public OptionMargin plus(OptionMargin other) {
        List<MarginTerm> all = new java.util.ArrayList<>(terms);
        all.addAll(other.terms());
        return new OptionMargin(model, initial + other.initial(), maintenance + other.maintenance(),
                optionValue + other.optionValue(), all);
    }

    /** The margin of an empty option book. */
    public static OptionMargin none(String model) {
        return new OptionMargin(model, 0.0, 0.0, 0.0, List.of());
    }
}
