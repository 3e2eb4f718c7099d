package com.solvent.model.price;

/**
 * How far a price can be trusted. Anything but FRESH makes every number that depends on the price
 * uncertain: it is still computed (with the last known value) but never reported as safe.
 */
public enum Freshness {
    /** Updated within the feed's heartbeat and positive. */
    FRESH,
    /** Older than the feed's heartbeat (or the sequencer is down or in its grace period). */
    STALE,
    /** Non-positive, incomplete round or otherwise unusable answer; the last valid value is kept. */
    INVALID;

    public boolean isTrusted() {
        return this == FRESH;
    }
}
