package com.solvent.aave;

import com.solvent.chain.aave.AaveAccountSnapshot;
import com.solvent.chain.aave.AaveDevnetSpec;
import com.solvent.model.lending.CloseFactorRule;
import com.solvent.model.lending.LendingLiquidation;
import com.solvent.model.lending.LendingRisk;
import com.solvent.model.lending.LiquidationQuote;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * One liquidation through Aave's real Pool ({@code liquidationCall(WETH, USDC, edge, type(uint256).max, false)})
 * repays and seizes what the core's quote predicts under the v3.0 close factor (50% above HF 0.95,
 * 100% at or below it: LiquidationLogic.CLOSE_FACTOR_HF_THRESHOLD, v3.0.2).
 *
 * <p>Expected numbers, 10 WETH (LT 82.5%, bonus 5%, protocol fee 10% of the bonus) against 23,500 USDC:
 * at ETH 2,800 the HF is 28,000·0.825/23,500 = 0.983 → half the debt, 11,750 USDC, is repaid and
 * 11,750/2,800·1.05 = 4.40625 WETH seized; at ETH 2,600 the HF is 0.913 → all 23,500 USDC repaid,
 * 23,500/2,600·1.05 = 9.4904 WETH seized. Tolerances: the debt accrues interest between the read
 * and the liquidation block (well below 1e-5 USDC at the devnet's ~0.06% APR), and Aave's integer
 * arithmetic rounds to the token's last unit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AaveLiquidationTest {
    private AaveDevnetFixture fixture;
    private String snapshotId;

    @BeforeAll
    void deploy() {
        fixture = new AaveDevnetFixture();
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    @BeforeEach
    void snapshot() {
        snapshotId = fixture.snapshot();
    }

    @AfterEach
    void revert() {
        fixture.revert(snapshotId);
    }

    @ParameterizedTest(name = "ETH {0}: close factor {1}")
    @CsvSource({"2800, 0.5, 11750, 4.40625", "2600, 1.0, 23500, 9.490384615384615"})
    void theRealPoolRepaysAndSeizesAsTheCoreQuotes(String ethUsd, double closeFactor, double repaid, double seized) {
        String edge = fixture.aave.account(AaveDevnetSpec.EDGE);
        fixture.setPrice("WETH", new BigDecimal(ethUsd));
        AaveAccountSnapshot before = fixture.adapter.read(edge);
        assertThat(before.reported().liquidatable()).isTrue();
        LiquidationQuote quote = LendingLiquidation.quote(before.account(), CloseFactorRule.aaveV30(), "WETH", "USDC")
                .orElseThrow();
        assertThat(quote.closeFactor()).isEqualTo(closeFactor);
        assertThat(quote.debtRepaid()).isCloseTo(repaid, within(1e-3));
        assertThat(quote.collateralSeized()).isCloseTo(seized, within(1e-6));

        BigInteger liquidatorWethBefore = fixture.balanceOf(fixture.aave.asset("WETH"), fixture.aave.liquidator());
        BigInteger treasuryBefore = fixture.balanceOf(fixture.aToken("WETH"), fixture.aave.treasury());
        fixture.liquidate("WETH", "USDC", edge);
        AaveAccountSnapshot after = fixture.adapter.read(edge);

        double debtBefore = before.account().debt("USDC").orElseThrow().amount();
        double debtAfter = after.account().debt("USDC").map(d -> d.amount()).orElse(0.0);
        double wethBefore = before.account().supply("WETH").orElseThrow().amount();
        double wethAfter = after.account().supply("WETH").map(s -> s.amount()).orElse(0.0);
        assertThat(debtBefore - debtAfter).as("USDC repaid").isCloseTo(quote.debtRepaid(), within(1e-5));
        assertThat(wethBefore - wethAfter).as("WETH seized").isCloseTo(quote.collateralSeized(), within(1e-9));
        assertThat(weth(fixture.balanceOf(fixture.aave.asset("WETH"), fixture.aave.liquidator()).subtract(liquidatorWethBefore)))
                .as("WETH the liquidator received").isCloseTo(quote.liquidatorReceives(), within(1e-9));
        assertThat(weth(fixture.balanceOf(fixture.aToken("WETH"), fixture.aave.treasury()).subtract(treasuryBefore)))
                .as("protocol fee to the treasury, aWETH").isCloseTo(quote.protocolFee(), within(1e-9));

        LendingRisk risk = LendingRisk.of(after.account());
        assertThat(risk.totalDebt()).isCloseTo(after.reported().totalDebt(), within(1e-6));
        assertThat(risk.totalCollateral()).isCloseTo(after.reported().totalCollateral(), within(1e-6));
    }

    private static double weth(BigInteger wei) {
        return new BigDecimal(wei).movePointLeft(18).doubleValue();
    }
}
