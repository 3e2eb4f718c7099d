package com.solvent.model.lending;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The closed-form liquidation price against the health factor definition it inverts. */
class LiquidationPricePropertiesTest {
    private static final Reserve WETH = new Reserve("WETH", 3000, 0.80, 0.825, 0.05, 0.10, 0);
    private static final Reserve WBTC = new Reserve("WBTC", 96_000, 0.73, 0.78, 0.05, 0.10, 0);
    private static final Reserve USDC = new Reserve("USDC", 1, 0.77, 0.80, 0.045, 0.10, 0);

    @Property(tries = 300)
    void healthFactorIsOneAtTheLiquidationPriceAndCrossesItThere(
            @ForAll @DoubleRange(min = 0.01, max = 50) double weth,
            @ForAll @DoubleRange(min = 0, max = 2) double wbtc,
            @ForAll @DoubleRange(min = 0, max = 100_000) double usdcSupplied,
            @ForAll @DoubleRange(min = 0, max = 20) double wethOwed,
            @ForAll @DoubleRange(min = 1, max = 200_000) double usdcOwed) {
        LendingAccount account = new LendingAccount("p", List.of(new SupplyPosition(WETH, weth, true),
                new SupplyPosition(WBTC, wbtc, true), new SupplyPosition(USDC, usdcSupplied, true)),
                List.of(new DebtPosition(WETH, wethOwed), new DebtPosition(USDC, usdcOwed)), EModeCategory.NONE);
        Optional<LendingLiquidationPrice> price = LendingLiquidation.liquidationPrice(account, "WETH");
        if (price.isEmpty()) {
            return;
        }
        double p = price.get().price();
        double hfAt = LendingRisk.of(account.withPrice("WETH", p)).healthFactor().getAsDouble();
        assertThat(hfAt).isCloseTo(1.0, within(1e-9));
        double towardsLiquidation = price.get().whenBelow() ? p * 0.999 : p * 1.001;
        assertThat(LendingRisk.of(account.withPrice("WETH", towardsLiquidation)).liquidatable()).isTrue();
    }
}
