package com.solvent.model.scenario;

import java.util.function.DoubleUnaryOperator;

/** Root of a function known to change sign on {@code [lo, hi]}, to {@link RiskProfile#PRICE_TOLERANCE} relative. */
final class Bisection {
    private Bisection() {
    }

    static double root(double lo, double hi, double fLo, DoubleUnaryOperator f) {
        double a = lo;
        double b = hi;
        double fa = fLo;
        for (int iter = 0; iter < 200 && b - a > RiskProfile.PRICE_TOLERANCE * b; iter++) {
            double m = 0.5 * (a + b);
            double fm = f.applyAsDouble(m);
            if (fm == 0.0) {
                return m;
            }
            if (Math.signum(fm) == Math.signum(fa)) {
                a = m;
                fa = fm;
            } else {
                b = m;
            }
        }
        return 0.5 * (a + b);
    }
}
