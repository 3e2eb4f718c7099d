package com.solvent.model.scenario;

import com.solvent.model.Checks;
import com.solvent.model.option.OptionMarketData;
import com.solvent.model.option.VolSurface;
import com.solvent.model.price.AssetPrice;
import com.solvent.model.price.PriceSet;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Every market input of an evaluation: the core's {@link PriceSet} plus an implied-vol surface per option
 * underlying and the option discount rate.
 *
 * <p>The forward of an option underlying is that asset's mark in {@code prices} (the perp mark; see
 * {@link OptionMarketData}). The engine reads the same inputs as one {@link PriceSet} ({@link #priceSet()}).
 *
 * @param prices       prices and evaluation time
 * @param volSurfaces  implied vol surface per underlying symbol (only option underlyings need one)
 * @param optionRate   continuously compounded discount rate for options, per year (0 by default)
 */
public record MarketState(PriceSet prices, Map<String, VolSurface> volSurfaces, double optionRate) {
    public MarketState {
        Checks.required(prices, "market.prices");
        volSurfaces = Map.copyOf(Checks.required(volSurfaces, "market.volSurfaces"));
        Checks.within(optionRate, -1.0, 1.0, "market.optionRate");
    }

    /** Prices without option data. */
    public static MarketState of(PriceSet prices) {
        return new MarketState(prices, Map.of(), 0.0);
    }

    /** Prices and surfaces with a zero option rate. */
    public static MarketState of(PriceSet prices, Map<String, VolSurface> volSurfaces) {
        return new MarketState(prices, volSurfaces, 0.0);
    }

    /**
     * The engine's view of this state: {@link #prices} carrying {@link #volSurfaces} and {@link #optionRate}
     * (surfaces already on {@code prices} stay unless replaced here).
     */
    public PriceSet priceSet() {
        if (volSurfaces.isEmpty() && optionRate == prices.optionRate()) {
            return prices;
        }
        Map<String, VolSurface> surfaces = volSurfaces;
        if (!prices.volSurfaces().isEmpty()) {
            Map<String, VolSurface> merged = new HashMap<>(prices.volSurfaces());
            merged.putAll(volSurfaces);
            surfaces = merged;
        }
        return prices.withVolSurfaces(surfaces, optionRate);
    }

    public Instant asOf() {
        return prices.asOf();
    }

    /** The option view of this state: forwards = marks of every priced asset, the surfaces and the rate. */
    public OptionMarketData optionMarket() {
        Map<String, Double> forwards = new HashMap<>();
        for (Map.Entry<String, AssetPrice> e : prices.prices().entrySet()) {
            forwards.put(e.getKey(), e.getValue().mark());
        }
        return new OptionMarketData(prices.asOf(), forwards, volSurfaces, optionRate);
    }

    public MarketState withPrices(PriceSet next) {
        return new MarketState(next, volSurfaces, optionRate);
    }

    public MarketState withSurface(String underlying, VolSurface surface) {
        Map<String, VolSurface> next = new HashMap<>(volSurfaces);
        next.put(underlying, surface);
        return new MarketState(prices, next, optionRate);
    }
}
