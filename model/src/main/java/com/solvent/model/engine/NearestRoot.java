package com.solvent.model.engine;

import java.util.function.DoubleUnaryOperator;

/**
 * The root of a margin cushion nearest (in log distance) to a starting point, for cushions that are not
 * piecewise linear (a group holding options): a bracketing scan outwards from {@code t0} on both sides at
 * geometrically growing log distances, then regula falsi with the Illinois modification inside the first
 * bracket (superlinear on smooth pieces, never leaves the bracket, so it cannot diverge).
 *
 * <p>Limitation: a cushion that dips below zero and recovers between two scan points is not seen; the
 * first scan step is {@value #FIRST_STEP} in log price and each step grows by {@value #GROWTH}, so an
 * excursion narrower than about a third of its distance from t0 can be missed (about 19 steps per side
 * reach the limit, which keeps a bulk evaluation of option accounts affordable).
 */
public final class NearestRoot {
    /** First scan step, in log distance from t0. */
    static final double FIRST_STEP = 0.005;
    /** Growth of the scan step. */
    static final double GROWTH = 1.5;
    /** The scan stops at t0 x e^(+-MAX_LOG_DISTANCE): a move beyond that is reported as none. */
    static final double MAX_LOG_DISTANCE = 16.0;

    private NearestRoot() {
    }

    /**
     * The root of {@code f} nearest {@code t0} given {@code f(t0) = f0 > 0}; 0 when none lies within
     * {@code t0 e^(+-}{@value #MAX_LOG_DISTANCE}{@code )}.
     */
    static double of(DoubleUnaryOperator f, double t0, double f0) {
        if (!(f0 > 0.0)) {
            return 0.0;
        }
        double prevDown = t0;
        double prevUp = t0;
        double fDown = f0;
        double fUp = f0;
        double step = FIRST_STEP;
        for (double d = step; d <= MAX_LOG_DISTANCE; step *= GROWTH, d += step) {
            double down = t0 * Math.exp(-d);
            double up = t0 * Math.exp(d);
            double gDown = f.applyAsDouble(down);
            double gUp = f.applyAsDouble(up);
            boolean crossDown = !(gDown > 0.0);
            boolean crossUp = !(gUp > 0.0);
            if (crossDown && crossUp) {
                double a = refine(f, down, prevDown, gDown, fDown);
                double b = refine(f, prevUp, up, fUp, gUp);
                return Math.log(t0 / a) <= Math.log(b / t0) ? a : b;
            }
            if (crossDown) {
                return refine(f, down, prevDown, gDown, fDown);
            }
            if (crossUp) {
                return refine(f, prevUp, up, fUp, gUp);
            }
            prevDown = down;
            prevUp = up;
            fDown = gDown;
            fUp = gUp;
        }
        return 0.0;
    }

    /** Root in [lo, hi] where f changes sign (or reaches 0), to about one part in 1e15. */
    static double refine(DoubleUnaryOperator f, double lo, double hi, double fLo, double fHi) {
        return refine(f, lo, hi, fLo, fHi, 1e-15);
    }

    /**
     * Root in [lo, hi] where f changes sign (or reaches 0), to {@code relativeTolerance} of the
     * root: regula falsi with the Illinois modification. Shared by the engine and by the scenario
     * package's profiles and grids, so there is one root finder in the core.
     */
    public static double refine(DoubleUnaryOperator f, double lo, double hi, double fLo, double fHi,
                                double relativeTolerance) {
        if (fLo == 0.0) {
            return lo;
        }
        if (fHi == 0.0) {
            return hi;
        }
        double a = lo;
        double b = hi;
        double fa = fLo;
        double fb = fHi;
        int side = 0;
        for (int iter = 0; iter < 200 && b - a > relativeTolerance * b; iter++) {
            double m = (a * fb - b * fa) / (fb - fa);
            if (!(m > a && m < b)) {
                m = 0.5 * (a + b);
            }
            double fm = f.applyAsDouble(m);
            if (fm == 0.0) {
                return m;
            }
            if ((fm > 0.0) == (fa > 0.0)) {
                a = m;
                fa = fm;
                if (side == -1) {
                    fb *= 0.5;
                }
                side = -1;
            } else {
                b = m;
                fb = fm;
                if (side == 1) {
                    fa *= 0.5;
                }
                side = 1;
            }
        }
        return Math.abs(fa) <= Math.abs(fb) ? a : b;
    }
}
