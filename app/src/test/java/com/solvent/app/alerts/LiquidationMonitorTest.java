package com.solvent.app.alerts;

import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.HealthState;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.solvent.app.alerts.EngineAccounts.ADDRESS;
import static org.assertj.core.api.Assertions.assertThat;

/** A liquidation is told from consecutive reports: the positions of an account at risk were cut. */
class LiquidationMonitorTest {
    private static final Instant T0 = Instant.parse("2026-11-25T02:00:00Z");
    private final LiquidationMonitor monitor = new LiquidationMonitor();

    @Test
    void anAccountAtRiskWhosePositionVanishesRaisesOneLiquidationAlert() {
        AccountRisk atRisk = EngineAccounts.withFigure(AccountRisk::marginRatio, 0.95);
        assertThat(atRisk.health()).as("precondition").isEqualTo(HealthState.WARNING);
        AccountRisk liquidated = EngineAccounts.evaluate(500, 0);

        assertThat(monitor.observe("Doomed", ADDRESS, atRisk, 40, T0)).isEmpty();
        assertThat(monitor.observe("Doomed", ADDRESS, liquidated, 42, T0.plusSeconds(2)))
                .hasValueSatisfying(a -> {
                    assertThat(a.kind()).isEqualTo(Alert.Kind.LIQUIDATED);
                    assertThat(a.message()).startsWith("Doomed was liquidated at block 42: ETH-PERP ");
                });
        assertThat(monitor.observe("Doomed", ADDRESS, liquidated, 43, T0.plusSeconds(3)))
                .as("the next block shows the same liquidated account: no second alert").isEmpty();
    }

    @Test
    void aSafeAccountThatReducesItsPositionIsNotReportedAsLiquidated() {
        AccountRisk safe = EngineAccounts.evaluate(1_000_000, 10);
        assertThat(safe.health()).as("precondition").isEqualTo(HealthState.SAFE);

        assertThat(monitor.observe("Steady", ADDRESS, safe, 40, T0)).isEmpty();
        assertThat(monitor.observe("Steady", ADDRESS, EngineAccounts.evaluate(1_000_000, 4), 41, T0.plusSeconds(1)))
                .isEmpty();
    }

    @Test
    void anAccountAtRiskThatKeepsItsPositionsIsNotLiquidated() {
        AccountRisk atRisk = EngineAccounts.withFigure(AccountRisk::marginRatio, 0.95);
        assertThat(monitor.observe("Doomed", ADDRESS, atRisk, 40, T0)).isEmpty();
        assertThat(monitor.observe("Doomed", ADDRESS, atRisk, 41, T0.plusSeconds(1))).isEmpty();
    }
}
