package com.solvent.app.venue.accounts;

import com.solvent.app.venue.ModeMix;

/** The accounts table's margin-mode filter. */
public enum ModeFilter {
    ANY("Any mode"),
    /** Holds a cross position (possibly isolated ones too). */
    CROSS("Cross"),
    /** Holds an isolated position (possibly cross ones too). */
    ISOLATED("Isolated"),
    /** Holds both. */
    BOTH("Cross and isolated");

    private final String text;

    ModeFilter(String text) {
        this.text = text;
    }

    public boolean matches(ModeMix mode) {
        return switch (this) {
            case ANY -> true;
            case CROSS -> mode.hasCross();
            case ISOLATED -> mode.hasIsolated();
            case BOTH -> mode == ModeMix.MIXED;
        };
    }

    @Override
    public String toString() {
        return text;
    }
}
