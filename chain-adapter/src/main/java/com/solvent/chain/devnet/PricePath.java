package com.solvent.chain.devnet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The price keeper's path: per step, each asset's log price moves by a geometric Brownian
 * increment plus, now and then, a Poisson jump; during a scheduled crash episode every asset also
 * drifts down by its crash drop spread evenly over the episode's steps. Deterministic for a seed:
 * the same seed and spec give the same prices, step by step.
 *
 * <p>Not thread-safe: one keeper thread advances it.
 */
public final class PricePath {
    /**
     * One asset's dynamics.
     *
     * @param symbol       underlying symbol (ETH, BTC)
     * @param volPerStep   standard deviation of one step's log return
     * @param crashDrop    fraction lost over the crash episode, in [0, 1)
     */
    public record AssetDynamics(String symbol, double volPerStep, double crashDrop) {
        public AssetDynamics {
            if (!(volPerStep >= 0) || !(crashDrop >= 0 && crashDrop < 1)) {
                throw new IllegalArgumentException("asset " + symbol + ": volPerStep must be >= 0 and crashDrop in [0, 1)");
            }
        }
    }

    /**
     * Path parameters.
     *
     * @param assets           per-asset dynamics
     * @param jumpProbability  chance of a jump per step and asset (the Poisson intensity per step)
     * @param jumpMean         mean log size of a jump
     * @param jumpStd          standard deviation of a jump's log size
     * @param crashStartStep   step at which the crash episode begins
     * @param crashSteps       length of the crash episode in steps ({@code 0}: no crash)
     */
    public record Spec(List<AssetDynamics> assets, double jumpProbability, double jumpMean, double jumpStd,
                       int crashStartStep, int crashSteps) {
        public Spec {
            assets = List.copyOf(assets);
            if (!(jumpProbability >= 0 && jumpProbability <= 1) || !(jumpStd >= 0) || crashStartStep < 0 || crashSteps < 0) {
                throw new IllegalArgumentException("price path: jumpProbability in [0, 1], jumpStd >= 0, crash steps >= 0");
            }
        }

        /**
         * The demo: per-step vol of 0.05% (ETH) and 0.04% (BTC) — about a minute of a busy market
         * per step; one jump in a hundred steps (log size N(-0.2%, 1%)); a crash from step 120 over
         * 10 steps of -12% ETH and -9% BTC (two minutes in at one step a second).
         */
        public static Spec demo() {
            return new Spec(List.of(new AssetDynamics("ETH", 0.0005, 0.12), new AssetDynamics("BTC", 0.0004, 0.09)),
                    0.01, -0.002, 0.01, 120, 10);
        }
    }

    private final Spec spec;
    private final SplittableRandom random;
    private final Map<String, Double> prices = new LinkedHashMap<>();
    private int step;

    /** A path starting at {@code startPrices} (USD by symbol; every asset of the spec must have one). */
    public PricePath(Spec spec, long seed, Map<String, Double> startPrices) {
        this.spec = spec;
        this.random = new SplittableRandom(seed);
        for (AssetDynamics asset : spec.assets()) {
            Double start = startPrices.get(asset.symbol());
            if (start == null || !(start > 0)) {
                throw new IllegalArgumentException("price path: no positive start price for " + asset.symbol());
            }
            prices.put(asset.symbol(), start);
        }
    }

    /** Advances one step and returns the new prices (USD by symbol). */
    public Map<String, Double> next() {
        step++;
        boolean crashing = spec.crashSteps() > 0 && step > spec.crashStartStep()
                && step <= spec.crashStartStep() + spec.crashSteps();
        for (AssetDynamics asset : spec.assets()) {
            double sigma = asset.volPerStep();
            double logReturn = -0.5 * sigma * sigma + sigma * random.nextGaussian();
            if (random.nextDouble() < spec.jumpProbability()) {
                logReturn += spec.jumpMean() + spec.jumpStd() * random.nextGaussian();
            }
            if (crashing) {
                logReturn += Math.log(1 - asset.crashDrop()) / spec.crashSteps();
            }
            prices.put(asset.symbol(), prices.get(asset.symbol()) * Math.exp(logReturn));
        }
        return Map.copyOf(prices);
    }

    /** Steps taken so far. */
    public int step() {
        return step;
    }

    /** The step after which the crash episode is over. */
    public int crashEndStep() {
        return spec.crashStartStep() + spec.crashSteps();
    }
}
