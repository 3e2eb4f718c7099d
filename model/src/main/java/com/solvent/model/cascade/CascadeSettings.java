package com.solvent.model.cascade;

import com.solvent.model.Checks;

/**
 * Parameters of a cascade simulation.
 *
 * @param depth          the price impact of liquidation flow
 * @param tolerance      convergence: the cascade stops when no asset's price moved by more than this
 *                       relative amount in the last round ({@code |P_next / P - 1|}), in [0, 1)
 * @param maxRounds      the cascade stops (not converged) after this many rounds, {@code >= 1}
 * @param insuranceFund  the insurance fund's balance at the start, USD, {@code >= 0}
 */
public record CascadeSettings(MarketDepth depth, double tolerance, int maxRounds, double insuranceFund) {
    /** Default tolerance: one basis point. */
    public static final double DEFAULT_TOLERANCE = 1e-4;
    /** Default round limit. */
    public static final int DEFAULT_MAX_ROUNDS = 50;

    public CascadeSettings {
        Checks.required(depth, "cascade.depth");
        Checks.within(tolerance, 0.0, 0.999, "cascade.tolerance");
        if (maxRounds < 1) {
            throw new IllegalArgumentException("cascade.maxRounds must be at least 1, was " + maxRounds);
        }
        Checks.nonNegative(insuranceFund, "cascade.insuranceFund");
    }

    /** Default tolerance and round limit. */
    public static CascadeSettings of(MarketDepth depth, double insuranceFund) {
        return new CascadeSettings(depth, DEFAULT_TOLERANCE, DEFAULT_MAX_ROUNDS, insuranceFund);
    }
}
