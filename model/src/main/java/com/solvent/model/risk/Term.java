package com.solvent.model.risk;

import com.solvent.model.Checks;

/**
 * One labelled contribution to an explained number, e.g. {@code ("USDC 10,000 x 1.00 x w1.00", 10000.0)}.
 *
 * @param label  what the term is, in the trader's words
 * @param value  its value, in the unit of the explained quantity (USD unless the quantity says otherwise)
 */
public record Term(String label, double value) {
    public Term {
        Checks.required(label, "term.label");
        if (!Double.isFinite(value)) {
            // the label is concatenated only on failure: a live view builds thousands of terms per refresh
            Checks.finite(value, "term " + label);
        }
    }
}
