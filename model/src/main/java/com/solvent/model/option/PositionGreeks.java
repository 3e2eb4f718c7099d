package com.solvent.model.option;

/**
 * The Greeks of a whole position (one contract's {@link Greeks} times the signed size), plus dollar forms.
 *
 * <p>With {@code q} the signed size, {@code F} the forward and per-contract greeks {@code delta, gamma, ...}:
 * <ul>
 *   <li>{@code value = q * price} USD (negative for a short: a liability);</li>
 *   <li>{@code delta = q * delta} units of underlying (a perp of size {@code q} has delta {@code q});</li>
 *   <li>{@code gamma = q * gamma} units of underlying per USD of underlying price;</li>
 *   <li>{@code vega = q * vega} USD per vol point; {@code theta = q * theta} USD per calendar day;</li>
 *   <li>{@code deltaNotional = delta * F} USD: the perp notional with the same first-order exposure;</li>
 *   <li>{@code dollarGamma = 0.5 * gamma * (0.01 F)^2} USD: the second-order PnL of a 1% move of the
 *       underlying (the PnL of a +1% or -1% move is approximately {@code +-0.01 deltaNotional + dollarGamma}).</li>
 * </ul>
 *
 * @param underlying     asset symbol
 * @param forward        forward used, USD per unit
 * @param value          mark-to-model value, USD
 * @param delta          units of underlying
 * @param gamma          units of underlying per USD
 * @param vega           USD per vol point
 * @param theta          USD per day
 * @param deltaNotional  USD
 * @param dollarGamma    USD per (1% move)^2
 */
public record PositionGreeks(String underlying, double forward, double value, double delta, double gamma,
                             double vega, double theta, double deltaNotional, double dollarGamma) {

    /** The position Greeks of {@code size} contracts whose per-contract Greeks are {@code g}. */
    public static PositionGreeks of(String underlying, double forward, double size, Greeks g) {
        return ofPosition(underlying, forward, size * g.price(), size * g.delta(), size * g.gamma(), size * g.vega(),
                size * g.theta());
    }

    /** A whole position's Greeks (already times its size) with the dollar forms added. */
    public static PositionGreeks ofPosition(String underlying, double forward, double value, double delta, double gamma,
                                            double vega, double theta) {
        double onePercent = 0.01 * forward;
        return new PositionGreeks(underlying, forward, value, delta, gamma, vega, theta, delta * forward,
                0.5 * gamma * onePercent * onePercent);
    }

    /** A perp or dated future of signed size {@code size}: delta = size, no value beyond its PnL, nothing else. */
    public static PositionGreeks linear(String underlying, double forward, double size) {
        return ofPosition(underlying, forward, 0.0, size, 0.0, 0.0, 0.0);
    }
}
