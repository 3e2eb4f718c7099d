package com.solvent.model.option;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

import static org.assertj.core.api.Assertions.assertThat;

class Black76PropertiesTest {
    private static final double TOL = 1e-9;

    @Property
    void callLiesBetweenDiscountedIntrinsicAndDiscountedForward(
            @ForAll @DoubleRange(min = 1, max = 1e5) double f, @ForAll @DoubleRange(min = 0.2, max = 5) double m,
            @ForAll @DoubleRange(min = 0, max = 5) double t, @ForAll @DoubleRange(min = 0, max = 4) double vol,
            @ForAll @DoubleRange(min = 0, max = 0.2) double r) {
        double k = f * m;
        double d = t > 0 ? Math.exp(-r * t) : 1.0;
        double call = Black76.price(f, k, t, vol, r, true);
        assertThat(call).isBetween(Math.max(f - k, 0) * d - TOL * f, f * d + TOL * f);
        double put = Black76.price(f, k, t, vol, r, false);
        assertThat(put).isBetween(Math.max(k - f, 0) * d - TOL * k, k * d + TOL * k);
    }

    @Property
    void valueRisesWithVolAndWithTimeAtZeroRate(
            @ForAll @DoubleRange(min = 1, max = 1e5) double f, @ForAll @DoubleRange(min = 0.2, max = 5) double m,
            @ForAll @DoubleRange(min = 0.01, max = 5) double t, @ForAll @DoubleRange(min = 0, max = 3) double vol,
            @ForAll @DoubleRange(min = 0.01, max = 1) double bump, @ForAll boolean call) {
        double k = f * m;
        double base = Black76.price(f, k, t, vol, call);
        assertThat(Black76.price(f, k, t, vol + bump, call)).isGreaterThanOrEqualTo(base - TOL * f);
        assertThat(Black76.price(f, k, t + bump, vol, call)).isGreaterThanOrEqualTo(base - TOL * f);
    }

    @Property
    void callFallsAndPutRisesWithStrike(
            @ForAll @DoubleRange(min = 1, max = 1e5) double f, @ForAll @DoubleRange(min = 0.2, max = 5) double m,
            @ForAll @DoubleRange(min = 0.01, max = 5) double t, @ForAll @DoubleRange(min = 0.01, max = 3) double vol) {
        double k = f * m;
        double k2 = k * 1.01;
        assertThat(Black76.price(f, k2, t, vol, true)).isLessThanOrEqualTo(Black76.price(f, k, t, vol, true) + TOL * f);
        assertThat(Black76.price(f, k2, t, vol, false)).isGreaterThanOrEqualTo(Black76.price(f, k, t, vol, false) - TOL * f);
    }

    @Property
    void greeksHaveTheirSigns(
            @ForAll @DoubleRange(min = 1, max = 1e5) double f, @ForAll @DoubleRange(min = 0.2, max = 5) double m,
            @ForAll @DoubleRange(min = 0.01, max = 5) double t, @ForAll @DoubleRange(min = 0.01, max = 3) double vol) {
        double[] c = new double[Black76.SIZE];
        double[] p = new double[Black76.SIZE];
        Black76.greeks(f, f * m, t, vol, true, c);
        Black76.greeks(f, f * m, t, vol, false, p);
        assertThat(c[Black76.DELTA]).isBetween(0.0, 1.0);
        assertThat(p[Black76.DELTA]).isBetween(-1.0, 0.0);
        assertThat(c[Black76.DELTA] - p[Black76.DELTA]).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(c[Black76.GAMMA]).isGreaterThanOrEqualTo(0.0).isEqualTo(p[Black76.GAMMA]);
        assertThat(c[Black76.VEGA]).isGreaterThanOrEqualTo(0.0).isEqualTo(p[Black76.VEGA]);
        assertThat(c[Black76.THETA]).isLessThanOrEqualTo(0.0);
    }
}
