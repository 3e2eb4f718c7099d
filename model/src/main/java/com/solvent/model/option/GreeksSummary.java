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
        // Sums in plain arrays (one per underlying), records built once at the end: books have hundreds of lines.
        Map<String, double[]> sums = new TreeMap<>();
        Map<String, Double> forwards = new TreeMap<>();
        double[] total = new double[5];
        for (PositionGreeks p : positions) {
            double[] s = sums.computeIfAbsent(p.underlying(), u -> new double[7]);
            forwards.putIfAbsent(p.underlying(), p.forward());
            s[0] += p.value();
            s[1] += p.delta();
            s[2] += p.gamma();
            s[3] += p.vega();
            s[4] += p.theta();
            s[5] += p.deltaNotional();
            s[6] += p.dollarGamma();
            total[0] += p.value();
            total[1] += p.deltaNotional();
            total[2] += p.dollarGamma();
            total[3] += p.vega();
            total[4] += p.theta();
        }
        Map<String, PositionGreeks> net = new TreeMap<>();
        sums.forEach((u, s) -> net.put(u, new PositionGreeks(u, forwards.get(u), s[0], s[1], s[2], s[3], s[4], s[5], s[6])));
        return new GreeksSummary(net, total[0], total[1], total[2], total[3], total[4]);
    }
}
