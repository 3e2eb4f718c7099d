package com.solvent.app.watchlist;

import java.util.Objects;

/**
 * An account the user watches: its address and the label the user gave it (may be empty).
 *
 * @param address  the account's address
 * @param label    the user's name for it, e.g. "desk A" or "fund treasury"
 */
public record WatchedAccount(AccountAddress address, String label) {
    public WatchedAccount {
        Objects.requireNonNull(address, "address");
        label = label == null ? "" : label.strip();
    }

    /** The label, or the short address when there is none. */
    public String displayName() {
        return label.isEmpty() ? address.shortForm() : label;
    }
}
