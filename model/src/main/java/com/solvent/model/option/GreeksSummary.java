package com.solvent.model.option;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Greeks netted per underlying and summed over an account.
 *
 * <p>Per underlying every field of {@link PositionGreeks} adds up. Across underlyings only the USD
 * quantities can be added (value, delta notional, dollar gamma, vega, theta); deltas in different assets
 * cannot. Perps and dated futures enter through {@link PositionGreeks#linear}: delta = size, nothing else.
 *
 * @param byUnderlying   net Greeks per underlying symbol (sorted by symbol)
 * @param value          sum of option values, USD
 * @param deltaNotional  sum of delta notionals, USD
 * @param dollarGamma    sum of dollar gammas, USD per (1% move)^2
 * @param vega           sum of vegas, USD per vol point
 * @param theta          sum of thetas, USD per day
 */
public record GreeksSummary(Map<String, PositionGreeks> byUnderlying, double value, double deltaNotional,
                            double dollarGamma, double vega, double theta) {
    public GreeksSummary {
        byUnderlying = java.util.Collections.unmodifiableMap(new TreeMap<>(byUnderlying));
    }

    /** Nets {@code positions} per underlying and sums the USD quantities. */
    public static GreeksSummary of(Collection<PositionGreeks> positions) {
        Map<String, PositionGreeks> net = new TreeMap<>();
        double value = 0;
        double deltaNotional = 0;
        double dollarGamma = 0;
        double vega = 0;
        double theta = 0;
        for (PositionGreeks p : positions) {
            net.merge(p.underlying(), p, GreeksSummary::plus);
            value += p.value();
            deltaNotional += p.deltaNotional();
            dollarGamma += p.dollarGamma();
            vega += p.vega();
            theta += p.theta();
        }
        return new GreeksSummary(net, value, deltaNotional, dollarGamma, vega, theta);
    }

    /** Sum of two exposures to the same underlying (the forward of {@code a} is kept). */
    static PositionGreeks plus(PositionGreeks a, PositionGreeks b) {
        if (!a.underlying().equals(b.underlying())) {
            throw new IllegalArgumentException("cannot net Greeks of " + a.underlying() + " and " + b.underlying());
        }
        return new PositionGreeks(a.underlying(), a.forward(), a.value() + b.value(), a.delta() + b.delta(),
                a.gamma() + b.gamma(), a.vega() + b.vega(), a.theta() + b.theta(),
                a.deltaNotional() + b.deltaNotional(), a.dollarGamma() + b.dollarGamma());
    }
}
