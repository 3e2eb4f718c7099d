package com.solvent.model.price;

import com.solvent.model.Checks;
import com.solvent.model.option.VolSurface;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Prices of every asset an evaluation may need, as of one moment, and the option inputs.
 *
 * <p>Options: the <b>forward</b> of an option underlying is that asset's mark here (its perp mark: perps
 * are held near spot by funding and the venues watched publish no forward curve), its implied vols come
 * from {@code volSurfaces}, and option values are discounted at {@code optionRate}. An account holding an
 * option whose underlying has no surface is an {@code AccountFailure} naming the underlying.
 *
 * @param prices       price per asset symbol; the quote currency ({@value #QUOTE}) need not be listed and is 1
 * @param asOf         the evaluation time (block time on chain); expiries and price ages are measured from it
 * @param volSurfaces  implied vol surface per option underlying symbol (empty when no option is held)
 * @param optionRate   continuously compounded discount rate for options, per year, in [-1, 1] (0 by default:
 *                     settlement is in a stablecoin that earns nothing on the venue)
 */
public record PriceSet(Map<String, AssetPrice> prices, Instant asOf, Map<String, VolSurface> volSurfaces,
                       double optionRate) {
    /** The quote (settlement) currency every value is expressed in. */
    public static final String QUOTE = "USD";

    public PriceSet {
        prices = Map.copyOf(Checks.required(prices, "prices"));
        Checks.required(asOf, "asOf");
        volSurfaces = Map.copyOf(Checks.required(volSurfaces, "volSurfaces"));
        Checks.within(optionRate, -1.0, 1.0, "optionRate");
    }

    /** Prices without option data. */
    public PriceSet(Map<String, AssetPrice> prices, Instant asOf) {
        this(prices, asOf, Map.of(), 0.0);
    }

    /** The vol surface of option underlying {@code asset}, if quoted. */
    public Optional<VolSurface> surface(String asset) {
        return Optional.ofNullable(volSurfaces.get(asset));
    }

    /** A copy with these vol surfaces and option rate. */
    public PriceSet withVolSurfaces(Map<String, VolSurface> surfaces, double rate) {
        return new PriceSet(prices, asOf, surfaces, rate);
    }

    public Optional<AssetPrice> get(String asset) {
        if (QUOTE.equals(asset) && !prices.containsKey(asset)) {
            return Optional.of(AssetPrice.fresh(1.0, 0.0, asOf));
        }
        return Optional.ofNullable(prices.get(asset));
    }

    /** A copy with {@code asset} priced at {@code price}. */
    public PriceSet with(String asset, AssetPrice price) {
        Map<String, AssetPrice> next = new HashMap<>(prices);
        next.put(asset, price);
        return new PriceSet(next, asOf, volSurfaces, optionRate);
    }

    /** A copy with {@code asset}'s mark and index moved to {@code mark}. */
    public PriceSet withMark(String asset, double mark) {
        AssetPrice current = get(asset).orElseThrow(() -> new IllegalArgumentException("no price for " + asset));
        return with(asset, current.withPrice(mark));
    }

    public PriceSet withAsOf(Instant time) {
        return new PriceSet(prices, time, volSurfaces, optionRate);
    }
}
