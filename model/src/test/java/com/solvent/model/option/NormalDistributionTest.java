package com.solvent.model.option;

import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NormalDistributionTest {
    /** Independent reference: Phi(x) = erfc(-x / sqrt 2) / 2, commons-math3's erfc (incomplete gamma). */
    private static double reference(double x) {
        return 0.5 * Erf.erfc(-x / Math.sqrt(2.0));
    }

    @Test
    void cdfMatchesAnIndependentErfcToNearMachinePrecisionIncludingTheTails() {
        for (double x = -20.0; x <= 8.0; x += 0.01) {
            double expected = reference(x);
            assertThat(NormalDistribution.cdf(x)).as("Phi(%s)", x)
                    .isCloseTo(expected, within(1e-13 * expected));
        }
        for (double x = -37.5; x < -20.0; x += 0.01) {
            double expected = reference(x);
            assertThat(NormalDistribution.cdf(x)).as("Phi(%s)", x)
                    .isCloseTo(expected, within(2e-12 * expected));
        }
    }

    @Test
    void cdfGivenTheGaussianFactorAgreesWithTheFullCdf() {
        for (double x = -20.0; x <= 8.0; x += 0.01) {
            double full = NormalDistribution.cdf(x);
            assertThat(NormalDistribution.cdf(x, Math.exp(-0.5 * x * x))).as("Phi(%s)", x)
                    .isCloseTo(full, within(1e-13 * full));
        }
    }

    @Test
    void cdfIsSymmetric() {
        for (double x = 0; x <= 8.0; x += 0.013) {
            assertThat(NormalDistribution.cdf(x) + NormalDistribution.cdf(-x)).isCloseTo(1.0, within(2e-16));
        }
    }

    @Test
    void knownQuantiles() {
        // Abramowitz & Stegun, Table 26.1: Phi(1.96) = 0.9750021048517795, Phi(0) = 1/2.
        assertThat(NormalDistribution.cdf(1.96)).isCloseTo(0.9750021048517795, within(1e-16));
        assertThat(NormalDistribution.cdf(0.0)).isEqualTo(0.5);
    }

    @Test
    void extremeArgumentsSaturateWithoutNaN() {
        assertThat(NormalDistribution.cdf(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
        assertThat(NormalDistribution.cdf(Double.NEGATIVE_INFINITY)).isEqualTo(0.0);
        assertThat(NormalDistribution.cdf(-60)).isEqualTo(0.0);
        assertThat(NormalDistribution.pdf(Double.POSITIVE_INFINITY)).isEqualTo(0.0);
    }
}
