package com.solvent.chain.rpc;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5), 0.5);

    @Test
    void delaysDoubleWithinTheJitterBandUntilTheCeiling() {
        SplittableRandom random = new SplittableRandom(7);
        for (int attempt = 1; attempt <= 12; attempt++) {
            long ceiling = Math.min(5_000, 100L << (attempt - 1));
            for (int i = 0; i < 200; i++) {
                long ms = backoff.delay(attempt, random).toMillis();
                assertThat(ms).as("attempt %d", attempt).isBetween(ceiling / 2 - 1, ceiling);
            }
        }
    }

    @Test
    void jitterSpreadsTheDelays() {
        SplittableRandom random = new SplittableRandom(11);
        long min = Long.MAX_VALUE;
        long max = 0;
        for (int i = 0; i < 500; i++) {
            long ms = backoff.delay(3, random).toMillis();
            min = Math.min(min, ms);
            max = Math.max(max, ms);
        }
        // attempt 3: ceiling 400 ms, jitter band [200, 400]
        assertThat(max - min).isGreaterThan(150);
    }

    @Test
    void hugeAttemptNumbersStayAtTheCeiling() {
        assertThat(backoff.delay(10_000, new SplittableRandom(1))).isLessThanOrEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> backoff.delay(0, new SplittableRandom(1))).hasMessageContaining("attempt");
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), 0.1)).hasMessageContaining("initial");
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(2), 1.5)).hasMessageContaining("jitter");
    }
}
