package com.solvent.app.format;

import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * Numbers as the workstation's screen shows them. The conventions (separators, decimals, units)
 * are {@link DisplayFormat}'s, shared with the command line, so a figure reads the same in a
 * report and on screen; this class adds only what a live screen needs besides: a dash instead of
 * a number that is not there, whole dollars for narrow overview columns, ages, block numbers and
 * latencies.
 */
public final class ScreenFormat {
    /** What a cell shows when there is no number to show (never "NaN"). */
    public static final String MISSING = "—";

    private static final Locale FIXED = Locale.ROOT;

    private ScreenFormat() {
    }

    /** A USD amount with its unit: {@code 12,345.67 USD}. */
    public static String usd(double amount) {
        return finite(amount, DisplayFormat::usd);
    }

    /** A USD amount rounded to whole dollars, for narrow columns whose header carries the unit: {@code 12,346}. */
    public static String whole(double amount) {
        return finite(amount, v -> DisplayFormat.grouped(v, 0));
    }

    /**
     * A USD amount for the narrowest columns: whole dollars below a million, then millions with
     * two decimals: {@code 26,900}, {@code 5.10M}, {@code -1.25M}.
     */
    public static String compactWhole(double amount) {
        return Math.abs(amount) < 999_999.5 ? whole(amount)
                : finite(amount, v -> DisplayFormat.grouped(v / 1_000_000, 2) + "M");
    }

    /** A signed USD amount: {@code +1,234.50 USD}, {@code -12.00 USD}. */
    public static String signedUsd(double amount) {
        return finite(amount, v -> (v > 0 ? "+" : "") + DisplayFormat.usd(v));
    }

    /** A price with its unit, five significant figures at least: {@code 3,012.50 USD}, {@code 0.99980 USD}. */
    public static String price(double price) {
        return finite(price, DisplayFormat::priceUsd);
    }

    /** A price without its unit, for table columns whose header carries it: {@code 3,012.50}. */
    public static String plainPrice(double price) {
        return finite(price, DisplayFormat::price);
    }

    /** A USD amount without its unit, cents kept, for columns whose header carries it: {@code -1,234.50}. */
    public static String plainUsd(double amount) {
        return finite(amount, DisplayFormat::money);
    }

    /** A signed USD amount without its unit: {@code +1,234.50}. */
    public static String signedPlainUsd(double amount) {
        return finite(amount, v -> (v > 0 ? "+" : "") + DisplayFormat.money(v));
    }

    /** A quantity of an asset: {@code 1,250.5 ETH}. */
    public static String quantity(double amount, String asset) {
        return finite(amount, v -> DisplayFormat.amount(v, asset));
    }

    /** A signed size in underlying units: {@code +12.5}, {@code -0.25}. */
    public static String size(double units) {
        return finite(units, DisplayFormat::size);
    }

    /** A fraction as a percentage: 0.8532 becomes {@code 85.32%}. */
    public static String percent(double fraction) {
        return finite(fraction, DisplayFormat::percent);
    }

    /** A signed fraction as a percentage: {@code -12.40%}. */
    public static String signedPercent(double fraction) {
        return finite(fraction, DisplayFormat::signedPercent);
    }

    /** A signed number already in percent (a slider's move): {@code +5.0%}. */
    public static String signedPercentPoints(double percent) {
        return finite(percent, v -> String.format(FIXED, "%+,.1f%%", v));
    }

    /** A signed change of a fraction in percentage points: 0.052 becomes {@code +5.20 pp}. */
    public static String signedPercentPoints100(double fractionChange) {
        return finite(fractionChange, v -> String.format(FIXED, "%+,.2f pp", v * 100.0));
    }

    /** A number of unstated unit (Greeks, weights, explanation terms). */
    public static String number(double value) {
        return finite(value, DisplayFormat::number);
    }

    /** A multiple, as leverage is quoted: {@code 4.25x}. */
    public static String multiple(double value) {
        return finite(value, DisplayFormat::multiple);
    }

    /** A signed distance in daily volatilities: {@code -2.31 σ}. */
    public static String dailyVols(double vols) {
        return finite(vols, v -> DisplayFormat.dailyVols(v) + " σ");
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

    private static String finite(double value, DoubleFunction<String> format) {
        return Double.isFinite(value) ? format.apply(value) : MISSING;
    }
}
