package com.solvent.chain.rpc;

import java.time.Duration;
import java.util.Map;

/**
 * What a {@link MeteredService} has counted: JSON-RPC calls by method (a batch counts each of
 * its calls), transport round trips, and the smoothed round-trip latency.
 */
public record RequestStats(long calls, long roundTrips, Map<String, Long> callsByMethod, Duration latency) {
    public RequestStats {
        callsByMethod = Map.copyOf(callsByMethod);
    }

    /** Calls made between {@code earlier} and this count. */
    public long callsSince(RequestStats earlier) {
        return calls - earlier.calls;
    }

    public long roundTripsSince(RequestStats earlier) {
        return roundTrips - earlier.roundTrips;
    }
}
