package com.solvent.model.engine;

import com.solvent.model.market.Market;

import java.util.Arrays;

/**
 * A margin group's cushion as a function of one scalar t (a price, or a uniform price multiplier):
 * {@code cushion(t) = constant + slope x t - mmWeight x sum_j MM_j(scale_j x t)}, where MM_j is the
 * tiered maintenance requirement of a moving position whose notional is {@code scale_j x t}.
 *
 * <p>Each MM_j is continuous and linear between tier floors, so the cushion is continuous and
 * piecewise linear with breakpoints {@code floor / scale_j}. Roots are found exactly: walk the
 * breakpoints outwards from t0, find the first interval whose end changes sign, interpolate
 * (exact on a linear piece). Cost O(moving positions x tiers) breakpoints, each evaluated in
 * O(moving positions x tiers). Mutable scratch object, confined to one evaluation.
 */
final class MarginCurve {
    private double constant;
    private double slope;
    private double mmWeight = 1.0;
    private Market[] markets = new Market[4];
    private double[] scales = new double[4];
    private int moving;

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
     * lies in (0, infinity).
     */
    double nearestRoot(double t0) {
        double f0 = cushion(t0);
        if (!(f0 > 0.0)) {
            return 0.0;
        }
        double[] breakpoints = breakpoints();
        double down = rootBelow(t0, f0, breakpoints);
        double up = rootAbove(t0, f0, breakpoints);
        if (down <= 0.0) {
            return up;
        }
        if (up <= 0.0) {
            return down;
        }
        return Math.log(t0 / down) <= Math.log(up / t0) ? down : up;
    }

    private double rootBelow(double t0, double f0, double[] breakpoints) {
        double prev = t0;
        double fPrev = f0;
        int i = breakpoints.length - 1;
        while (i >= 0 && breakpoints[i] >= t0) {
            i--;
        }
        while (true) {
            double next = i >= 0 ? breakpoints[i] : 0.0;
            double fNext = cushion(next);
            if (fNext <= 0.0) {
                double root = prev - fPrev * (prev - next) / (fPrev - fNext);
                // a root at 0 means "only at a price of zero": no liquidation price
                return root > 0.0 ? Math.min(root, prev) : 0.0;
            }
            if (next == 0.0) {
                return 0.0;
            }
            prev = next;
            fPrev = fNext;
            i--;
        }
    }

    private double rootAbove(double t0, double f0, double[] breakpoints) {
        double prev = t0;
        double fPrev = f0;
        for (double next : breakpoints) {
            if (next <= t0) {
                continue;
            }
            double fNext = cushion(next);
            if (fNext <= 0.0) {
                return Math.max(prev, prev - fPrev * (next - prev) / (fNext - fPrev));
            }
            prev = next;
            fPrev = fNext;
        }
        double tailSlope = slope;
        for (int j = 0; j < moving; j++) {
            Market m = markets[j];
            tailSlope -= mmWeight * scales[j] * m.tier(m.tiers().size() - 1).maintenanceFraction();
        }
        if (tailSlope >= 0.0) {
            return 0.0;
        }
        double root = prev - fPrev / tailSlope;
        return Double.isFinite(root) ? root : 0.0;
    }

    private double[] breakpoints() {
        int count = 0;
        for (int j = 0; j < moving; j++) {
            count += markets[j].tiers().size() - 1;
        }
        double[] points = new double[count];
        int k = 0;
        for (int j = 0; j < moving; j++) {
            Market m = markets[j];
            for (int i = 1; i < m.tiers().size(); i++) {
                points[k++] = m.tier(i).notionalFloor() / scales[j];
            }
        }
        Arrays.sort(points);
        return points;
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
