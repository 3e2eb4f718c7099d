package com.solvent.model.lending;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Aave v3 test vectors TV-AV-1..5 (/work/shared/VENUES.md §Aave v3; sources there: Aave's
 * liquidation docs https://aave.com/docs/developers/liquidations, docs/3.3/Aave-v3.3-features.md,
 * LiquidationLogic.sol).
 */
class AaveVectorsTest {
    private static final Reserve ETH_LT80 = new Reserve("ETH", 2000, 0.75, 0.80, 0.05, 0.10, 0);
    private static final Reserve USDC = new Reserve("USDC", 1, 0.77, 0.80, 0.045, 0.10, 0);

    @Test
    void tvAv1_supplyTenThousandOfEthAtEightyPercentBorrowSixThousand_healthFactor1_333() {
        LendingAccount account = new LendingAccount("tv-av-1", List.of(new SupplyPosition(ETH_LT80, 5, true)),
                List.of(new DebtPosition(USDC, 6000)), EModeCategory.NONE);
        LendingRisk risk = LendingRisk.of(account);
        assertThat(risk.totalCollateral()).isEqualTo(10_000);
        assertThat(risk.healthFactor().getAsDouble()).isCloseTo(1.3333, within(1e-4));
        assertThat(risk.liquidatable()).isFalse();
    }

    @Test
    void tvAv2_v33_smallPositionsCloseInFullAboveTheHealthFactorThreshold() {
        CloseFactorRule thousandFloor = new CloseFactorRule(0.95, 0.5, 1.0, 1_000);
        assertThat(thousandFloor.closeFactor(0.96, 1_200, 900)).isEqualTo(1.0);
    }

    @Test
    void tvAv4_seizedCollateralBonusAndProtocolFee() {
        // 1.2 ETH at 2,000 (LT 80%) against 2,000 USDC: HF 0.96 → close factor 50% → debtToCover 1,000
        LendingAccount account = new LendingAccount("tv-av-4", List.of(new SupplyPosition(ETH_LT80, 1.2, true)),
                List.of(new DebtPosition(USDC, 2000)), EModeCategory.NONE);
        LiquidationQuote quote = LendingLiquidation.quote(account, CloseFactorRule.aaveV30(), "ETH", "USDC").orElseThrow();
        assertThat(quote.debtRepaid()).isCloseTo(1000, within(1e-9));
        assertThat(quote.collateralSeized()).isCloseTo(0.525, within(1e-12));
        assertThat(quote.protocolFee()).isCloseTo(0.0025, within(1e-12));
        assertThat(quote.liquidatorReceives()).isCloseTo(0.5225, within(1e-12));
    }

    @Test
    void tvAv5_closeFactorIsHalfAboveHealthFactor095AndFullAtIt() {
        assertThat(CloseFactorRule.aaveV33().closeFactor(0.96, 5_000, 5_000)).isEqualTo(0.5);
        assertThat(CloseFactorRule.aaveV33().closeFactor(0.95, 5_000, 5_000)).isEqualTo(1.0);
        assertThat(CloseFactorRule.aaveV30().closeFactor(0.96, 100, 100)).as("v3.0 has no small-position rule").isEqualTo(0.5);
        assertThat(CloseFactorRule.aaveV30().closeFactor(0.95, 100, 100)).isEqualTo(1.0);
    }

    @Test
    void collateralShortOfTheBonusCapsTheRepayment() {
        // LiquidationLogic: when debt·price·(1+bonus) exceeds the collateral, all of it is seized and
        // the repayment is collateral·price / (debtPrice·(1+bonus)): 1 ETH at 2,000 → 2,000/1.05 USDC.
        LendingAccount account = new LendingAccount("short", List.of(new SupplyPosition(ETH_LT80, 1, true)),
                List.of(new DebtPosition(USDC, 2_500)), EModeCategory.NONE);
        LiquidationQuote quote = LendingLiquidation.quote(account, CloseFactorRule.aaveV30(), "ETH", "USDC").orElseThrow();
        assertThat(quote.closeFactor()).isEqualTo(1.0);
        assertThat(quote.collateralSeized()).isEqualTo(1.0);
        assertThat(quote.debtRepaid()).isCloseTo(2000 / 1.05, within(1e-9));
    }
}
