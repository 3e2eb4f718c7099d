package com.solvent.app.venue.accounts;

import com.solvent.app.venue.VenueRow;
import com.solvent.app.venue.VenueTotals;
import com.solvent.model.risk.HealthState;

/** The health states the accounts table can be narrowed to, worst first, plus "not evaluated". */
public enum HealthChoice {
    BANKRUPT(HealthState.BANKRUPT),
    LIQUIDATABLE(HealthState.LIQUIDATABLE),
    WARNING(HealthState.WARNING),
    SAFE(HealthState.SAFE),
    /** The engine could not evaluate the account (an unknown market, a missing price). */
    NOT_EVALUATED(null);

    private final HealthState state;

    HealthChoice(HealthState state) {
        this.state = state;
    }

    /** The state, or null for {@link #NOT_EVALUATED}. */
    public HealthState state() {
        return state;
    }

    public boolean matches(VenueRow row) {
        return row.health() == state;
    }

    /** Accounts in this state among {@code totals}. */
    public int count(VenueTotals totals) {
        return state == null ? totals.notEvaluated() : totals.count(state);
    }

    /** The health badge's word: "Bankrupt", "Liquidatable", "Warning", "Safe", "No data". */
    public String word() {
        return com.solvent.app.controls.AccountStanding.word(state, false);
    }
}
