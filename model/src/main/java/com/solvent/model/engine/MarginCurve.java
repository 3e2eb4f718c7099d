package com.solvent.model.engine;

import com.solvent.model.market.Market;

import java.util.Arrays;

/**
 * A margin group's cushion as a function of one scalar t (a price, or a uniform price multiplier):
 * {@code cushion(t) = constant + slope x t - mmWeight x sum_j MM_j(scale_j x t)}, where MM_j is the
 * tiered maintenance requirement of a moving position whose notional is {@code scale_j x t}.
 *
 * <p>Each MM_j is continuous and linear between tier floors, so the cushion is continuous and
 * piecewise linear with breakpoints {@code floor / scale_j}. Roots are found exactly: the cushion
 * is evaluated once at t0, then walked piece by piece outwards (value and slope updated at each
 * breakpoint) until it changes sign, and the root is interpolated on that linear piece. Cost
 * O(B log K) for merging the B = moving positions x tiers breakpoints of the K moving positions, then O(B). Mutable scratch object,
 * confined to one evaluation (its arrays are reused between solves).
 */
final class MarginCurve {
    private double constant;
    private double slope;
    private double mmWeight = 1.0;
    private Market[] markets = new Market[4];
    private double[] scales = new double[4];
    private int moving;
    private double[] points = new double[8];
    private double[] deltas = new double[8];
    private double[] mergedPoints = new double[8];
    private double[] mergedDeltas = new double[8];
    private int[] runEnds = new int[4];

    MarginCurve reset(double mmWeight) {
        this.constant = 0.0;
        this.slope = 0.0;
        this.mmWeight = mmWeight;
        this.moving = 0;
        return this;
    }

    void addConstant(double value) {
        constant += value;
    }

    void addSlope(double value) {
        slope += value;
    }

    /** A position whose notional is {@code scale x t} and whose maintenance requirement is subtracted. */
    void addTiered(Market market, double scale) {
        if (moving == markets.length) {
            markets = Arrays.copyOf(markets, moving * 2);
            scales = Arrays.copyOf(scales, moving * 2);
        }
        markets[moving] = market;
        scales[moving] = scale;
        moving++;
    }

    double cushion(double t) {
        double value = constant + slope * t;
        if (mmWeight != 0.0) {
            for (int j = 0; j < moving; j++) {
                value -= mmWeight * markets[j].maintenanceRequirement(scales[j] * t);
            }
        }
        return value;
    }

    /**
     * The root nearest {@code t0} in log distance, given {@code cushion(t0) > 0}; 0 when no root
     * lies in (0, infinity) or the cushion at t0 is not positive.
     */
    double nearestRoot(double t0) {
        double f0 = cushion(t0);
        if (!(f0 > 0.0)) {
            return 0.0;
        }
        int count = sortBreakpoints();
        // slope below every breakpoint: every moving position in its first tier
        double base = slope;
        for (int j = 0; j < moving; j++) {
            base -= mmWeight * scales[j] * markets[j].tier(0).maintenanceFraction();
        }
        return PiecewiseRoot.nearest(t0, f0, base, points, deltas, count);
    }

    /**
     * Fills {@code points} with every breakpoint {@code floor / scale} in increasing order and
     * {@code deltas} with the change of the cushion's slope when t crosses it upwards
     * ({@code -mmWeight x scale x (mmf(n) - mmf(n-1))}). Each position's breakpoints arrive sorted (its
     * floors increase), so the K positions' runs are merged pairwise, bottom up: O(B log K) where an
     * insertion sort was O(B^2) for the ~60 breakpoints of 20 tiered positions on one underlying. With
     * {@code mmWeight = 0} (a bankruptcy price) every delta is 0, so there is nothing to sort.
     */
    private int sortBreakpoints() {
        if (mmWeight == 0.0) {
            return 0;
        }
        int count = breakpointCount();
        if (points.length < count) {
            points = new double[count];
            deltas = new double[count];
            mergedPoints = new double[count];
            mergedDeltas = new double[count];
        }
        if (runEnds.length < moving) {
            runEnds = new int[moving];
        }
        int k = 0;
        int runs = 0;
        for (int j = 0; j < moving; j++) {
            Market m = markets[j];
            for (int i = 1; i < m.tiers().size(); i++) {
                points[k] = m.tier(i).notionalFloor() / scales[j];
                deltas[k] = -mmWeight * scales[j]
                        * (m.tier(i).maintenanceFraction() - m.tier(i - 1).maintenanceFraction());
                k++;
            }
            if (runs == 0 || runEnds[runs - 1] < k) {
                runEnds[runs++] = k;
            }
        }
        while (runs > 1) {
            int merged = 0;
            int from = 0;
            for (int r = 0; r < runs; r += 2) {
                int mid = runEnds[r];
                int to = r + 1 < runs ? runEnds[r + 1] : mid;
                merge(from, mid, to);
                runEnds[merged++] = to;
                from = to;
            }
            runs = merged;
            double[] swap = points;
            points = mergedPoints;
            mergedPoints = swap;
            swap = deltas;
            deltas = mergedDeltas;
            mergedDeltas = swap;
        }
        return count;
    }

    /** Merges the sorted runs [from, mid) and [mid, to) of the breakpoints into the same range of the buffers. */
    private void merge(int from, int mid, int to) {
        int a = from;
        int b = mid;
        for (int out = from; out < to; out++) {
            if (b >= to || (a < mid && points[a] <= points[b])) {
                mergedPoints[out] = points[a];
                mergedDeltas[out] = deltas[a++];
            } else {
                mergedPoints[out] = points[b];
                mergedDeltas[out] = deltas[b++];
            }
        }
    }

    int movingCount() {
        return moving;
    }

    int breakpointCount() {
        int count = 0;
        for (int j = 0; j < moving; j++) {
            count += markets[j].tiers().size() - 1;
        }
        return count;
    }
}
