package com.solvent.app.history;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The account view's history chart draws a bounded number of points and a round percent axis. */
class HistoryChartTest {
    @Test
    void aLongHistoryIsThinnedToAtMostTheBoundKeepingTheFirstAndLatestBlock() {
        for (int size : new int[] {1, 2, 199, 200, 201, 1_999, 2_000}) {
            int[] drawn = HistoryChart.drawn(size, HistoryChart.MAX_POINTS);

            assertThat(drawn.length).as("points for %d blocks", size).isBetween(1, HistoryChart.MAX_POINTS + 1);
            assertThat(drawn[0]).isZero();
            assertThat(drawn[drawn.length - 1]).as("the latest block is always drawn").isEqualTo(size - 1);
            for (int i = 1; i < drawn.length; i++) {
                assertThat(drawn[i]).isGreaterThan(drawn[i - 1]);
            }
        }
        assertThat(HistoryChart.drawn(150, HistoryChart.MAX_POINTS)).hasSize(150);
    }

    @Test
    void thePercentAxisEndsOnARoundNumberAboveTheHighestRatio() {
        assertThat(HistoryChart.axisTop(0)).isEqualTo(10);
        assertThat(HistoryChart.axisTop(0.21)).isEqualTo(10);
        assertThat(HistoryChart.axisTop(74.75)).isEqualTo(100);
        assertThat(HistoryChart.axisTop(98.79)).isEqualTo(200);
        assertThat(HistoryChart.axisTop(1_000)).isEqualTo(2_000);
    }

    @Test
    void axisAndBlockLabelsReadAsTheyDidWithStringFormat() {
        for (double top = 10; top <= 2_000_000; top *= 10) {
            for (double v : new double[] {0, top / 2, top, 2 * top, 5 * top}) {
                assertThat(HistoryChart.grouped(v)).isEqualTo(String.format(java.util.Locale.ROOT, "%,.0f", v));
            }
        }
        for (long block : new long[] {0, 1, 999, 1_000, 19_234_567, 123_456_789_012L}) {
            assertThat(HistoryChart.grouped(block)).isEqualTo(String.format(java.util.Locale.ROOT, "%,d", block));
        }
    }
}
