package com.solvent.model.risk;

import com.solvent.model.Checks;

/**
 * First and second order sensitivities of a position's value, for the whole position (size included).
 * Units are those of the option package ({@link com.solvent.model.option.Greeks}) times the signed size, so
 * an option row and its pricer agree number for number.
 *
 * @param delta  USD per USD move of the underlying = underlying units (a perp or future: its size)
 * @param gamma  change of delta per USD move of the underlying, units per USD
 * @param vega   USD per vol point: value change for +0.01 of absolute implied volatility
 * @param theta  USD per calendar day of time passing (negative for a long option at a zero rate)
 */
public record Greeks(double delta, double gamma, double vega, double theta) {
    public static final Greeks ZERO = new Greeks(0, 0, 0, 0);

    public Greeks {
        Checks.finite(delta, "greeks.delta");
        Checks.finite(gamma, "greeks.gamma");
        Checks.finite(vega, "greeks.vega");
        Checks.finite(theta, "greeks.theta");
    }

    /** The sum of two positions' Greeks (meaningful for delta and gamma only on one underlying). */
    public Greeks plus(Greeks other) {
        return new Greeks(delta + other.delta, gamma + other.gamma, vega + other.vega, theta + other.theta);
    }

    /** A linear position (perpetual, future): delta = size, nothing else. */
    public static Greeks linear(double size) {
        return new Greeks(size, 0, 0, 0);
    }
}
