package com.solvent.model.option;

import com.solvent.model.Checks;
import com.solvent.model.account.MarginMode;

/**
 * An open option position.
 *
 * <p>Sign convention as for every position: {@code size > 0} is long (bought options), {@code size < 0}
 * is short (written options), counted in contracts of one unit of underlying each.
 *
 * <p>A CROSS option's premium was paid from (or received into) the cross pool's collateral, so the cross
 * pool counts the option at its value ({@code size x value}). An ISOLATED option is a margin group of its
 * own: its equity is {@code isolatedMargin + size x (value - entryPremium)}, i.e. the premium settled
 * against its own margin, exactly as an isolated perp's equity is its margin plus its uPnL.
 *
 * @param id              identifier, unique within its account
 * @param contract        the option held
 * @param size            signed number of contracts, never 0
 * @param entryPremium    average premium paid (long) or received (short) per contract, USD, {@code >= 0}
 * @param mode            CROSS or ISOLATED
 * @param isolatedMargin  USD collateral held by an ISOLATED option; must be 0 for CROSS
 */
public record OptionPosition(String id, OptionContract contract, double size, double entryPremium, MarginMode mode,
                             double isolatedMargin) {
    public OptionPosition {
        Checks.nonBlank(id, "optionPosition.id");
        Checks.required(contract, "optionPosition " + id + ".contract");
        Checks.finite(size, "optionPosition " + id + ".size");
        if (size == 0.0) {
            throw new IllegalArgumentException("optionPosition " + id + ".size must not be 0 (close the position instead)");
        }
        Checks.nonNegative(entryPremium, "optionPosition " + id + ".entryPremium");
        Checks.required(mode, "optionPosition " + id + ".mode");
        Checks.nonNegative(isolatedMargin, "optionPosition " + id + ".isolatedMargin");
        if (mode == MarginMode.CROSS && isolatedMargin != 0.0) {
            throw new IllegalArgumentException("optionPosition " + id + ".isolatedMargin must be 0 for a CROSS position");
        }
    }

    /** A cross-margined option position. */
    public OptionPosition(String id, OptionContract contract, double size, double entryPremium) {
        this(id, contract, size, entryPremium, MarginMode.CROSS, 0.0);
    }

    /** An isolated option position holding {@code margin} USD of its own collateral. */
    public static OptionPosition isolated(String id, OptionContract contract, double size, double entryPremium,
                                          double margin) {
        return new OptionPosition(id, contract, size, entryPremium, MarginMode.ISOLATED, margin);
    }

    public boolean isShort() {
        return size < 0;
    }

    public boolean isIsolated() {
        return mode == MarginMode.ISOLATED;
    }

    public OptionPosition withSize(double newSize) {
        return new OptionPosition(id, contract, newSize, entryPremium, mode, isolatedMargin);
    }
}
