package com.solvent.model.option;

import java.time.Instant;

/** Time in years of {@value Black76#DAYS_PER_YEAR} calendar days (actual/365), as every annualised quantity uses. */
public final class YearFraction {
    private static final double SECONDS_PER_YEAR = Black76.DAYS_PER_YEAR * 86_400.0;

    private YearFraction() {
    }

    /** Years from {@code from} to {@code to}; negative when {@code to} is earlier. */
    public static double between(Instant from, Instant to) {
        double seconds = (double) (to.getEpochSecond() - from.getEpochSecond())
                + (to.getNano() - from.getNano()) * 1e-9;
        return seconds / SECONDS_PER_YEAR;
    }
}
