package com.solvent.model.engine;

/**
 * The exact root of a continuous, piecewise-linear cushion nearest a starting point: the walk
 * behind every liquidation price of the core (the record engine's curve and the columnar book's
 * liquidation map use this one copy).
 *
 * <p>The cushion is a function f of one scalar t (a price in USD per unit, or a price multiplier),
 * known by its value {@code f0 > 0} at {@code t0}, its slope {@code base} below every breakpoint,
 * and its breakpoints {@code points[0..count)} in increasing order with {@code deltas[b]} the change
 * of the slope when t crosses {@code points[b]} upwards. The walk goes piece by piece outwards from
 * {@code t0}, down and up, until f changes sign, and interpolates the root on that piece.
 */
public final class PiecewiseRoot {
    /** Slope terms' relative rounding below which a last slope is no fall ({@link #isFall}). */
    private static final double ROUNDING = 0x1p-40;

    private PiecewiseRoot() {
    }

    /**
     * The root nearest {@code t0} in log distance; 0 when {@code f0} is not positive or no root lies
     * in (0, infinity) (a root only at t = 0 counts as none).
     */
    public static double nearest(double t0, double f0, double base, double[] points, double[] deltas, int count) {
        if (!(f0 > 0.0)) {
            return 0.0;
        }
        double magnitude = Math.abs(base);
        double left = base;
        double right = base;
        for (int b = 0; b < count; b++) {
            magnitude += Math.abs(deltas[b]);
            if (points[b] < t0) {
                left += deltas[b];
            }
            if (points[b] <= t0) {
                right += deltas[b];
            }
        }
        double down = below(t0, f0, left, points, deltas, count);
        double up = above(t0, f0, right, points, deltas, count, magnitude);
        if (down <= 0.0) {
            return up;
        }
        if (up <= 0.0) {
            return down;
        }
        return Math.log(t0 / down) <= Math.log(up / t0) ? down : up;
    }

    /** Walks the pieces downwards from t0; {@code s} is the slope just below t0. */
    private static double below(double t0, double f0, double s, double[] points, double[] deltas, int count) {
        double prev = t0;
        double f = f0;
        int b = count - 1;
        while (b >= 0 && points[b] >= t0) {
            b--;
        }
        for (; b >= 0; b--) {
            double next = f - s * (prev - points[b]);
            if (next <= 0.0) {
                return Math.max(points[b], prev - f / s);
            }
            prev = points[b];
            f = next;
            s -= deltas[b];
        }
        // last piece down to t = 0; a root at 0 means "only at a price of zero": none
        if (s > 0.0 && f - s * prev < 0.0) {
            double root = prev - f / s;
            return root > 0.0 ? root : 0.0;
        }
        return 0.0;
    }

    /**
     * Walks the pieces upwards from t0; {@code s} is the slope just above t0, {@code magnitude} the
     * sum of the magnitudes of the slope terms (see {@link #isFall}).
     */
    private static double above(double t0, double f0, double s, double[] points, double[] deltas, int count,
                                double magnitude) {
        double prev = t0;
        double f = f0;
        for (int b = 0; b < count; b++) {
            if (points[b] <= t0) {
                continue;
            }
            double next = f + s * (points[b] - prev);
            if (next <= 0.0) {
                return Math.min(points[b], prev - f / s);
            }
            prev = points[b];
            f = next;
            s += deltas[b];
        }
        if (!isFall(s, magnitude)) {
            return 0.0;
        }
        double root = prev - f / s;
        return Double.isFinite(root) ? root : 0.0;
    }

    /**
     * True when the slope past the last breakpoint, summed from terms whose magnitudes add up to
     * {@code magnitude}, is a fall and not rounding. Terms that cancel exactly in the reals (a
     * position's price slope against the top tier's maintenance fraction, 0.15 - 0.5 x 0.1 - 1.0 x 0.1)
     * leave about 1e-17 in doubles, whose "root" lies some 1e22 times the price away: no
     * liquidation price. A relative 2^-40 is far above the rounding of a few hundred terms and far
     * below any slope whose root is a price (it would lie over 10^12 times away).
     */
    static boolean isFall(double slope, double magnitude) {
        return slope < -ROUNDING * magnitude;
    }
}
