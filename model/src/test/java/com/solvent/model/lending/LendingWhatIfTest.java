package com.solvent.model.lending;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** What-ifs follow Aave v3.0's ValidationLogic; expected numbers are worked in each comment. */
class LendingWhatIfTest {
    private static final EModeCategory ETH_CORRELATED = new EModeCategory(1, "ETH correlated", 0.90, 0.93, 0.01);
    private static final Reserve WETH = new Reserve("WETH", 3000, 0.80, 0.825, 0.05, 0.10, 1);
    private static final Reserve WSTETH = new Reserve("wstETH", 3500, 0.70, 0.75, 0.07, 0.10, 1);
    private static final Reserve USDC = new Reserve("USDC", 1, 0.77, 0.80, 0.045, 0.10, 0);

    private static LendingAccount tenWethOwing(double usdc) {
        return new LendingAccount("a", List.of(new SupplyPosition(WETH, 10, true)), List.of(new DebtPosition(USDC, usdc)),
                EModeCategory.NONE);
    }

    @Test
    void borrowingIsAllowedUpToTheBorrowingPowerAndRefusedBeyond() {
        // borrowing power = 10 · 3,000 · 0.80 = 24,000
        LendingAccount account = tenWethOwing(20_000);
        assertThat(LendingWhatIf.borrow(account, USDC, 4_000).orElseThrow().debt("USDC").orElseThrow().amount())
                .isEqualTo(24_000);
        assertThat(LendingWhatIf.borrow(account, USDC, 4_001)).isInstanceOf(WhatIf.Refused.class);
    }

    @Test
    void withdrawalIsRefusedWhenItWouldTakeTheHealthFactorBelowOne() {
        // 23,500 USDC owed needs 23,500 / (3,000 · 0.825) = 9.4949 WETH
        LendingAccount account = tenWethOwing(23_500);
        assertThat(LendingWhatIf.withdraw(account, "WETH", 0.5).isAccepted()).isTrue();
        assertThat(LendingWhatIf.withdraw(account, "WETH", 0.51)).isInstanceOf(WhatIf.Refused.class);
        assertThat(LendingWhatIf.withdraw(account, "WETH", 11)).isInstanceOf(WhatIf.Refused.class);
    }

    @Test
    void repayingMoreThanOwedRepaysTheDebtOnly() {
        LendingAccount after = LendingWhatIf.repay(tenWethOwing(1_000), "USDC", 5_000).orElseThrow();
        assertThat(after.debts()).isEmpty();
        assertThat(LendingRisk.of(after).healthFactor()).isEmpty();
    }

    @Test
    void supplyRaisesTheHealthFactorInProportion() {
        // HF = 11 · 3,000 · 0.825 / 20,000 = 1.36125
        LendingAccount after = LendingWhatIf.supply(tenWethOwing(20_000), WETH, 1).orElseThrow();
        assertThat(LendingRisk.of(after).healthFactor().getAsDouble()).isCloseTo(1.36125, within(1e-12));
    }

    @Test
    void aPriceMoveRevaluesEveryPositionInTheAsset() {
        // HF = 10 · 2,500 · 0.825 / 23,500 = 0.8777: liquidatable
        LendingAccount after = LendingWhatIf.movePrice(tenWethOwing(23_500), "WETH", 2500).orElseThrow();
        assertThat(LendingRisk.of(after).healthFactor().getAsDouble()).isCloseTo(0.87766, within(1e-5));
        assertThat(LendingRisk.of(after).liquidatable()).isTrue();
    }

    @Test
    void eModeUsesTheCategoryThresholdForItsAssetsAndRefusesDebtOutsideIt() {
        // 10 WETH + 2 wstETH against 10 WETH owed; outside e-mode HF = (30,000·0.825 + 7,000·0.75) / 30,000 = 1.0
        LendingAccount account = new LendingAccount("e", List.of(new SupplyPosition(WETH, 10, true),
                new SupplyPosition(WSTETH, 2, true)), List.of(new DebtPosition(WETH, 10)), EModeCategory.NONE);
        assertThat(LendingRisk.of(account).healthFactor().getAsDouble()).isCloseTo(1.0, within(1e-12));
        // in e-mode: (30,000 + 7,000) · 0.93 / 30,000 = 1.147
        LendingAccount inEMode = LendingWhatIf.switchEMode(account, ETH_CORRELATED).orElseThrow();
        assertThat(LendingRisk.of(inEMode).healthFactor().getAsDouble()).isCloseTo(1.147, within(1e-12));

        LendingAccount withUsdcDebt = LendingWhatIf.borrow(tenWethOwing(1_000), USDC, 1).orElseThrow();
        assertThat(LendingWhatIf.switchEMode(withUsdcDebt, ETH_CORRELATED)).isInstanceOf(WhatIf.Refused.class);
        assertThat(LendingWhatIf.borrow(inEMode, USDC, 1)).isInstanceOf(WhatIf.Refused.class);
    }

    @Test
    void leavingEModeIsRefusedWhenTheOwnThresholdsCannotCarryTheDebt() {
        LendingAccount inEMode = new LendingAccount("e", List.of(new SupplyPosition(WSTETH, 10, true)),
                List.of(new DebtPosition(WETH, 10)), ETH_CORRELATED);
        // e-mode: 35,000 · 0.93 / 30,000 = 1.085; outside: 35,000 · 0.75 / 30,000 = 0.875
        assertThat(LendingRisk.of(inEMode).liquidatable()).isFalse();
        assertThat(LendingWhatIf.switchEMode(inEMode, EModeCategory.NONE)).isInstanceOf(WhatIf.Refused.class);
    }
}
