package com.solvent.app.venue;

import com.solvent.app.fx.MarketState;

import java.util.Map;
import java.util.Objects;

/**
 * The whole venue at one block: every account discovered (not only the watched ones), their
 * prices, the venue's policy and the connection ({@link MarketState}), and how far the scan has
 * come. Immutable; crosses threads as is.
 *
 * @param market  every account read so far, prices, policy and chain status
 * @param scan    the scan's phase and progress
 * @param labels  names for some accounts by id (a portfolio file's account names, the devnet's
 *                story accounts); accounts without one are shown by short address
 */
public record VenueState(MarketState market, ScanStatus scan, Map<String, String> labels) {
    public VenueState {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(scan, "scan");
        labels = Map.copyOf(Objects.requireNonNull(labels, "labels"));
    }

    /** The label of account {@code id}, empty when it has none. */
    public String label(String id) {
        return labels.getOrDefault(id, "");
    }
}
