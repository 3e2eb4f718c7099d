package com.solvent.chain.feed;

import com.solvent.model.price.Freshness;

import java.util.Objects;

/**
 * How far one feed's price can be trusted at a block, and why.
 *
 * @param freshness FRESH, STALE or INVALID
 * @param reason    a sentence for the trader ("last update 4,210 s ago, heartbeat 3,600 s"); empty when FRESH
 */
public record FeedStatus(Freshness freshness, String reason) {
    public FeedStatus {
        Objects.requireNonNull(freshness, "freshness");
        reason = reason == null ? "" : reason;
    }

    public static final FeedStatus FRESH = new FeedStatus(Freshness.FRESH, "");

    public static FeedStatus stale(String reason) {
        return new FeedStatus(Freshness.STALE, reason);
    }

    public static FeedStatus invalid(String reason) {
        return new FeedStatus(Freshness.INVALID, reason);
    }

    public boolean trusted() {
        return freshness.isTrusted();
    }
}
