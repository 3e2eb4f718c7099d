package com.solvent.app.format;

/**
 * {@code String.format(Locale.ROOT, "%,.Nf", value)} without the formatter, for the figures a
 * live screen formats at every block ({@code String.format} parses its pattern and builds a
 * {@code Formatter} per call: about a seventh of applying a block). Same text, or null when this
 * cannot be sure of giving the same text, and the caller formats with {@code String.format}.
 *
 * <p>Why it gives the same text: {@code Formatter} rounds half up the decimal digits of the
 * double (a decimal that reads back as the same double, so within half an ulp of it). Here the
 * value scaled by 10^N is rounded from its binary value; the two differ by a few ulps of the
 * scaled value at most, which decides the rounding differently only near a tie (a fraction of
 * .5). Near a tie, and for scaled values above 2^40 where ulps grow, this returns null.
 */
final class FastFixed {
    private static final long[] POWERS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
            100_000_000L};
    private static final double LIMIT = 0x1p40;
    /** Far above the few ulps (at most 2^-12 each below the limit) by which the two roundings' inputs differ. */
    private static final double TIE_MARGIN = 1e-3;

    private FastFixed() {
    }

    /** The text, with a {@code -} only when it is not zero, or null (see the class comment). */
    static String format(double value, int decimals) {
        if (decimals < 0 || decimals >= POWERS.length || !Double.isFinite(value)) {
            return null;
        }
        double scaled = Math.abs(value) * POWERS[decimals];
        if (!(scaled < LIMIT)) {
            return null;
        }
        double whole = Math.floor(scaled);
        double fraction = scaled - whole;
        if (Math.abs(fraction - 0.5) < TIE_MARGIN) {
            return null;
        }
        long rounded = (long) whole + (fraction > 0.5 ? 1 : 0);
        long power = POWERS[decimals];
        long integer = rounded / power;
        long decimal = rounded % power;

        StringBuilder text = new StringBuilder(24);
        if (rounded != 0 && value < 0) {
            text.append('-');
        }
        String digits = Long.toString(integer);
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        text.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            text.append(',').append(digits, i, i + 3);
        }
        if (decimals > 0) {
            text.append('.');
            String fractionDigits = Long.toString(decimal);
            for (int i = fractionDigits.length(); i < decimals; i++) {
                text.append('0');
            }
            text.append(fractionDigits);
        }
        return text.toString();
    }
}
