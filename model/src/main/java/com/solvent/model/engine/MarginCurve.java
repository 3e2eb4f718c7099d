package com.solvent.model.engine;

import com.solvent.model.market.MaintenanceTier;
import com.solvent.model.market.Market;

import java.util.Arrays;

/**
 * A margin group's cushion as a function of one scalar t (a price, or a uniform price multiplier):
 * {@code cushion(t) = constant + slope x t - mmWeight x sum_j MM_j(scale_j x t)}, where MM_j is the
 * tiered maintenance requirement of a moving position whose notional is {@code scale_j x t}.
 *
 * <p>Each MM_j is continuous, piecewise linear between tier floors and convex (a market's
 * maintenance fractions never fall from one tier to the next, which {@link Market} enforces), and
 * {@code mmWeight} and the scales are not negative, so the cushion is continuous, piecewise linear
 * and concave. That gives at most one root on each side of t0 and lets the roots be found without
 * ordering the breakpoints: every piece's line lies on or above a concave cushion, so Newton's
 * step from a point past the root lands between the root and that point, and on the root's own
 * piece it lands on the root exactly. Each step crosses at least one breakpoint, so it ends after
 * at most (breakpoints + 1) steps, and after one or two in practice; each step is one pass over
 * the moving positions. Sorting the ~60 breakpoints of 20 tiered positions on one underlying was a
 * quarter of such an account's evaluation. Mutable scratch object, confined to one evaluation.
 */
final class MarginCurve {
    private double constant;
    private double slope;
    private double mmWeight = 1.0;
    private Market[] markets = new Market[4];
    private double[] scales = new double[4];
    private int moving;
    // the cushion at the last point evaluated, its slopes there and the linear piece around it
    private double value;
    private double rightSlope;
    private double leftSlope;
    private double pieceStart;
    private double pieceEnd;

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

    /** A position whose notional is {@code scale x t} ({@code scale >= 0}) and whose maintenance requirement is subtracted. */
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
        double result = constant + slope * t;
        if (mmWeight != 0.0) {
            for (int j = 0; j < moving; j++) {
                result -= mmWeight * markets[j].maintenanceRequirement(scales[j] * t);
            }
        }
        return result;
    }

    /**
     * The root nearest {@code t0} in log distance, given {@code cushion(t0) > 0}; 0 when no root
     * lies in (0, infinity) or the cushion at t0 is not positive.
     */
    double nearestRoot(double t0) {
        evaluateAt(t0);
        double f0 = value;
        if (!(f0 > 0.0)) {
            return 0.0;
        }
        double down = rootBelow(t0, f0, leftSlope, pieceStart);
        double up = rootAbove(t0, f0, rightSlope, pieceEnd);
        if (down <= 0.0) {
            return up;
        }
        if (up <= 0.0) {
            return down;
        }
        return Math.log(t0 / down) <= Math.log(up / t0) ? down : up;
    }

    /**
     * The root in (0, t0), or 0. The cushion at t = 0 is {@code constant} (no notional, no
     * requirement); a concave cushion positive at t0 and not negative at 0 is positive in between.
     */
    private double rootBelow(double t0, double f0, double slopeBelowT0, double start) {
        if (!(constant < 0.0)) {
            return 0.0;
        }
        double t = 0.0;
        if (slopeBelowT0 > 0.0) {
            double root = t0 - f0 / slopeBelowT0;
            if (root >= start) {
                return Math.max(root, 0.0);
            }
            // the tangent's root lies at or below the cushion's: start there, or at 0 if it is not positive
            t = Math.max(root, 0.0);
        }
        for (int step = 0, steps = breakpointCount(); step <= steps; step++) {
            evaluateAt(t);
            if (value >= 0.0 && t > 0.0) {
                return t;
            }
            if (!(rightSlope > 0.0)) {
                return t > 0.0 ? t : 0.0;
            }
            double next = t - value / rightSlope;
            if (next <= pieceEnd || !(next > t)) {
                return next;
            }
            t = next;
        }
        return t;
    }

    /**
     * The root in (t0, infinity), or 0. Past the last breakpoint the cushion is the line
     * {@code constant + sum deduction_last + slopeLast x t}; it falls to a root iff that slope is
     * negative beyond rounding ({@link PiecewiseRoot#isFall}).
     */
    private double rootAbove(double t0, double f0, double slopeAboveT0, double end) {
        double lastSlope = slope;
        double magnitude = Math.abs(slope);
        double lastConstant = constant;
        if (mmWeight != 0.0) {
            for (int j = 0; j < moving; j++) {
                if (scales[j] == 0.0) {
                    continue;
                }
                Market m = markets[j];
                int last = m.tiers().size() - 1;
                double term = mmWeight * scales[j] * m.tier(last).maintenanceFraction();
                lastSlope -= term;
                magnitude += term;
                lastConstant += mmWeight * m.maintenanceDeduction(last);
            }
        }
        if (!PiecewiseRoot.isFall(lastSlope, magnitude)) {
            return 0.0;
        }
        double t;
        if (slopeAboveT0 < 0.0) {
            double root = t0 - f0 / slopeAboveT0;
            if (root <= end) {
                return root;
            }
            t = root;
        } else {
            // the last piece's line lies above the cushion: its root is past the cushion's
            t = -lastConstant / lastSlope;
        }
        for (int step = 0, steps = breakpointCount(); step <= steps; step++) {
            evaluateAt(t);
            if (value >= 0.0) {
                return t;
            }
            if (!(leftSlope < 0.0)) {
                return t;
            }
            double next = t - value / leftSlope;
            if (next >= pieceStart || !(next < t)) {
                return Double.isFinite(next) ? next : 0.0;
            }
            t = next;
        }
        return Double.isFinite(t) ? t : 0.0;
    }

    /**
     * Sets {@link #value}, the slopes just below and just above t, and the linear piece
     * [{@link #pieceStart}, {@link #pieceEnd}] that holds t (its nearest breakpoints).
     */
    private void evaluateAt(double t) {
        double v = constant + slope * t;
        double right = slope;
        double left = slope;
        double start = 0.0;
        double end = Double.POSITIVE_INFINITY;
        if (mmWeight != 0.0) {
            for (int j = 0; j < moving; j++) {
                double scale = scales[j];
                if (scale == 0.0) {
                    continue;
                }
                Market m = markets[j];
                double notional = scale * t;
                int tier = m.tierOf(notional);
                MaintenanceTier bracket = m.tier(tier);
                double mmf = bracket.maintenanceFraction();
                v -= mmWeight * Math.max(0.0, notional * mmf - m.maintenanceDeduction(tier));
                right -= mmWeight * scale * mmf;
                if (tier > 0) {
                    double floor = bracket.notionalFloor();
                    // exactly on a floor the slope below is the lower tier's
                    left -= mmWeight * scale * (notional == floor ? m.tier(tier - 1).maintenanceFraction() : mmf);
                    start = Math.max(start, floor / scale);
                } else {
                    left -= mmWeight * scale * mmf;
                }
                if (tier + 1 < m.tiers().size()) {
                    end = Math.min(end, m.tier(tier + 1).notionalFloor() / scale);
                }
            }
        }
        value = v;
        rightSlope = right;
        leftSlope = left;
        pieceStart = start;
        pieceEnd = end;
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
