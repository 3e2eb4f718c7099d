package com.solvent.app.format;

import java.util.Locale;

/**
 * The one place where numbers become text, for the command line and the workstation alike:
 * thousands separators, a fixed decimal point, and the unit (USD, %, x) a trader expects.
 *
 * <p>Output does not depend on the user's locale (reports are compared and pasted across desks);
 * a value that rounds to zero never shows as {@code -0.00}. All methods are pure and thread-safe.
 */
public final class DisplayFormat {
    /** Separates a number from its unit word. */
    private static final String UNIT_GAP = " ";
    /** Price digits shown at least (significant figures), so that 0.0123 and 64,250 both read well. */
    private static final int PRICE_SIGNIFICANT_DIGITS = 5;
    private static final int PRICE_MIN_DECIMALS = 2;
    private static final int PRICE_MAX_DECIMALS = 8;
    private static final double MARGIN_RATIO_CAP = com.solvent.model.engine.MarginEngine.MARGIN_RATIO_CAP;

    private DisplayFormat() {
    }

    /** A USD amount without its unit, two decimals: {@code -1,234.50}. For columns whose header carries the unit. */
    public static String money(double usd) {
        return fixed(usd, 2);
    }

    /** A USD amount with its unit: {@code 1,234.50 USD}. */
    public static String usd(double usd) {
        return money(usd) + UNIT_GAP + "USD";
    }

    /** A price in USD per unit without its unit, at least five significant figures: {@code 64,250.00}, {@code 0.012345}. */
    public static String price(double usdPerUnit) {
        return fixed(usdPerUnit, priceDecimals(usdPerUnit));
    }

    /** A price with its unit: {@code 3,120.50 USD}. */
    public static String priceUsd(double usdPerUnit) {
        return price(usdPerUnit) + UNIT_GAP + "USD";
    }

    /** A signed size in underlying units, up to four decimals, explicit sign: {@code +12.5}, {@code -0.25}. */
    public static String size(double units) {
        String digits = trimmed(Math.abs(units), 4);
        if (isZero(digits)) {
            return digits;
        }
        return (units > 0 ? "+" : "-") + digits;
    }

    /** A quantity of an asset: {@code 1,250.5 ETH} (up to eight decimals, trailing zeros dropped). */
    public static String amount(double units, String asset) {
        return negativeZeroFree(trimmed(units, 8)) + UNIT_GAP + asset;
    }

    /** A fraction as a percentage, two decimals: {@code 0.1234 -> 12.34%}. */
    public static String percent(double fraction) {
        return fixed(fraction * 100.0, 2) + "%";
    }

    /**
     * A margin ratio (maintenance requirement / equity) as a percentage, two decimals; at the engine's
     * cap ({@code MarginEngine.MARGIN_RATIO_CAP}, reported when equity is at or below zero) {@code >= 100,000.00%}.
     */
    public static String marginRatio(double ratio) {
        return ratio >= MARGIN_RATIO_CAP ? ">= " + percent(MARGIN_RATIO_CAP) : percent(ratio);
    }

    /** A signed fraction as a percentage with an explicit sign: {@code -0.052 -> -5.20%}, {@code +3.00%}. */
    public static String signedPercent(double fraction) {
        return withSign(fixed(fraction * 100.0, 2), fraction) + "%";
    }

    /** A multiple such as leverage, two decimals: {@code 3.2 -> 3.20x}. */
    public static String multiple(double times) {
        return fixed(times, 2) + "x";
    }

    /** A signed count of daily volatilities (standard deviations of a day's log return), two decimals: {@code -2.31}. */
    public static String dailyVols(double vols) {
        return withSign(fixed(vols, 2), vols);
    }

    /**
     * A number of unstated unit (an explanation term: USD, units, a fraction or a tier) with separators,
     * at least two decimals and five significant figures, extra trailing zeros dropped:
     * {@code 40000 -> 40,000.00}, {@code -0.0918753 -> -0.091875}, {@code 1 -> 1.00}.
     */
    public static String number(double value) {
        String text = fixed(value, priceDecimals(value));
        int point = text.indexOf('.');
        int end = text.length();
        while (end > point + 3 && text.charAt(end - 1) == '0') {
            end--;
        }
        return text.substring(0, end);
    }

    /** Decimals that show {@value #PRICE_SIGNIFICANT_DIGITS} significant figures of {@code price}, within [2, 8]. */
    static int priceDecimals(double price) {
        double magnitude = Math.abs(price);
        if (magnitude == 0.0 || !Double.isFinite(magnitude)) {
            return PRICE_MIN_DECIMALS;
        }
        int integerDigits = (int) Math.floor(Math.log10(magnitude)) + 1;
        return Math.clamp(PRICE_SIGNIFICANT_DIGITS - integerDigits, PRICE_MIN_DECIMALS, PRICE_MAX_DECIMALS);
    }

    /**
     * {@code value} with thousands separators and exactly {@code decimals} decimals (0 to 8), rounded
     * half up, never {@code -0}: {@code -1234.5, 2 -> -1,234.50}. The building block of the others.
     */
    public static String grouped(double value, int decimals) {
        if (!Double.isFinite(value)) {
            // The engine never returns these; if one slips through it must not look like a number.
            return Double.isNaN(value) ? "n/a" : (value > 0 ? "+inf" : "-inf");
        }
        String fast = FastFixed.format(value, decimals);
        return fast != null ? fast : negativeZeroFree(byFormatter(value, decimals));
    }

    /**
     * {@code String.format(Locale.ROOT, "%,.Nf", value)}, with the separators put in here: the
     * formatter's grouping builds a {@code DecimalFormat} at every call, which made a figure near a
     * rounding tie (where {@link FastFixed} defers to the formatter) cost more than all the others
     * of a watchlist line. Grouping does not change the digits.
     */
    static String byFormatter(double value, int decimals) {
        String plain = String.format(Locale.ROOT, "%." + decimals + "f", value);
        int start = plain.startsWith("-") ? 1 : 0;
        int point = plain.indexOf('.');
        int end = point < 0 ? plain.length() : point;
        if (end - start <= 3) {
            return plain;
        }
        StringBuilder text = new StringBuilder(plain.length() + (end - start) / 3);
        text.append(plain, 0, start);
        int first = start + ((end - start) % 3 == 0 ? 3 : (end - start) % 3);
        text.append(plain, start, first);
        for (int i = first; i < end; i += 3) {
            text.append(',').append(plain, i, i + 3);
        }
        return text.append(plain, end, plain.length()).toString();
    }

    private static String fixed(double value, int decimals) {
        return grouped(value, decimals);
    }

    // Up to maxDecimals decimals, trailing zeros and a bare point removed: 12.50 -> 12.5, 3.000 -> 3.
    private static String trimmed(double value, int maxDecimals) {
        String text = fixed(value, maxDecimals);
        if (text.indexOf('.') < 0) {
            return text;
        }
        int end = text.length();
        while (text.charAt(end - 1) == '0') {
            end--;
        }
        if (text.charAt(end - 1) == '.') {
            end--;
        }
        return text.substring(0, end);
    }

    private static String withSign(String digits, double value) {
        if (digits.startsWith("-") || isZero(digits)) {
            return digits;
        }
        return value > 0 ? "+" + digits : digits;
    }

    private static String negativeZeroFree(String text) {
        return text.startsWith("-") && isZero(text.substring(1)) ? text.substring(1) : text;
    }

    private static boolean isZero(String digits) {
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c != '0' && c != '.' && c != ',') {
                return false;
            }
        }
        return true;
    }
}
