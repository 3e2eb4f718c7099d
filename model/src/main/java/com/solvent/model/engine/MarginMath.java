package com.solvent.model.engine;

import com.solvent.model.risk.HealthState;

/** The group-level rules of {@link MarginEngine}'s definitions, in one place. */
public final class MarginMath {
    private MarginMath() {
    }

    /**
     * Margin ratio = maintenance / equity: 0 when nothing is at risk ({@code mm = 0}, equity {@code >= 0}),
     * {@link MarginEngine#MARGIN_RATIO_CAP} when equity {@code <= 0} otherwise, capped at that value.
     */
    public static double marginRatio(double equity, double maintenance) {
        if (maintenance == 0.0 && equity >= 0.0) {
            return 0.0;
        }
        if (equity <= 0.0) {
            return MarginEngine.MARGIN_RATIO_CAP;
        }
        return Math.min(maintenance / equity, MarginEngine.MARGIN_RATIO_CAP);
    }

    /** Health of a group from its equity and maintenance requirement, see {@link MarginEngine}. */
    public static HealthState health(double equity, double maintenance, double warningLevel) {
        if (maintenance == 0.0 && equity >= 0.0) {
            return HealthState.SAFE;
        }
        if (equity <= 0.0) {
            return HealthState.BANKRUPT;
        }
        if (maintenance >= equity) {
            return HealthState.LIQUIDATABLE;
        }
        return maintenance / equity >= warningLevel ? HealthState.WARNING : HealthState.SAFE;
    }

    /** Leverage = notional / equity: 0 with no notional, {@link MarginEngine#LEVERAGE_CAP} when equity {@code <= 0}, capped there. */
    public static double leverage(double notional, double equity) {
        if (notional == 0.0) {
            return 0.0;
        }
        if (equity <= 0.0) {
            return MarginEngine.LEVERAGE_CAP;
        }
        return Math.min(notional / equity, MarginEngine.LEVERAGE_CAP);
    }
}
