package com.solvent.model.option;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

import java.util.function.DoubleUnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class Black76Test {
    private static final double[] MONEYNESS = {0.25, 0.5, 0.8, 0.95, 1.0, 1.05, 1.25, 2.0, 4.0};
    private static final double[] VOLS = {0.05, 0.2, 0.5, 0.8, 1.5, 3.0};
    private static final double[] YEARS = {1.0 / 365, 7.0 / 365, 30.0 / 365, 0.5, 1.0, 3.0};
    private static final double FORWARD = 2000.0;

    /** Black-76 written independently on commons-math3's normal distribution. */
    private static double referencePrice(double f, double k, double t, double vol, double r, boolean call) {
        NormalDistribution n = new NormalDistribution(0, 1);
        double sd = vol * Math.sqrt(t);
        double d1 = (Math.log(f / k) + 0.5 * vol * vol * t) / sd;
        double d2 = d1 - sd;
        double df = Math.exp(-r * t);
        return call ? df * (f * n.cumulativeProbability(d1) - k * n.cumulativeProbability(d2))
                : df * (k * n.cumulativeProbability(-d2) - f * n.cumulativeProbability(-d1));
    }

    @Test
    void haugBlack76Example() {
        // E. G. Haug, The Complete Guide to Option Pricing Formulas, 2nd ed. (2007), section 1.1.4, p. 8:
        // futures option, F = 19, K = 19, T = 0.75, r = 10%, vol = 28%: call = put = 1.7011.
        assertThat(Black76.price(19, 19, 0.75, 0.28, 0.10, true)).isCloseTo(1.7011, within(5e-5));
        assertThat(Black76.price(19, 19, 0.75, 0.28, 0.10, false)).isCloseTo(1.7011, within(5e-5));
    }

    @Test
    void hullBlackModelExample() {
        // J. C. Hull, Options, Futures, and Other Derivatives, 8th ed., ch. 18 (futures options, Black's
        // model): 4-month European put on crude-oil futures, F = K = 20, r = 9%, vol = 25%: p = 1.12.
        assertThat(Black76.price(20, 20, 4.0 / 12, 0.25, 0.09, false)).isCloseTo(1.12, within(0.005));
    }

    @Test
    void agreesWithAnIndependentImplementationOverAWideGrid() {
        for (double m : MONEYNESS) {
            for (double vol : VOLS) {
                for (double t : YEARS) {
                    for (boolean call : new boolean[] {true, false}) {
                        double k = FORWARD * m;
                        double expected = referencePrice(FORWARD, k, t, vol, 0.03, call);
                        double actual = Black76.price(FORWARD, k, t, vol, 0.03, call);
                        // Relative 1e-9; values below 1e-9 USD of a 2000 USD underlying only absolutely.
                        assertThat(actual).as("K=%s vol=%s T=%s call=%s", k, vol, t, call)
                                .isCloseTo(expected, within(1e-9 * Math.max(expected, 1e-9)));
                    }
                }
            }
        }
    }

    @Test
    void putCallParity() {
        for (double m : MONEYNESS) {
            for (double vol : VOLS) {
                for (double t : YEARS) {
                    double k = FORWARD * m;
                    double r = 0.05;
                    double lhs = Black76.price(FORWARD, k, t, vol, r, true) - Black76.price(FORWARD, k, t, vol, r, false);
                    double rhs = Math.exp(-r * t) * (FORWARD - k);
                    assertThat(lhs).isCloseTo(rhs, within(1e-12 * Math.max(FORWARD, k)));
                }
            }
        }
    }

    @Test
    void greeksEqualCentralFiniteDifferencesOfThePrice() {
        double[] g = new double[Black76.SIZE];
        double r = 0.02;
        for (double m : MONEYNESS) {
            for (double vol : VOLS) {
                for (double t : YEARS) {
                    for (boolean call : new boolean[] {true, false}) {
                        double k = FORWARD * m;
                        Black76.greeks(FORWARD, k, t, vol, r, call, g);
                        String at = "K=" + k + " vol=" + vol + " T=" + t + " call=" + call;
                        assertThat(g[Black76.PRICE]).as(at).isEqualTo(Black76.price(FORWARD, k, t, vol, r, call));

                        // Steps scale with the option's standard deviation in price, so each difference
                        // resolves the curvature it measures; Richardson extrapolation removes the h^2 error.
                        double hf = 0.02 * FORWARD * Math.min(vol * Math.sqrt(t), 0.25);
                        DoubleUnaryOperator byForward = f -> Black76.price(f, k, t, vol, r, call);
                        assertClose(g[Black76.DELTA], firstDerivative(byForward, FORWARD, hf), 1.0, at + " delta");
                        // A second difference cannot resolve less than the rounding noise of the price.
                        double noise = 64 * Math.ulp(Math.max(g[Black76.PRICE], FORWARD)) / (hf * hf);
                        assertThat(g[Black76.GAMMA]).as(at + " gamma").isCloseTo(
                                secondDerivative(byForward, FORWARD, hf),
                                within(Math.max(1e-6 * Math.abs(g[Black76.GAMMA]), Math.max(1e-9 / FORWARD, noise))));
                        DoubleUnaryOperator byVol = v -> Black76.price(FORWARD, k, t, v, r, call);
                        assertClose(g[Black76.VEGA], 0.01 * firstDerivative(byVol, vol, 0.002 * vol),
                                0.01 * FORWARD, at + " vega");
                        DoubleUnaryOperator byTime = y -> Black76.price(FORWARD, k, y, vol, r, call);
                        assertClose(g[Black76.THETA], -firstDerivative(byTime, t, 0.002 * t) / 365.0,
                                FORWARD / 365.0, at + " theta");
                    }
                }
            }
        }
    }

    /** Central difference with one Richardson step: error O(h^4). */
    private static double firstDerivative(DoubleUnaryOperator f, double x, double h) {
        double coarse = (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
        double fine = (f.applyAsDouble(x + h / 2) - f.applyAsDouble(x - h / 2)) / h;
        return (4 * fine - coarse) / 3;
    }

    /** Second central difference with one Richardson step: error O(h^4). */
    private static double secondDerivative(DoubleUnaryOperator f, double x, double h) {
        double mid = f.applyAsDouble(x);
        double coarse = (f.applyAsDouble(x + h) - 2 * mid + f.applyAsDouble(x - h)) / (h * h);
        double half = h / 2;
        double fine = (f.applyAsDouble(x + half) - 2 * mid + f.applyAsDouble(x - half)) / (half * half);
        return (4 * fine - coarse) / 3;
    }

    /**
     * Relative 1e-6; a Greek smaller than 1e-9 of its natural scale (delta 1, gamma 1/F, vega F/100,
     * theta F/365) is numerically nil and is held to that absolute floor instead.
     */
    private static void assertClose(double actual, double expected, double scale, String what) {
        assertThat(actual).as(what).isCloseTo(expected, within(1e-6 * Math.max(Math.abs(expected), 1e-3 * scale)));
    }

    @Test
    void expiredOptionIsWorthIntrinsicAndHasNoGreeks() {
        double[] g = new double[Black76.SIZE];
        Black76.greeks(2100, 2000, 0.0, 0.6, true, g);
        assertThat(g).containsExactly(100.0, 0.0, 0.0, 0.0, 0.0);
        Black76.greeks(2100, 2000, -0.1, 0.6, false, g);
        assertThat(g).containsExactly(0.0, 0.0, 0.0, 0.0, 0.0);
    }

    @Test
    void zeroVolIsDiscountedIntrinsicWithStepDelta() {
        double[] g = new double[Black76.SIZE];
        Black76.greeks(2100, 2000, 0.5, 0.0, 0.04, true, g);
        double df = Math.exp(-0.04 * 0.5);
        assertThat(g[Black76.PRICE]).isCloseTo(100 * df, within(1e-12));
        assertThat(g[Black76.DELTA]).isCloseTo(df, within(1e-15));
        assertThat(g[Black76.GAMMA]).isZero();
        Black76.greeks(2100, 2000, 0.5, 0.0, 0.0, false, g);
        assertThat(g[Black76.PRICE]).isZero();
        assertThat(g[Black76.DELTA]).isZero();
    }

    @Test
    void limitsNeverProduceNaNOrInfinity() {
        double[] g = new double[Black76.SIZE];
        double[] years = {1e-12, 1e-6, 1.0, 50.0};
        double[] vols = {1e-12, 1e-4, 1.0, 10.0};
        double[] strikes = {1e-3, 1.0, 2000.0, 1e6, 1e9};
        for (double t : years) {
            for (double v : vols) {
                for (double k : strikes) {
                    for (boolean call : new boolean[] {true, false}) {
                        Black76.greeks(2000, k, t, v, 0.0, call, g);
                        for (double x : g) {
                            assertThat(Double.isFinite(x)).as("T=%s vol=%s K=%s call=%s -> %s", t, v, k, call, x).isTrue();
                        }
                        double intrinsic = Black76.intrinsic(2000, k, call);
                        assertThat(g[Black76.PRICE]).isGreaterThanOrEqualTo(intrinsic - 1e-12 * Math.max(k, 2000));
                    }
                }
            }
        }
    }

    @Test
    void vanishingVolConvergesToIntrinsic() {
        assertThat(Black76.price(2000, 1900, 1e-9, 0.5, true)).isCloseTo(100.0, within(1e-9));
        assertThat(Black76.price(2000, 2100, 1.0, 1e-9, true)).isCloseTo(0.0, within(1e-12));
    }
}
