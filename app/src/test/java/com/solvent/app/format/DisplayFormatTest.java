package com.solvent.app.format;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayFormatTest {
    @Test
    void moneyHasThousandsSeparatorsTwoDecimalsAndItsUnit() {
        assertThat(DisplayFormat.money(1_234_567.891)).isEqualTo("1,234,567.89");
        assertThat(DisplayFormat.money(-545.75)).isEqualTo("-545.75");
        assertThat(DisplayFormat.usd(250_000)).isEqualTo("250,000.00 USD");
    }

    @Test
    void aValueThatRoundsToZeroNeverShowsAMinusSign() {
        assertThat(DisplayFormat.money(-0.004)).isEqualTo("0.00");
        assertThat(DisplayFormat.percent(-0.00001)).isEqualTo("0.00%");
        assertThat(DisplayFormat.signedPercent(-0.00001)).isEqualTo("0.00%");
        assertThat(DisplayFormat.size(-0.00001)).isEqualTo("0");
    }

    @Test
    void pricesKeepFiveSignificantFiguresAndAtLeastTwoDecimals() {
        assertThat(DisplayFormat.price(96_500)).isEqualTo("96,500.00");
        assertThat(DisplayFormat.price(3_195.2398989)).isEqualTo("3,195.24");
        assertThat(DisplayFormat.price(25.123456)).isEqualTo("25.123");
        assertThat(DisplayFormat.price(1.0)).isEqualTo("1.0000");
        assertThat(DisplayFormat.price(0.0123456)).isEqualTo("0.012346");
        assertThat(DisplayFormat.priceUsd(3200)).isEqualTo("3,200.00 USD");
    }

    @Test
    void fractionsBecomePercentagesAndMultiplesCarryAnX() {
        assertThat(DisplayFormat.percent(0.871637)).isEqualTo("87.16%");
        assertThat(DisplayFormat.signedPercent(-0.0014875)).isEqualTo("-0.15%");
        assertThat(DisplayFormat.signedPercent(5.16)).isEqualTo("+516.00%");
        assertThat(DisplayFormat.multiple(87.16377)).isEqualTo("87.16x");
        assertThat(DisplayFormat.multiple(1_000_000)).isEqualTo("1,000,000.00x");
    }

    @Test
    void sizesAndDistancesAreSigned() {
        assertThat(DisplayFormat.size(20)).isEqualTo("+20");
        assertThat(DisplayFormat.size(-0.5)).isEqualTo("-0.5");
        assertThat(DisplayFormat.size(1234.56789)).isEqualTo("+1,234.5679");
        assertThat(DisplayFormat.dailyVols(-0.0425)).isEqualTo("-0.04");
        assertThat(DisplayFormat.dailyVols(64.93)).isEqualTo("+64.93");
    }

    @Test
    void amountsNameTheirAssetAndDropTrailingZeros() {
        assertThat(DisplayFormat.amount(20, "WETH")).isEqualTo("20 WETH");
        assertThat(DisplayFormat.amount(0.125, "WBTC")).isEqualTo("0.125 WBTC");
        assertThat(DisplayFormat.amount(-10_000, "USDC")).isEqualTo("-10,000 USDC");
    }

    @Test
    void numbersOfUnstatedUnitKeepTheirSignificantFigures() {
        assertThat(DisplayFormat.number(40_000)).isEqualTo("40,000.00");
        assertThat(DisplayFormat.number(-0.0918753)).isEqualTo("-0.091875");
        assertThat(DisplayFormat.number(1)).isEqualTo("1.00");
        assertThat(DisplayFormat.number(0.5)).isEqualTo("0.50");
    }

    @Test
    void nonFiniteValuesNeverLookLikeNumbers() {
        assertThat(DisplayFormat.money(Double.NaN)).isEqualTo("n/a");
        assertThat(DisplayFormat.money(Double.POSITIVE_INFINITY)).isEqualTo("+inf");
    }

    /** Where the fast path defers (near a rounding tie, very large values), the text is still the formatter's. */
    @Test
    void theFormattersTextWithSeparatorsPutInByHand() {
        java.util.Random random = new java.util.Random(20261202);
        java.util.List<Double> values = new java.util.ArrayList<>(java.util.List.of(0.0, -0.0, 0.5, -0.5, 999.5,
                -999.5, 1_000.0, 999_999.5, 1e15, -1e15, 1e300, -1e300, Double.MIN_VALUE, -Double.MIN_VALUE,
                5_822.499999999996, 6_392.5000000000055, 0.125, 2.675));
        for (int i = 0; i < 100_000; i++) {
            double magnitude = Math.pow(10, random.nextDouble() * 20 - 4);
            values.add((random.nextBoolean() ? 1 : -1) * magnitude);
            values.add((random.nextBoolean() ? 1 : -1) * (random.nextInt(2_000_000) + 0.5) / 100); // near ties
            values.add(Double.longBitsToDouble(random.nextLong()));
        }
        for (double value : values) {
            if (!Double.isFinite(value)) {
                continue;
            }
            for (int decimals = 0; decimals <= 8; decimals++) {
                assertThat(DisplayFormat.byFormatter(value, decimals)).as("%s, %d decimals", value, decimals)
                        .isEqualTo(String.format(java.util.Locale.ROOT, "%,." + decimals + "f", value));
            }
        }
    }
}
