package com.solvent.app.venue.distribution;

import com.solvent.app.venue.VenueRanking;
import com.solvent.model.distribution.LiquidationLevel;
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

    /**
     * The share of the venue's open notional held by accounts at a margin ratio of 100 % or more
     * (liquidatable): the histogram's bands from 1 up over all bands, in [0, 1]; 0 without notional.
     */
    public double liquidatableShare() {
        double total = histogram.totalNotional();
        return total > 0 ? histogram.liquidatableNotional() / total : 0.0;
    }

    /**
     * Notional, USD, of {@code map}'s positions whose liquidation price lies in a band below the mark
     * (the band's upper edge at or under it): what a fall within the range liquidates, longs for the most
     * part. The bands split exactly at the mark when their number is even, as the desk draws them.
     */
    public static double notionalBelowMark(LiquidationMap map) {
        double below = 0;
        for (LiquidationLevel level : map.levels()) {
            if (level.priceTo() <= map.mark() * (1 + 1e-12)) {
                below += level.notional();
            }
        }
        return below;
    }

    /** Notional, USD, of the bands above the mark: what a rise within the range liquidates, mostly shorts. */
    public static double notionalAboveMark(LiquidationMap map) {
        return map.notionalInRange() - notionalBelowMark(map);
    }
}
