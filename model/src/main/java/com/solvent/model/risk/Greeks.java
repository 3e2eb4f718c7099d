package com.solvent.model.risk;

import com.solvent.model.Checks;

/**
 * First and second order sensitivities of a position's value, for the whole position (size included).
 *
 * @param delta  USD per USD move of the underlying = underlying units (a linear position's delta is its size)
 * @param gamma  change of delta per USD move of the underlying
 * @param vega   USD per 1.00 (100 vol points) change of implied volatility
 * @param theta  USD per day of time passing
 */
public record Greeks(double delta, double gamma, double vega, double theta) {
    public static final Greeks ZERO = new Greeks(0, 0, 0, 0);

    public Greeks {
        Checks.finite(delta, "greeks.delta");
        Checks.finite(gamma, "greeks.gamma");
        Checks.finite(vega, "greeks.vega");
        Checks.finite(theta, "greeks.theta");
    }

    /** A linear position (perpetual, future): delta = size, nothing else. */
    public static Greeks linear(double size) {
        return new Greeks(size, 0, 0, 0);
    }
}
