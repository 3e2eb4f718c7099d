package com.solvent.model.option;

import com.solvent.model.Checks;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The market inputs option valuation needs, as of one moment.
 *
 * <p>The forward of an underlying is its perpetual's mark price: a perp is kept near spot by funding, and
 * the venues Solvent watches publish no separate rate or forward curve, so a perp mark is the best
 * forward we have for every expiry. Discounting uses the flat continuously compounded {@code rate}
 * (0 by default: settlement is in a stablecoin that earns nothing on the venue).
 *
 * @param asOf         valuation time; time to expiry is measured from it
 * @param forwards     forward (perp mark) per underlying symbol, USD per unit, {@code > 0}
 * @param volSurfaces  implied vol surface per underlying symbol
 * @param rate         discount rate per year, continuously compounded, in [-1, 1]
 */
public record OptionMarketData(Instant asOf, Map<String, Double> forwards, Map<String, VolSurface> volSurfaces,
                               double rate) {
    public OptionMarketData {
        Checks.required(asOf, "optionMarket.asOf");
        forwards = Map.copyOf(Checks.required(forwards, "optionMarket.forwards"));
        volSurfaces = Map.copyOf(Checks.required(volSurfaces, "optionMarket.volSurfaces"));
        Checks.within(rate, -1.0, 1.0, "optionMarket.rate");
        forwards.forEach((asset, f) -> Checks.positive(f, "optionMarket.forwards[" + asset + "]"));
    }

    /** Market data with {@code r = 0}. */
    public static OptionMarketData of(Instant asOf, Map<String, Double> forwards, Map<String, VolSurface> surfaces) {
        return new OptionMarketData(asOf, forwards, surfaces, 0.0);
    }

    /** The forward of {@code underlying}; fails naming the asset when it has none. */
    public double forward(String underlying) {
        Double f = forwards.get(underlying);
        if (f == null) {
            throw new IllegalArgumentException("no forward (perp mark) for option underlying " + underlying);
        }
        return f;
    }

    /** The vol surface of {@code underlying}; fails naming the asset when it has none. */
    public VolSurface surface(String underlying) {
        VolSurface s = volSurfaces.get(underlying);
        if (s == null) {
            throw new IllegalArgumentException("no vol surface for option underlying " + underlying);
        }
        return s;
    }

    /** Implied vol of {@code contract} at the current forward. */
    public double vol(OptionContract contract) {
        return surface(contract.underlying()).vol(contract.strike(), forward(contract.underlying()),
                contract.expiry(), asOf);
    }

    /** Years from {@link #asOf} to {@code expiry} (negative once past). */
    public double yearsTo(Instant expiry) {
        return YearFraction.between(asOf, expiry);
    }

    /** A copy with {@code underlying}'s forward set to {@code forward}. */
    public OptionMarketData withForward(String underlying, double forward) {
        Map<String, Double> next = new HashMap<>(forwards);
        next.put(underlying, forward);
        return new OptionMarketData(asOf, next, volSurfaces, rate);
    }

    /** A copy with {@code underlying}'s surface replaced. */
    public OptionMarketData withSurface(String underlying, VolSurface surface) {
        Map<String, VolSurface> next = new HashMap<>(volSurfaces);
        next.put(underlying, surface);
        return new OptionMarketData(asOf, forwards, next, rate);
    }

    /** A copy valued at {@code time}. */
    public OptionMarketData withAsOf(Instant time) {
        return new OptionMarketData(time, forwards, volSurfaces, rate);
    }
}
