package com.solvent.app.history;

import org.junit.jupiter.api.Test;

import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The per-account history: bounded, oldest first, one point per block. */
class RiskHistoryTest {

    @Test
    void keepsTheLatestBlocksWhenMoreArriveThanItHolds() {
        RiskHistory history = new RiskHistory(5);
        for (long block = 1; block <= 12; block++) {
            history.record(block, block / 100.0, 1_000 * block);
        }

        assertThat(history.size()).isEqualTo(5);
        assertThat(history.blocks()).containsExactly(8, 9, 10, 11, 12);
        assertThat(history.marginRatios()).containsExactly(0.08, 0.09, 0.10, 0.11, 0.12);
        assertThat(history.equities()).containsExactly(8_000, 9_000, 10_000, 11_000, 12_000);
        assertThat(history.block(0)).isEqualTo(8);
        assertThat(history.equity(4)).isEqualTo(12_000);
    }

    @Test
    void theDefaultHoldsTwoThousandBlocks() {
        RiskHistory history = new RiskHistory();
        LongStream.rangeClosed(1, 2_500).forEach(b -> history.record(b, 0.1, 1.0));

        assertThat(history.size()).isEqualTo(RiskHistory.DEFAULT_CAPACITY).isEqualTo(2_000);
        assertThat(history.block(0)).isEqualTo(501);
        assertThat(history.block(1_999)).isEqualTo(2_500);
    }

    @Test
    void aSecondReportForTheSameBlockReplacesItsPoint() {
        RiskHistory history = new RiskHistory(4);
        history.record(7, 0.10, 100);
        history.record(7, 0.20, 90);

        assertThat(history.size()).isEqualTo(1);
        assertThat(history.marginRatio(0)).isEqualTo(0.20);
        assertThat(history.equity(0)).isEqualTo(90);
    }

    @Test
    void anOlderBlockStartsTheHistoryAfreshSoTheAxisNeverRunsBackwards() {
        RiskHistory history = new RiskHistory(4);
        history.record(100, 0.1, 1);
        history.record(101, 0.1, 1);
        history.record(3, 0.5, 2);

        assertThat(history.blocks()).containsExactly(3);
    }

    @Test
    void everyChangeBumpsTheVersionSoDrawingsKnowToRepaint() {
        RiskHistory history = new RiskHistory(3);
        long before = history.version();
        history.record(1, 0.1, 1);
        long afterOne = history.version();
        history.record(1, 0.2, 1);

        assertThat(afterOne).isGreaterThan(before);
        assertThat(history.version()).isGreaterThan(afterOne);
    }

    @Test
    void aNonFiniteFigureIsRefusedNamingTheBlock() {
        RiskHistory history = new RiskHistory(3);
        assertThatThrownBy(() -> history.record(42, Double.NaN, 1)).hasMessageContaining("block 42");
        assertThat(history.isEmpty()).isTrue();
    }
}
