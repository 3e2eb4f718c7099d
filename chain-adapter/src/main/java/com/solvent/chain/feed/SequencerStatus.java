package com.solvent.chain.feed;

/** State of an L2 sequencer as its uptime feed reports it (VENUES.md TV-OR-1). */
public enum SequencerStatus {
    /** Up for longer than the grace period: prices may be trusted. */
    UP,
    /** Came back up less than the grace period ago: prices are not yet trusted. */
    IN_GRACE,
    /** Down (answer 1), or its feed cannot be read: prices are not trusted. */
    DOWN
}
