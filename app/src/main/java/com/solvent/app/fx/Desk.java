package com.solvent.app.fx;

/** The main window's two desks, switched from the title bar (Ctrl+D) and remembered in the workspace. */
public enum Desk {
    /** The trader's workstation: watchlist, account, what-if desk. */
    TRADER,
    /** The risk officer's desk: every account of the venue, distributions, stress tests, cascades. */
    RISK;

    public Desk other() {
        return this == TRADER ? RISK : TRADER;
    }
}
