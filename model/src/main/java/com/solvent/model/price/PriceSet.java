package com.solvent.model.price;

import com.solvent.model.Checks;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Prices of every asset an evaluation may need, as of one moment.
 *
 * @param prices  price per asset symbol; the quote currency ({@value #QUOTE}) need not be listed and is 1
 * @param asOf    the evaluation time (block time on chain); expiries and price ages are measured from it
 */
public record PriceSet(Map<String, AssetPrice> prices, Instant asOf) {
    /** The quote (settlement) currency every value is expressed in. */
    public static final String QUOTE = "USD";

    public PriceSet {
        prices = Map.copyOf(Checks.required(prices, "prices"));
        Checks.required(asOf, "asOf");
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
        return new PriceSet(next, asOf);
    }

    /** A copy with {@code asset}'s mark and index moved to {@code mark}. */
    public PriceSet withMark(String asset, double mark) {
        AssetPrice current = get(asset).orElseThrow(() -> new IllegalArgumentException("no price for " + asset));
        return with(asset, current.withPrice(mark));
    }

    public PriceSet withAsOf(Instant time) {
        return new PriceSet(prices, time);
    }
}
