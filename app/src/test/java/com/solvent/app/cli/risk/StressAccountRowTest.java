package com.solvent.app.cli.risk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StressAccountRowTest {
    private static StressAccountRow row(boolean liquidated, double notional, double badDebt, boolean adl) {
        return new StressAccountRow("crash", "0xabc", "", liquidated, liquidated ? "SAFE" : "", liquidated ? "BANKRUPT" : "",
                notional, 0.0, 0.0, badDebt, adl, adl ? 1_000.0 : 0.0, false);
    }

    @Test
    void anAccountLiquidatedWithNoPositionButBadDebtIsACollateralShortfall() {
        assertThat(row(true, 0.0, 1_240.0, false).collateralShortfall()).isTrue();
    }

    @Test
    void aLiquidationThatClosedPositionsIsNotAShortfallEvenWithBadDebt() {
        assertThat(row(true, 250_000.0, 1_240.0, false).collateralShortfall()).isFalse();
        assertThat(row(true, 0.0, 0.0, false).collateralShortfall()).isFalse();
    }

    @Test
    void anAccountOnlyDeleveragedIsNotAShortfall() {
        assertThat(row(false, 0.0, 0.0, true).collateralShortfall()).isFalse();
    }
}
