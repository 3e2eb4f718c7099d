package com.solvent.app.alerts;

import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.LiquidationPrice;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static com.solvent.app.alerts.EngineAccounts.ADDRESS;
import static com.solvent.app.alerts.EngineAccounts.distance;
import static com.solvent.app.alerts.EngineAccounts.withFigure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Alerts on the nearest liquidation price's distance: 5 % threshold, re-armed beyond 6 %, 60 s cooldown. */
class DistanceMonitorTest {
    private static final Instant T0 = Instant.parse("2026-11-25T02:00:00Z");
    private static final AccountRisk AT_8 = withFigure(EngineAccounts::distance, 0.08);
    private static final AccountRisk AT_5_5 = withFigure(EngineAccounts::distance, 0.055);
    private static final AccountRisk AT_4 = withFigure(EngineAccounts::distance, 0.04);
    private static final AccountRisk AT_3 = withFigure(EngineAccounts::distance, 0.03);
    private final DistanceMonitor monitor = new DistanceMonitor(new DistanceRule(0.05, 0.01, Duration.ofSeconds(60)));

    @Test
    void theEngineGaveTheDistancesTheTestsNeed() {
        for (AccountRisk risk : new AccountRisk[] {AT_8, AT_5_5, AT_4, AT_3}) {
            assertThat(risk.positions().getFirst().liquidationPrice().kind()).isEqualTo(LiquidationPrice.Kind.PRICE);
        }
        assertThat(distance(AT_8)).isCloseTo(0.08, within(1e-6));
        assertThat(distance(AT_4)).isCloseTo(0.04, within(1e-6));
    }

    @Test
    void comingWithinTheDistanceAlertsOnceWhileItStaysWithin() {
        assertThat(observe(AT_8, 0)).isEmpty();
        assertThat(observe(AT_4, 12)).hasValueSatisfying(a -> {
            assertThat(a.kind()).isEqualTo(Alert.Kind.LIQUIDATION_DISTANCE);
            assertThat(a.message()).isEqualTo("Doomed: ETH-PERP is 4.00% from its liquidation price, within the 5.00% alert distance");
        });
        assertThat(observe(AT_3, 24)).isEmpty();
        assertThat(observe(AT_4, 600)).as("still within: no repeat, even after the cooldown").isEmpty();
    }

    @Test
    void aDistanceHoveringAroundTheThresholdDoesNotAlertOnEveryBlock() {
        assertThat(observe(AT_4, 0)).isPresent();
        assertThat(observe(AT_5_5, 120)).isEmpty();
        assertThat(observe(AT_4, 240)).as("5.5 % is inside the hysteresis band: not re-armed").isEmpty();
    }

    @Test
    void afterMovingBeyondTheBandItAlertsAgainOnceTheCooldownHasPassed() {
        assertThat(observe(AT_4, 0)).isPresent();
        assertThat(observe(AT_8, 12)).isEmpty();
        assertThat(observe(AT_4, 24)).as("re-armed but within the 60 s cooldown").isEmpty();
        assertThat(observe(AT_4, 72)).isPresent();
    }

    @Test
    void anAccountWithoutPositionsNeverAlerts() {
        assertThat(observe(EngineAccounts.evaluate(1_000, 0), 0)).isEmpty();
    }

    private Optional<Alert> observe(AccountRisk risk, long seconds) {
        return monitor.observe("Doomed", ADDRESS, risk, T0.plusSeconds(seconds));
    }
}
