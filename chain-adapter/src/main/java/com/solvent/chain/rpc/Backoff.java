package com.solvent.chain.rpc;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Exponential reconnect delay with jitter: attempt n waits a uniformly random time in
 * {@code [(1 - jitter) d, d]} with {@code d = min(max, initial x 2^(n-1))}. The jitter keeps many
 * workstations that lost the same endpoint from reconnecting in lock step.
 *
 * @param initial first delay
 * @param max     ceiling of the delay
 * @param jitter  fraction of the delay that is randomised, in [0, 1]
 */
public record Backoff(Duration initial, Duration max, double jitter) {
    public Backoff {
        Objects.requireNonNull(initial, "initial is required");
        Objects.requireNonNull(max, "max is required");
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max, was " + initial + " / " + max);
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("backoff jitter must lie in [0, 1], was " + jitter);
        }
    }

    /** 250 ms doubling to 15 s, half of it random. */
    public static Backoff defaults() {
        return new Backoff(Duration.ofMillis(250), Duration.ofSeconds(15), 0.5);
    }

    /** The delay before reconnect attempt {@code attempt} (1 for the first retry). */
    public Duration delay(int attempt, RandomGenerator random) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be at least 1, was " + attempt);
        }
        double ceiling = Math.min(max.toNanos(), initial.toNanos() * Math.pow(2, Math.min(attempt - 1, 62)));
        double delay = ceiling * (1 - jitter * random.nextDouble());
        return Duration.ofNanos((long) delay);
    }
}
