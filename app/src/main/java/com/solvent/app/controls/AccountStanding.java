package com.solvent.app.controls;

import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.HealthState;

import java.util.Locale;

/**
 * The word for an account's standing, as the health badge and exports show it: the health
 * state ("Safe", "Safe?" when a price is stale), except that an account with no positions and
 * no equity is "Empty" (or "Liquidated" when it was liquidatable while watched), never a
 * "Safe" that would only mean "nothing to lose". Plain Java, usable without a toolkit.
 */
public final class AccountStanding {
    /** Word for an account with no positions and no equity. */
    public static final String EMPTY = "Empty";
    /** Word for an account that was liquidatable while watched and is now empty. */
    public static final String LIQUIDATED = "Liquidated";

    private AccountStanding() {
    }

    /** No positions and no equity (to the cent): nothing at risk, no ratio worth showing. */
    public static boolean isEmpty(AccountRisk risk) {
        return isEmpty(risk.positions().size(), risk.equity());
    }

    /** The same rule from an account's position count (options included) and equity, USD. */
    public static boolean isEmpty(int positions, double equity) {
        return positions == 0 && Math.abs(equity) < 0.005;
    }

    /** EMPTY, LIQUIDATED or the health word. */
    public static String word(AccountRisk risk, boolean liquidated) {
        if (isEmpty(risk)) {
            return liquidated ? LIQUIDATED : EMPTY;
        }
        return word(risk.health(), risk.uncertain());
    }

    /** The word shown for a state, e.g. "Liquidatable"; "No data" for none. */
    public static String word(HealthState state, boolean uncertain) {
        if (state == null) {
            return "No data";
        }
        String name = state.name().charAt(0) + state.name().substring(1).toLowerCase(Locale.ROOT);
        return uncertain && state == HealthState.SAFE ? name + "?" : name;
    }
}
