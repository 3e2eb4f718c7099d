package com.solvent.app.history;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Where sparkline points go: oldest left, larger values higher, the series' own range filling the box. */
class SparklinePathTest {

    @Test
    void theLowestValueSitsOnTheFloorAndTheHighestOnTheCeiling() {
        SparklinePath path = SparklinePath.of(new double[] {0.2, 0.5, 0.3}, 100, 20, 120);

        assertThat(path.xs()).containsExactly(0, 50, 100);
        // y counts down from the top: 0.5 (max) at 0, 0.2 (min) at 20, 0.3 a third of the way up.
        assertThat(path.ys()[0]).isEqualTo(20);
        assertThat(path.ys()[1]).isEqualTo(0);
        assertThat(path.ys()[2]).isCloseTo(20 - 20 * (0.1 / 0.3), within(1e-9));
    }

    @Test
    void aFlatSeriesIsALevelLineAcrossTheMiddle() {
        SparklinePath path = SparklinePath.of(new double[] {0.4, 0.4, 0.4, 0.4}, 60, 10, 120);

        assertThat(path.ys()).containsOnly(5.0);
    }

    @Test
    void aLongHistoryIsThinnedButStillEndsAtTheLatestBlock() {
        double[] values = new double[2_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        values[1_999] = 5_000; // the latest point must be drawn, however the thinning falls

        SparklinePath path = SparklinePath.of(values, 64, 18, 120);

        assertThat(path.size()).isLessThanOrEqualTo(121);
        assertThat(path.xs()[path.size() - 1]).isEqualTo(64);
        assertThat(path.ys()[path.size() - 1]).isEqualTo(0);
        for (int i = 1; i < path.size(); i++) {
            assertThat(path.xs()[i]).isGreaterThan(path.xs()[i - 1]);
        }
    }

    @Test
    void nothingToDrawGivesAnEmptyPath() {
        assertThat(SparklinePath.of(new double[0], 64, 18, 120).size()).isZero();
        assertThat(SparklinePath.of(new double[] {1, 2}, 0, 18, 120).size()).isZero();
    }
}
