package com.solvent.chain.feed;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A Chainlink L2 sequencer-uptime feed guarding the prices of an L2 (Arbitrum, Optimism, Base...).
 * Its answer is 0 while the sequencer is up and 1 while it is down; {@code startedAt} is when the
 * current status began. Prices are not trusted while it is down nor within {@code gracePeriod}
 * after it came back (VENUES.md TV-OR-1).
 *
 * @param address     the uptime feed contract
 * @param gracePeriod how long prices stay untrusted after the sequencer restarts (Chainlink suggests 3600 s)
 */
public record SequencerSpec(String address, Duration gracePeriod) {
    public SequencerSpec {
        address = FeedSpec.checkAddress(address, "sequencer.address");
        Objects.requireNonNull(gracePeriod, "sequencer.gracePeriod is required");
        if (gracePeriod.isNegative()) {
            throw new IllegalArgumentException("sequencer.gracePeriod must not be negative, was " + gracePeriod);
        }
        address = address.toLowerCase(Locale.ROOT);
    }
}
