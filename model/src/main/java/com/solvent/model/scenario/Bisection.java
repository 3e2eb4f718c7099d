package com.solvent.model.scenario;

import java.util.function.DoubleUnaryOperator;

/**
 * Root of a function known to change sign on {@code [lo, hi]}, to {@link RiskProfile#PRICE_TOLERANCE}
 * relative: regula falsi with the Illinois modification (superlinear on the smooth pieces of a margin
 * cushion, never leaves the bracket, so it cannot miss the root a bisection would find).
 */
final class Bisection {
    private Bisection() {
    }

    static double root(double lo, double hi, double fLo, DoubleUnaryOperator f) {
        double a = lo;
        double b = hi;
        double fa = fLo;
        double fb = f.applyAsDouble(hi);
        if (fb == 0.0) {
            return b;
        }
        int side = 0;
        for (int iter = 0; iter < 200 && b - a > RiskProfile.PRICE_TOLERANCE * b; iter++) {
            double m = (a * fb - b * fa) / (fb - fa);
            if (!(m > a && m < b)) {
                m = 0.5 * (a + b);
            }
            double fm = f.applyAsDouble(m);
            if (fm == 0.0) {
                return m;
            }
            if (Math.signum(fm) == Math.signum(fa)) {
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
            if (Math.abs(fm) <= 1e-13 * (Math.abs(fLo) + 1.0)) {
                return m;
            }
        }
        return 0.5 * (a + b);
    }
}
