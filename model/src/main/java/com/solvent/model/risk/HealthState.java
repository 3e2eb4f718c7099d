package com.solvent.model.risk;

/**
 * Health of a margin group (the cross pool, or one isolated position), worst last. An account
 * shows the worst state of its groups. Thresholds are on the margin ratio
 * (maintenance requirement / equity), see {@link com.solvent.model.engine.MarginEngine}.
 */
public enum HealthState {
    /** Margin ratio below the policy's warning level. */
    SAFE,
    /** Margin ratio at or above the warning level, below 1. */
    WARNING,
    /** Margin ratio at or above 1: equity at or under the maintenance requirement. */
    LIQUIDATABLE,
    /** Equity at or below zero while something is at risk: a liquidation cannot be covered by the group. */
    BANKRUPT;

    /** The worse of two states. */
    public HealthState worst(HealthState other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
