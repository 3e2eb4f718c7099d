package com.solvent.app.session;

import com.solvent.model.engine.MarginEngine;
import com.solvent.model.lending.DebtPosition;
import com.solvent.model.lending.EModeCategory;
import com.solvent.model.lending.LendingAccount;
import com.solvent.model.lending.Reserve;
import com.solvent.model.lending.SupplyPosition;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.HealthState;
import com.solvent.model.risk.LiquidationPrice;
import com.solvent.model.risk.PositionRisk;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A lending account in margin terms, on a hand-worked account. The health factor is Aave's
 * definition, HF = Σ collateral_i × LT_i / total debt
 * (https://aave.com/docs/concepts/liquidations, "Health Factor"); every expected number below is
 * worked from it by hand, not by the code under test.
 */
class LendingRiskMappingTest {
    private static final Reserve WETH = new Reserve("WETH", 2_000, 0.80, 0.825, 0.05, 0.10, 0);
    private static final Reserve USDC = new Reserve("USDC", 1, 0.75, 0.78, 0.045, 0.10, 0);
    private static final double WARNING = 0.8;

    private static AccountRisk borrowing(double usdc) {
        LendingAccount account = new LendingAccount("0x00000000000000000000000000000000000000a1",
                List.of(new SupplyPosition(WETH, 10, true)),
                usdc > 0 ? List.of(new DebtPosition(USDC, usdc)) : List.of(), EModeCategory.NONE);
        return LendingRiskMapping.of(new LendingHolding("aave-v3 (test)", 1, account, List.of()), WARNING, 0.04);
    }

    @Test
    void equityIsCollateralMinusDebtAndTheMarginRatioIsOneOverTheHealthFactor() {
        AccountRisk risk = borrowing(8_000);

        // 10 WETH x 2,000 = 20,000 collateral; HF = 20,000 x 0.825 / 8,000 = 2.0625
        assertThat(risk.equity()).isCloseTo(12_000, within(1e-9));
        assertThat(risk.marginRatio()).isCloseTo(1 / 2.0625, within(1e-12));
        assertThat(risk.maintenanceRequirement()).isCloseTo(8_000, within(1e-9));
        // borrowing power 20,000 x 0.80 = 16,000; available 16,000 - 8,000
        assertThat(risk.freeCollateral()).isCloseTo(8_000, within(1e-9));
        // withdrawing w USD of WETH keeps HF >= 1 while (20,000 - w) x 0.825 >= 8,000: w <= 10,303.03
        assertThat(risk.maxWithdrawable()).isCloseTo(20_000 - 8_000 / 0.825, within(1e-6));
        assertThat(risk.health()).isEqualTo(HealthState.SAFE);
    }

    @Test
    void theCollateralsLiquidationPriceIsWhereTheHealthFactorReachesOne() {
        PositionRisk weth = borrowing(8_000).position("WETH");

        // 10 x p x 0.825 = 8,000  =>  p = 969.70 (a fall of 51.5 %)
        assertThat(weth.liquidationPrice().kind()).isEqualTo(LiquidationPrice.Kind.PRICE);
        assertThat(weth.liquidationPrice().price()).isCloseTo(8_000 / (10 * 0.825), within(1e-9));
        assertThat(weth.liquidationPrice().distanceFraction()).isCloseTo(8_000 / 8.25 / 2_000 - 1, within(1e-12));
        assertThat(weth.size()).isEqualTo(10);
    }

    @Test
    void healthFollowsAavesLineAtHealthFactorOne() {
        // HF = 16,500 / 15,000 = 1.1: ratio 0.909 >= the 0.8 warning level
        assertThat(borrowing(15_000).health()).isEqualTo(HealthState.WARNING);
        // HF = 16,500 / 17,000 < 1: Aave accepts a liquidationCall; ratio > 1
        AccountRisk liquidatable = borrowing(17_000);
        assertThat(liquidatable.health()).isEqualTo(HealthState.LIQUIDATABLE);
        assertThat(liquidatable.marginRatio()).isGreaterThan(1);
        assertThat(liquidatable.position("WETH").liquidationPrice().kind()).isEqualTo(LiquidationPrice.Kind.NOW);
        // debt above the whole collateral: nothing left for the lender
        assertThat(borrowing(21_000).health()).isEqualTo(HealthState.BANKRUPT);
    }

    @Test
    void anAccountOwingNothingIsSafeWithNoRatioAndNoLiquidationPrice() {
        AccountRisk lender = borrowing(0);

        assertThat(lender.marginRatio()).isZero();
        assertThat(lender.health()).isEqualTo(HealthState.SAFE);
        assertThat(lender.position("WETH").liquidationPrice().kind()).isEqualTo(LiquidationPrice.Kind.NONE);
        assertThat(lender.maxWithdrawable()).isCloseTo(20_000, within(1e-9));
    }

    @Test
    void aDebtWithNoCollateralIsCappedNotInfinite() {
        LendingAccount account = new LendingAccount("0x00000000000000000000000000000000000000a2",
                List.of(new SupplyPosition(WETH, 1, false)), List.of(new DebtPosition(USDC, 100)), EModeCategory.NONE);
        AccountRisk risk = LendingRiskMapping.of(new LendingHolding("t", 1, account, List.of()), WARNING, 0.04);

        assertThat(risk.marginRatio()).isEqualTo(MarginEngine.MARGIN_RATIO_CAP);
        assertThat(risk.health()).isEqualTo(HealthState.BANKRUPT);
    }
}
