package com.solvent.app.format;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScreenFormatTest {
    @Test
    void sharedQuantitiesReadExactlyAsInTheCommandLineReport() {
        assertThat(ScreenFormat.usd(1_234_567.891)).isEqualTo(DisplayFormat.usd(1_234_567.891)).isEqualTo("1,234,567.89 USD");
        assertThat(ScreenFormat.percent(0.8571)).isEqualTo(DisplayFormat.percent(0.8571));
        assertThat(ScreenFormat.price(60_000)).isEqualTo(DisplayFormat.priceUsd(60_000));
    }

    @Test
    void theNarrowestColumnsShowMillionsAsM() {
        assertThat(ScreenFormat.compactWhole(999_999.4)).isEqualTo("999,999");
        assertThat(ScreenFormat.compactWhole(5_101_234)).isEqualTo("5.10M");
        assertThat(ScreenFormat.compactWhole(-1_250_000)).isEqualTo("-1.25M");
        assertThat(ScreenFormat.compactWhole(Double.NaN)).isEqualTo(ScreenFormat.MISSING);
    }

    @Test
    void narrowColumnsShowWholeDollarsWithSeparators() {
        assertThat(ScreenFormat.whole(26_899.6)).isEqualTo("26,900");
        assertThat(ScreenFormat.whole(-3_000.2)).isEqualTo("-3,000");
        assertThat(ScreenFormat.whole(-0.2)).isEqualTo("0");
        assertThat(ScreenFormat.signedUsd(1500)).isEqualTo("+1,500.00 USD");
    }

    @Test
    void nonFiniteNumbersAreShownAsMissingNeverAsNaN() {
        assertThat(ScreenFormat.usd(Double.NaN)).isEqualTo(ScreenFormat.MISSING);
        assertThat(ScreenFormat.percent(Double.POSITIVE_INFINITY)).isEqualTo(ScreenFormat.MISSING);
        assertThat(ScreenFormat.number(Double.NaN)).isEqualTo(ScreenFormat.MISSING);
    }

    @Test
    void agesBlocksAndLatenciesReadAsATraderSaysThem() {
        assertThat(ScreenFormat.age(12)).isEqualTo("12 s");
        assertThat(ScreenFormat.age(20 * 60)).isEqualTo("20 min");
        assertThat(ScreenFormat.age(3 * 3600 + 5)).isEqualTo("3 h");
        assertThat(ScreenFormat.block(19_234_567)).isEqualTo("#19,234,567");
        assertThat(ScreenFormat.millis(1_250)).isEqualTo("1,250 ms");
    }
}
