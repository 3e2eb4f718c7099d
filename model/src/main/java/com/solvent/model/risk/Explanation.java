package com.solvent.model.risk;

import com.solvent.model.Checks;

import java.util.List;

/**
 * A headline number and the terms that made it, as data (the UI renders it, tests inspect it).
 *
 * @param quantity  what is explained, e.g. {@code "equity"}, {@code "maintenance requirement"}
 * @param value     the number itself
 * @param terms     its contributions; for sums they add up to {@code value}, for solved quantities
 *                  (liquidation prices) they list the inputs held fixed
 * @param method    how the number was obtained, in one sentence
 */
public record Explanation(String quantity, double value, List<Term> terms, String method) {
    /** Placeholder used when an engine is asked not to build explanations (bulk evaluation). */
    public static final Explanation OMITTED = new Explanation("omitted", 0.0, List.of(), "explanations switched off");

    public Explanation {
        Checks.required(quantity, "explanation.quantity");
        Checks.finite(value, "explanation", quantity, "value");
        terms = List.copyOf(Checks.required(terms, "explanation.terms"));
        Checks.required(method, "explanation.method");
    }
}
