package com.solvent.app.venue;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Reads the amounts a risk officer types into the desk's fields: {@code 250000}, {@code 250,000},
 * {@code 250k}, {@code 1.5M}, {@code 2B}, {@code 1e6}; a blank field is no amount.
 */
public final class Amounts {
    private Amounts() {
    }

    /**
     * The amount in {@code text}, empty when blank.
     *
     * @param field  the field's name, for the message
     * @throws IllegalArgumentException naming the field and the text when it is not a finite amount
     */
    public static OptionalDouble parse(String text, String field) {
        String t = text == null ? "" : text.strip().replace(",", "").replace("_", "");
        if (t.isEmpty()) {
            return OptionalDouble.empty();
        }
        double scale = switch (Character.toLowerCase(t.charAt(t.length() - 1))) {
            case 'k' -> 1e3;
            case 'm' -> 1e6;
            case 'b' -> 1e9;
            default -> 1.0;
        };
        String digits = scale == 1.0 ? t : t.substring(0, t.length() - 1);
        try {
            double value = Double.parseDouble(digits) * scale;
            if (Double.isFinite(value) && !digits.toLowerCase(Locale.ROOT).matches(".*[a-df-z].*")) {
                return OptionalDouble.of(value);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(field + ": \"" + text.strip() + "\" is not an amount (e.g. 250000, 250k, 1.5M)");
    }

    /** Like {@link #parse} for a field that must hold an amount of at least {@code min}. */
    public static double required(String text, String field, double min) {
        double value = parse(text, field).orElseThrow(() -> new IllegalArgumentException(field + " is required"));
        if (value < min) {
            throw new IllegalArgumentException(field + " must be at least " + plain(min) + ", was " + plain(value));
        }
        return value;
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
