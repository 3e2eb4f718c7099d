package com.solvent.model.price;

import com.solvent.model.Checks;

import java.time.Instant;

/**
 * The price inputs for one asset.
 *
 * @param mark             price used to value positions and collateral, USD per unit, {@code > 0}
 * @param index            oracle index price, USD per unit, {@code > 0} (equal to mark where a venue has one price)
 * @param dailyVolatility  standard deviation of the daily log return (0.04 = 4% a day), {@code >= 0};
 *                         annualised vol / sqrt(365)
 * @param timestamp        when the oracle last updated this price
 * @param freshness        whether the price can be trusted
 */
public record AssetPrice(double mark, double index, double dailyVolatility, Instant timestamp, Freshness freshness) {
    public AssetPrice {
        Checks.positive(mark, "price.mark");
        Checks.positive(index, "price.index");
        Checks.nonNegative(dailyVolatility, "price.dailyVolatility");
        Checks.required(timestamp, "price.timestamp");
        Checks.required(freshness, "price.freshness");
    }

    /** A fresh price with mark = index. */
    public static AssetPrice fresh(double price, double dailyVolatility, Instant timestamp) {
        return new AssetPrice(price, price, dailyVolatility, timestamp, Freshness.FRESH);
    }

    /** A copy at another mark (and index), keeping volatility, time and freshness. */
    public AssetPrice withPrice(double price) {
        return new AssetPrice(price, price, dailyVolatility, timestamp, freshness);
    }
}
