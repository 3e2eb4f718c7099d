package com.solvent.aave;

import com.solvent.chain.aave.AaveDevnetSpec;
import com.solvent.model.lending.LendingAccount;
import com.solvent.model.lending.LendingLiquidation;
import com.solvent.model.lending.LendingLiquidationPrice;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The core's liquidation price (closed form, one asset's price moved, others held) is where Aave's
 * real Pool starts accepting {@code liquidationCall}: the test moves the feed step by step and asks
 * the Pool (eth_call as a funded liquidator) at each step. The first accepted step must lie within
 * one step past the prediction, and every earlier step must be refused with Aave's error 45,
 * HEALTH_FACTOR_NOT_BELOW_THRESHOLD (Errors.sol).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AaveLiquidationPriceTest {
    private static final String HEALTH_FACTOR_NOT_BELOW_THRESHOLD = "45";
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

    /** Price slack for the interest accrued between the adapter's read and the Pool's call (seconds). */
    private static final double ACCRUAL_SLACK = 0.01;

    @BeforeEach
    void snapshot() {
        snapshotId = fixture.snapshot();
    }

    @AfterEach
    void revert() {
        fixture.revert(snapshotId);
    }

    @Test
    void wethCollateralBecomesLiquidatableAsEthFallsThroughThePredictedPrice() {
        // 10 WETH (LT 82.5%) against 23,500 USDC: p* = 23,500 / (10 · 0.825) ≈ 2,848.48
        String edge = fixture.aave.account(AaveDevnetSpec.EDGE);
        LendingLiquidationPrice predicted = predict(edge, "WETH");
        assertThat(predicted.whenBelow()).isTrue();
        assertThat(predicted.price()).isBetween(2848.0, 2849.0);

        BigDecimal step = new BigDecimal("1");
        BigDecimal accepted = walk("WETH", "WETH", "USDC", edge, new BigDecimal("2870"), step.negate(), 40);
        // the first accepted step lies at or just past p*; "at" happens when p* falls on a step and the
        // interest the Pool accrues between our read and its call tips HF under 1 (far below 0.01 USD of price)
        assertThat(accepted.doubleValue()).isLessThanOrEqualTo(predicted.price() + ACCRUAL_SLACK)
                .isGreaterThanOrEqualTo(predicted.price() - step.doubleValue());
    }

    @Test
    void wethDebtBecomesLiquidatableAsEthRisesThroughThePredictedPrice() {
        // 50,000 USDC (LT 80%) against 10 WETH owed: p* = 50,000 · 0.8 / 10 = 4,000 (less the interest accrued)
        String shortEth = fixture.aave.account(AaveDevnetSpec.SHORT_ETH);
        LendingLiquidationPrice predicted = predict(shortEth, "WETH");
        assertThat(predicted.whenBelow()).isFalse();
        assertThat(predicted.price()).isBetween(3999.0, 4000.0);

        BigDecimal step = new BigDecimal("0.5");
        BigDecimal accepted = walk("WETH", "USDC", "WETH", shortEth, new BigDecimal("3985"), step, 60);
        assertThat(accepted.doubleValue()).isGreaterThanOrEqualTo(predicted.price() - ACCRUAL_SLACK)
                .isLessThanOrEqualTo(predicted.price() + step.doubleValue());
    }

    @Test
    void mixedAccountBecomesLiquidatableAsBtcFallsThroughThePredictedPrice() {
        // 0.5 WBTC (LT 78%), 5 WETH (82.5%), 20,000 USDC (80%) against 30,000 USDC + 3 WETH at ETH 3,000:
        // p* = (39,000 − 20,000·0.8 − 15,000·0.825) / (0.5 · 0.78) ≈ 27,243.6. The Pool floors the
        // weighted threshold to whole bps, which makes it liquidatable up to ~1e-4·collateral/(0.5·0.78)
        // ≈ 12 USD above p*: the walk's step (25 USD) covers that.
        String mixed = fixture.aave.account(AaveDevnetSpec.MIXED);
        LendingLiquidationPrice predicted = predict(mixed, "WBTC");
        assertThat(predicted.whenBelow()).isTrue();
        assertThat(predicted.price()).isBetween(27_240.0, 27_250.0);

        BigDecimal step = new BigDecimal("25");
        BigDecimal accepted = walk("WBTC", "WBTC", "USDC", mixed, new BigDecimal("27500"), step.negate(), 40);
        assertThat(Math.abs(accepted.doubleValue() - predicted.price())).isLessThanOrEqualTo(step.doubleValue());
    }

    private LendingLiquidationPrice predict(String user, String asset) {
        LendingAccount account = fixture.adapter.read(user).account();
        return LendingLiquidation.liquidationPrice(account, asset).orElseThrow();
    }

    /** Moves {@code priced}'s feed from {@code start} by {@code step} until the Pool accepts; returns that price. */
    private BigDecimal walk(String priced, String collateral, String debt, String user, BigDecimal start, BigDecimal step,
                            int maxSteps) {
        BigDecimal price = start;
        for (int i = 0; i < maxSteps; i++, price = price.add(step)) {
            fixture.setPrice(priced, price);
            String refusal = fixture.liquidationRefusal(collateral, debt, user);
            if (refusal == null) {
                assertThat(i).as("the walk must start on the safe side").isPositive();
                assertThat(fixture.adapter.read(user).reported().liquidatable()).isTrue();
                return price;
            }
            assertThat(refusal).as("refusal at " + price).isEqualTo(HEALTH_FACTOR_NOT_BELOW_THRESHOLD);
        }
        throw new AssertionError("the Pool never accepted a liquidation of " + user + " between " + start + " and " + price);
    }
}
