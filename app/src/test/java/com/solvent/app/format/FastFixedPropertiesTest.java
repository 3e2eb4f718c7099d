package com.solvent.app.format;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screen's formatter without {@code String.format} gives exactly the text the formatter gave
 * (the independent source here): any double, any number of decimals the screen uses.
 */
class FastFixedPropertiesTest {

    @Property(tries = 20_000)
    void groupedIsStringFormatWithoutANegativeZero(@ForAll("doubles") double value, @ForAll @IntRange(max = 8) int decimals) {
        assertThat(DisplayFormat.grouped(value, decimals)).as("%s with %d decimals", value, decimals)
                .isEqualTo(reference(value, decimals));
    }

    @Property(tries = 20_000)
    void theFastPathAnswersOnlyWhatTheFormatterWouldSay(@ForAll("doubles") double value,
                                                       @ForAll @IntRange(max = 8) int decimals) {
        String fast = FastFixed.format(value, decimals);
        if (fast != null) {
            assertThat(fast).as("%s with %d decimals", value, decimals).isEqualTo(reference(value, decimals));
        }
    }

    @Property(tries = 5_000)
    void screenColumnsReadAsBefore(@ForAll("doubles") double value) {
        String whole = Double.isFinite(value) ? String.format(Locale.ROOT, "%,.0f", value).replace("-0", "0")
                : ScreenFormat.MISSING;
        assertThat(ScreenFormat.whole(value)).isEqualTo(whole);
        String compact = !Double.isFinite(value) ? ScreenFormat.MISSING : Math.abs(value) < 999_999.5 ? whole
                : String.format(Locale.ROOT, "%,.2fM", value / 1_000_000);
        assertThat(ScreenFormat.compactWhole(value)).isEqualTo(compact);
    }

    @Example
    void tiesRoundHalfUpAsTheFormatterDoes() {
        for (double tie : new double[] {0.125, -0.125, 2.5, -2.5, 1.005, 0.005, -0.005, 1234.565, 0.5}) {
            for (int decimals = 0; decimals <= 3; decimals++) {
                assertThat(DisplayFormat.grouped(tie, decimals)).isEqualTo(reference(tie, decimals));
            }
        }
        assertThat(DisplayFormat.grouped(-0.0, 2)).isEqualTo("0.00");
        assertThat(DisplayFormat.grouped(-1234567.891, 2)).isEqualTo("-1,234,567.89");
        assertThat(DisplayFormat.grouped(Double.NaN, 2)).isEqualTo("n/a");
        assertThat(DisplayFormat.grouped(Double.POSITIVE_INFINITY, 2)).isEqualTo("+inf");
        assertThat(DisplayFormat.grouped(Double.NEGATIVE_INFINITY, 0)).isEqualTo("-inf");
    }

    @Provide
    Arbitrary<Double> doubles() {
        return Arbitraries.frequencyOf(
                // Screen-sized figures: cents, prices, ratios, both signs.
                Tuple.of(4, Arbitraries.doubles().between(-1e7, 1e7).ofScale(6)),
                // Any bit pattern: tiny, huge (beyond the fast path), sub-normal.
                Tuple.of(3, Arbitraries.longs().map(Double::longBitsToDouble)),
                // At and next to binary ties: k / 2^n is exact for a small n.
                Tuple.of(2, Arbitraries.integers().between(-2_000_000, 2_000_000)
                        .flatMap(k -> Arbitraries.integers().between(0, 12).map(n -> k / Math.pow(2, n)))),
                // Decimal ties as typed: 1.005, 12.345, 0.0000125.
                Tuple.of(2, Arbitraries.integers().between(-10_000_000, 10_000_000)
                        .flatMap(k -> Arbitraries.integers().between(0, 9).map(n -> (k * 10.0 + 5) / Math.pow(10, n + 1)))),
                Tuple.of(1, Arbitraries.of(0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                        Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, 0x1p40, -0x1p40, 999_999.5, -999_999.5)));
    }

    private static String reference(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "n/a" : (value > 0 ? "+inf" : "-inf");
        }
        String text = String.format(Locale.ROOT, "%,." + decimals + "f", value);
        return text.startsWith("-") && text.substring(1).chars().allMatch(c -> c == '0' || c == '.' || c == ',')
                ? text.substring(1) : text;
    }
}
