package com.solvent.model.option;

import com.solvent.model.Checks;

/**
 * An open option position.
 *
 * <p>Sign convention as for every position: {@code size > 0} is long (bought options), {@code size < 0}
 * is short (written options), counted in contracts of one unit of underlying each.
 *
 * @param id            identifier, unique within its account
 * @param contract      the option held
 * @param size          signed number of contracts, never 0
 * @param entryPremium  average premium paid (long) or received (short) per contract, USD, {@code >= 0}
 */
public record OptionPosition(String id, OptionContract contract, double size, double entryPremium) {
    public OptionPosition {
        Checks.nonBlank(id, "optionPosition.id");
        Checks.required(contract, "optionPosition " + id + ".contract");
        Checks.finite(size, "optionPosition " + id + ".size");
        if (size == 0.0) {
            throw new IllegalArgumentException("optionPosition " + id + ".size must not be 0 (close the position instead)");
        }
        Checks.nonNegative(entryPremium, "optionPosition " + id + ".entryPremium");
    }

    public boolean isShort() {
        return size < 0;
    }

    public OptionPosition withSize(double newSize) {
        return new OptionPosition(id, contract, newSize, entryPremium);
    }
}
