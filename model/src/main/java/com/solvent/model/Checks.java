package com.solvent.model;

/**
 * Argument checks for the compact constructors of the model's records. Every failure names the
 * offending field, so that a message reaching the user says what is wrong and where.
 */
public final class Checks {
    private Checks() {
    }

    /** Fails unless {@code value} is a finite number. */
    public static double finite(double value, String field) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number, was " + value);
        }
        return value;
    }

    /** Fails unless {@code value} is finite and {@code >= 0}. */
    public static double nonNegative(double value, String field) {
        finite(value, field);
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative, was " + value);
        }
        return value;
    }

    /** Fails unless {@code value} is finite and {@code > 0}. */
    public static double positive(double value, String field) {
        finite(value, field);
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be positive, was " + value);
        }
        return value;
    }

    /** Fails unless {@code value} lies in {@code [lo, hi]}. */
    public static double within(double value, double lo, double hi, String field) {
        finite(value, field);
        if (value < lo || value > hi) {
            throw new IllegalArgumentException(field + " must lie in [" + lo + ", " + hi + "], was " + value);
        }
        return value;
    }

    /** Fails unless {@code value} is a non-blank string. */
    public static String nonBlank(String value, String field) {
        if (value == null) {
            throw new NullPointerException(field + " is required");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /** Fails when {@code value} is null. */
    public static <T> T required(T value, String field) {
        // The message is built only on failure: records of the engine's results are built millions
        // of times, and an eager concatenation was a fifth of a 20-position account's evaluation.
        if (value == null) {
            throw new NullPointerException(field + " is required");
        }
        return value;
    }

    // Variants naming the field "kind id.field", concatenated only on failure: the engine's result
    // records are built millions of times, and an eager message string would dominate the cost.

    /** Fails unless {@code value} is a finite number; the field is named {@code kind id.field}. */
    public static double finite(double value, String kind, String id, String field) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(kind + " " + id + "." + field + " must be a finite number, was " + value);
        }
        return value;
    }

    /** Fails unless {@code value} is finite and {@code >= 0}; the field is named {@code kind id.field}. */
    public static double nonNegative(double value, String kind, String id, String field) {
        finite(value, kind, id, field);
        if (value < 0) {
            throw new IllegalArgumentException(kind + " " + id + "." + field + " must not be negative, was " + value);
        }
        return value;
    }

    /** Fails unless {@code value} is finite and {@code > 0}; the field is named {@code kind id.field}. */
    public static double positive(double value, String kind, String id, String field) {
        finite(value, kind, id, field);
        if (value <= 0) {
            throw new IllegalArgumentException(kind + " " + id + "." + field + " must be positive, was " + value);
        }
        return value;
    }

    /** Fails when {@code value} is null; the field is named {@code kind id.field}. */
    public static <T> T required(T value, String kind, String id, String field) {
        if (value == null) {
            throw new NullPointerException(kind + " " + id + "." + field + " is required");
        }
        return value;
    }
}
