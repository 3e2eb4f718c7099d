package com.solvent.app.venue.distribution;

import com.solvent.app.venue.VenueRanking;
import com.solvent.model.distribution.LiquidationMap;
import com.solvent.model.distribution.MarginRatioHistogram;

import java.util.Map;
import java.util.Objects;

/**
 * The distributions of one ranking: the notional-weighted margin-ratio histogram and, per shockable
 * asset, the liquidation map over {@code mark x [1 - range, 1 + range]}. Immutable.
 *
 * @param ranking    what was measured
 * @param histogram  accounts and notional per margin-ratio band
 * @param maps       per asset, notional per liquidation-price band
 * @param range      half-width of the maps' price range as a fraction of the mark
 */
public record Distributions(VenueRanking ranking, MarginRatioHistogram histogram, Map<String, LiquidationMap> maps,
                            double range) {
    public Distributions {
        Objects.requireNonNull(ranking, "ranking");
        Objects.requireNonNull(histogram, "histogram");
        maps = Map.copyOf(maps);
    }
}
