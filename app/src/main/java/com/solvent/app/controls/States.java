package com.solvent.app.controls;

import com.solvent.model.price.Freshness;
import com.solvent.model.risk.HealthState;
import javafx.css.PseudoClass;

/**
 * The pseudo-classes through which controls tell the stylesheet their state; colours and
 * emphasis are then chosen in {@code styles/}, never in Java.
 */
public final class States {
    public static final PseudoClass SAFE = PseudoClass.getPseudoClass("safe");
    public static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    public static final PseudoClass LIQUIDATABLE = PseudoClass.getPseudoClass("liquidatable");
    public static final PseudoClass BANKRUPT = PseudoClass.getPseudoClass("bankrupt");
    /** A number that depends on a price that is not fresh. */
    public static final PseudoClass UNCERTAIN = PseudoClass.getPseudoClass("uncertain");
    public static final PseudoClass NO_DATA = PseudoClass.getPseudoClass("no-data");
    /** An account with no positions and no equity: nothing at risk. */
    public static final PseudoClass EMPTY_ACCOUNT = PseudoClass.getPseudoClass("empty-account");
    public static final PseudoClass FRESH = PseudoClass.getPseudoClass("fresh");
    public static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");
    public static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    /** A value that just went up (or down): set briefly by {@link Flash}. */
    public static final PseudoClass FLASH_UP = PseudoClass.getPseudoClass("flash-up");
    public static final PseudoClass FLASH_DOWN = PseudoClass.getPseudoClass("flash-down");
    public static final PseudoClass NEGATIVE = PseudoClass.getPseudoClass("negative");
    /** What-if: a value that differs from the live one. */
    public static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");

    private States() {
    }

    public static PseudoClass of(HealthState state) {
        return switch (state) {
            case SAFE -> SAFE;
            case WARNING -> WARNING;
            case LIQUIDATABLE -> LIQUIDATABLE;
            case BANKRUPT -> BANKRUPT;
        };
    }

    public static PseudoClass of(Freshness freshness) {
        return switch (freshness) {
            case FRESH -> FRESH;
            case STALE -> STALE;
            case INVALID -> INVALID;
        };
    }
}
