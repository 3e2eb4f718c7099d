package com.solvent.model.option;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class VolSurfaceTest {
    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
    private static final Instant IN_7D = NOW.plus(7, ChronoUnit.DAYS);
    private static final Instant IN_30D = NOW.plus(30, ChronoUnit.DAYS);
    private static final double F = 2000.0;

    private static final VolSmile WEEKLY = new VolSmile(IN_7D, List.of(
            new SmilePoint(-0.2, 0.90), new SmilePoint(0.0, 0.70), new SmilePoint(0.2, 0.80)));
    private static final VolSmile MONTHLY = new VolSmile(IN_30D, List.of(
            new SmilePoint(-0.2, 0.75), new SmilePoint(0.0, 0.60), new SmilePoint(0.2, 0.65)));
    private static final VolSurface SURFACE = new VolSurface("ETH", List.of(WEEKLY, MONTHLY));

    @Test
    void flatSurfaceHasOneVolEverywhere() {
        VolSurface flat = VolSurface.flat("ETH", 0.55);
        assertThat(flat.vol(1000, F, IN_7D, NOW)).isEqualTo(0.55);
        assertThat(flat.vol(5000, F, NOW.plus(900, ChronoUnit.DAYS), NOW)).isEqualTo(0.55);
    }

    @Test
    void smileIsLinearInVolAcrossLogMoneynessAndFlatOutside() {
        assertThat(WEEKLY.vol(0.0)).isEqualTo(0.70);
        assertThat(WEEKLY.vol(-0.1)).isCloseTo(0.80, within(1e-15));
        assertThat(WEEKLY.vol(0.05)).isCloseTo(0.725, within(1e-15));
        assertThat(WEEKLY.vol(-1.0)).isEqualTo(0.90);
        assertThat(WEEKLY.vol(1.0)).isEqualTo(0.80);
    }

    @Test
    void onAQuotedExpiryTheSurfaceReturnsThatSmile() {
        double strike = F * Math.exp(0.1);
        assertThat(SURFACE.vol(strike, F, IN_7D, NOW)).isCloseTo(0.75, within(1e-12));
        assertThat(SURFACE.vol(strike, F, IN_30D, NOW)).isCloseTo(0.625, within(1e-12));
    }

    @Test
    void betweenExpiriesTotalVarianceIsLinearInTime() {
        Instant in20d = NOW.plus(20, ChronoUnit.DAYS);
        double t7 = 7 / 365.0;
        double t20 = 20 / 365.0;
        double t30 = 30 / 365.0;
        double w7 = 0.70 * 0.70 * t7;
        double w30 = 0.60 * 0.60 * t30;
        double expected = Math.sqrt((w7 + (w30 - w7) * (t20 - t7) / (t30 - t7)) / t20);
        assertThat(SURFACE.vol(F, F, in20d, NOW)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void outsideTheQuotedExpiriesVolIsFlat() {
        assertThat(SURFACE.vol(F, F, NOW.plus(1, ChronoUnit.DAYS), NOW)).isCloseTo(0.70, within(1e-15));
        assertThat(SURFACE.vol(F, F, NOW.plus(365, ChronoUnit.DAYS), NOW)).isCloseTo(0.60, within(1e-15));
        // Once the weekly has expired the monthly alone is used.
        assertThat(SURFACE.vol(F, F, IN_30D, NOW.plus(10, ChronoUnit.DAYS))).isCloseTo(0.60, within(1e-15));
    }

    @Test
    void smilesByStrikeConvertToLogMoneyness() {
        VolSmile s = VolSmile.ofStrikes(IN_7D, F, new double[] {1800, 2000, 2200}, new double[] {0.8, 0.7, 0.75});
        assertThat(s.vol(Math.log(2200 / F))).isCloseTo(0.75, within(1e-15));
        assertThat(s.vol(0.0)).isCloseTo(0.70, within(1e-15));
    }

    @Test
    void shiftMovesEveryVolByAbsolutePointsFlooredAtZero() {
        VolSurface up = SURFACE.shifted(0.05);
        assertThat(up.vol(F, F, IN_7D, NOW)).isCloseTo(0.75, within(1e-15));
        assertThat(SURFACE.shifted(-5.0).vol(F, F, IN_30D, NOW)).isZero();
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> new VolSurface("ETH", List.of(MONTHLY, WEEKLY)))
                .hasMessageContaining("volSurface ETH.smiles[1]").hasMessageContaining("out of order");
        assertThatThrownBy(() -> new SmilePoint(0.0, -0.1)).hasMessageContaining("smilePoint.vol");
        assertThatThrownBy(() -> new VolSmile(IN_7D, List.of())).hasMessageContaining("points must not be empty");
    }
}
