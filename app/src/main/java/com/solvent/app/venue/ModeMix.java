package com.solvent.app.venue;

/** How an account's positions (and options) are margined, taken together. */
public enum ModeMix {
    /** No position and no option. */
    NONE("none"),
    /** Every position in the cross pool. */
    CROSS("cross"),
    /** Every position isolated. */
    ISOLATED("isolated"),
    /** Some cross, some isolated. */
    MIXED("cross + isolated");

    private final String word;

    ModeMix(String word) {
        this.word = word;
    }

    /** As the desk and its exports show it, e.g. {@code "cross + isolated"}. */
    public String word() {
        return word;
    }

    /** Whether the account holds a cross position. */
    public boolean hasCross() {
        return this == CROSS || this == MIXED;
    }

    /** Whether the account holds an isolated position. */
    public boolean hasIsolated() {
        return this == ISOLATED || this == MIXED;
    }

    static ModeMix of(boolean cross, boolean isolated) {
        return cross ? (isolated ? MIXED : CROSS) : (isolated ? ISOLATED : NONE);
    }
}
