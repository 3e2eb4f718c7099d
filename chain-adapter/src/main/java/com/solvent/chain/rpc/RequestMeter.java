package com.solvent.chain.rpc;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of JSON-RPC traffic, shared by the successive connections of one watcher so the
 * totals survive reconnects. Thread-safe.
 */
public final class RequestMeter {
    private final ConcurrentHashMap<String, LongAdder> byMethod = new ConcurrentHashMap<>();
    private final LongAdder calls = new LongAdder();
    private final LongAdder roundTrips = new LongAdder();
    /** Exponentially smoothed latency in nanoseconds (weight 1/8 for the newest sample, as TCP's SRTT). */
    private final AtomicLong smoothedNanos = new AtomicLong(-1);

    void countCall(String method) {
        calls.increment();
        byMethod.computeIfAbsent(method, m -> new LongAdder()).increment();
    }

    void countRoundTrip() {
        roundTrips.increment();
    }

    void sampleLatency(long nanos) {
        smoothedNanos.updateAndGet(prev -> prev < 0 ? nanos : prev + (nanos - prev) / 8);
    }

    /** Smoothed round-trip latency; zero before the first answer. */
    public Duration latency() {
        return Duration.ofNanos(Math.max(smoothedNanos.get(), 0));
    }

    public RequestStats stats() {
        Map<String, Long> snapshot = new TreeMap<>();
        byMethod.forEach((k, v) -> snapshot.put(k, v.sum()));
        return new RequestStats(calls.sum(), roundTrips.sum(), snapshot, latency());
    }
}
