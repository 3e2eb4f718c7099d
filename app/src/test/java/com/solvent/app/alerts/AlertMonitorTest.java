package com.solvent.app.alerts;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AlertMonitorTest {
    private static final Instant T0 = Instant.parse("2026-11-25T02:00:00Z");
    private static final String ADDRESS = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    private final AlertMonitor monitor = new AlertMonitor(new AlertRule(0.8, 0.05, Duration.ofSeconds(60)));

    @Test
    void crossingTheThresholdAlertsOnceWhileTheRatioStaysAbove() {
        assertThat(observe(0.70, 0)).isEmpty();
        assertThat(observe(0.82, 12)).hasValueSatisfying(a -> assertThat(a.message())
                .isEqualTo("Basis fund: margin ratio 82.00% reached the 80.00% alert level"));
        assertThat(observe(0.85, 24)).isEmpty();
        assertThat(observe(0.90, 600)).as("still above: no repeat, even after the cooldown").isEmpty();
    }

    @Test
    void aRatioHoveringAroundTheThresholdDoesNotAlertOnEveryBlock() {
        assertThat(observe(0.81, 0)).isPresent();
        assertThat(observe(0.79, 120)).isEmpty();
        assertThat(observe(0.81, 240)).as("0.79 is inside the hysteresis band: not re-armed").isEmpty();
    }

    @Test
    void afterFallingBelowTheBandItAlertsAgainOnceTheCooldownHasPassed() {
        assertThat(observe(0.81, 0)).isPresent();
        assertThat(observe(0.74, 12)).isEmpty();
        assertThat(observe(0.81, 24)).as("re-armed but within the 60 s cooldown").isEmpty();
        assertThat(observe(0.81, 72)).isPresent();
    }

    private Optional<Alert> observe(double ratio, long seconds) {
        return monitor.observe("Basis fund", ADDRESS, ratio, T0.plusSeconds(seconds));
    }
}
