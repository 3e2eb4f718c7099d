package com.solvent.model.cascade;

import com.solvent.model.Checks;

import java.util.Map;

/**
 * How far liquidation flow moves prices: linear impact on cumulative net flow,
 * {@code P = P_shock x (1 - impact x netSold / depth)}, i.e. {@code dP/P_shock = -impact x dNetSold / depth}.
 *
 * <p>{@code netSold} is the cumulative notional (USD at the fill marks) the liquidations of a cascade
 * have sold in the asset minus what they bought: closing a long sells and pushes the price down,
 * closing a short buys and pushes it up. The factor is floored at {@value #MIN_FACTOR} so that a
 * price stays positive however much is sold.
 *
 * @param impact    dimensionless impact coefficient in [0, 100]: selling {@code depth} USD moves the price by
 *                  {@code -impact x 100%}; 0 turns impact off
 * @param depthUsd  per asset (market underlying), the notional in USD whose sale moves its price by
 *                  {@code -impact}, {@code > 0}; an asset not listed has unlimited depth (no impact)
 */
public record MarketDepth(double impact, Map<String, Double> depthUsd) {
    /** Smallest price factor: a price never falls below this fraction of its shocked level. */
    public static final double MIN_FACTOR = 1e-6;

    public MarketDepth {
        Checks.within(impact, 0.0, 100.0, "depth.impact");
        depthUsd = Map.copyOf(Checks.required(depthUsd, "depth.depthUsd"));
        depthUsd.forEach((asset, d) -> Checks.positive(d, "depth " + asset));
    }

    /** Impact 1 with the same depth for every listed asset. */
    public static MarketDepth linear(Map<String, Double> depthUsd) {
        return new MarketDepth(1.0, depthUsd);
    }

    /** No price impact: a cascade is then a single liquidation sweep. */
    public static MarketDepth none() {
        return new MarketDepth(0.0, Map.of());
    }

    /**
     * The factor applied to {@code asset}'s shocked price after {@code netSold} USD of cumulative net
     * selling: {@code max(MIN_FACTOR, 1 - impact x netSold / depth)}; 1 for an asset without a depth.
     */
    public double priceFactor(String asset, double netSold) {
        Double depth = depthUsd.get(asset);
        if (depth == null || impact == 0.0) {
            return 1.0;
        }
        return Math.max(MIN_FACTOR, 1.0 - impact * netSold / depth);
    }
}
