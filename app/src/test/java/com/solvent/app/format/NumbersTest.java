package com.solvent.app.format;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumbersTest {
    @Test
    void usdAmountsHaveThousandsSeparatorsCentsAndUnit() {
        assertThat(Numbers.usd(1_234_567.891)).isEqualTo("1,234,567.89 USD");
        assertThat(Numbers.usd(-0.5)).isEqualTo("-0.50 USD");
        assertThat(Numbers.usdWhole(26_899.6)).isEqualTo("26,900 USD");
        assertThat(Numbers.signedUsd(1500)).isEqualTo("+1,500.00 USD");
    }

    @Test
    void pricesBelowOneDollarKeepFourDecimals() {
        assertThat(Numbers.price(0.99985)).isEqualTo("0.9999 USD");
        assertThat(Numbers.price(60_000)).isEqualTo("60,000.00 USD");
    }

    @Test
    void ratiosAreShownAsPercentages() {
        assertThat(Numbers.percent(0.8571)).isEqualTo("85.7 %");
        assertThat(Numbers.signedPercent(-0.124)).isEqualTo("-12.4 %");
    }

    @Test
    void nonFiniteNumbersAreShownAsMissingNeverAsNaN() {
        assertThat(Numbers.usd(Double.NaN)).isEqualTo(Numbers.MISSING);
        assertThat(Numbers.percent(Double.POSITIVE_INFINITY)).isEqualTo(Numbers.MISSING);
        assertThat(Numbers.plain(Double.NaN, 2)).isEqualTo(Numbers.MISSING);
    }

    @Test
    void agesReadAsATraderSaysThem() {
        assertThat(Numbers.age(12)).isEqualTo("12 s");
        assertThat(Numbers.age(20 * 60)).isEqualTo("20 min");
        assertThat(Numbers.age(3 * 3600 + 5)).isEqualTo("3 h");
        assertThat(Numbers.block(19_234_567)).isEqualTo("#19,234,567");
    }
}
