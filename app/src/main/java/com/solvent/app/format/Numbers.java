package com.solvent.app.format;

import java.util.Locale;

/**
 * The one place where the workstation turns numbers into text: thousands separators, a fixed
 * number of decimals per kind of quantity and the unit after the number, so that columns of
 * figures line up (right-aligned, tabular digits) and a reader never has to guess the unit.
 *
 * <p>Formatting is locale-independent on purpose (comma thousands, point decimals): traders
 * copy these figures into tickets and chats where a localised decimal comma would be misread.
 * A non-finite input is shown as {@link #MISSING} rather than as "NaN" or "Infinity".
 */
public final class Numbers {
    /** What a cell shows when there is no number to show. */
    public static final String MISSING = "—";

    private static final Locale FIXED = Locale.US;

    private Numbers() {
    }

    /** A USD amount with cents and thousands separators: {@code 12,345.67 USD}. */
    public static String usd(double amount) {
        return Double.isFinite(amount) ? String.format(FIXED, "%,.2f USD", amount) : MISSING;
    }

    /** A USD amount rounded to whole dollars, for narrow overview columns: {@code 12,346 USD}. */
    public static String usdWhole(double amount) {
        return Double.isFinite(amount) ? String.format(FIXED, "%,.0f USD", amount) : MISSING;
    }

    /** A signed USD amount that always shows its sign: {@code +1,234.50 USD}, {@code -12.00 USD}. */
    public static String signedUsd(double amount) {
        return Double.isFinite(amount) ? String.format(FIXED, "%+,.2f USD", amount) : MISSING;
    }

    /**
     * A price in USD per unit, with as many decimals as its size needs (4 below 1 USD, 2 above):
     * {@code 3,012.50 USD}, {@code 0.9998 USD}.
     */
    public static String price(double price) {
        if (!Double.isFinite(price)) {
            return MISSING;
        }
        return String.format(FIXED, Math.abs(price) < 1.0 ? "%,.4f USD" : "%,.2f USD", price);
    }

    /** A quantity of an asset with 4 decimals and its symbol: {@code 1,250.0000 ETH}. */
    public static String quantity(double amount, String asset) {
        return Double.isFinite(amount) ? String.format(FIXED, "%,.4f %s", amount, asset) : MISSING;
    }

    /** A fraction shown as a percentage with one decimal: 0.8532 becomes {@code 85.3 %}. */
    public static String percent(double fraction) {
        return Double.isFinite(fraction) ? String.format(FIXED, "%,.1f %%", fraction * 100.0) : MISSING;
    }

    /** A signed fraction as a percentage that always shows its sign: {@code -12.4 %}. */
    public static String signedPercent(double fraction) {
        return Double.isFinite(fraction) ? String.format(FIXED, "%+,.1f %%", fraction * 100.0) : MISSING;
    }

    /** A signed number already in percent (a slider's move): {@code +5.0 %}. */
    public static String signedPercentPoints(double percent) {
        return Double.isFinite(percent) ? String.format(FIXED, "%+,.1f %%", percent) : MISSING;
    }

    /** A signed change of a fraction, in percentage points: 0.052 becomes {@code +5.2 pp}. */
    public static String signedPercentPoints100(double fractionChange) {
        return Double.isFinite(fractionChange) ? String.format(FIXED, "%+,.1f pp", fractionChange * 100.0) : MISSING;
    }

    /** A plain number with {@code decimals} decimals and thousands separators, no unit (Greeks, weights). */
    public static String plain(double value, int decimals) {
        return Double.isFinite(value) ? String.format(FIXED, "%,." + decimals + "f", value) : MISSING;
    }

    /** A multiple, as leverage is quoted: {@code 4.25x}. */
    public static String multiple(double value) {
        return Double.isFinite(value) ? String.format(FIXED, "%,.2fx", value) : MISSING;
    }

    /** A block number with thousands separators: {@code #19,234,567}. */
    public static String block(long number) {
        return String.format(FIXED, "#%,d", number);
    }

    /** A duration in milliseconds: {@code 42 ms}. */
    public static String millis(long millis) {
        return String.format(FIXED, "%,d ms", millis);
    }

    /** An age in seconds as a trader reads it: {@code 12 s}, {@code 3 min}, {@code 2 h}. */
    public static String age(long seconds) {
        if (seconds < 0) {
            return MISSING;
        }
        if (seconds < 120) {
            return seconds + " s";
        }
        if (seconds < 7_200) {
            return (seconds / 60) + " min";
        }
        return (seconds / 3_600) + " h";
    }
}
