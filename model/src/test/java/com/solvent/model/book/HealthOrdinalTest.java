package com.solvent.model.book;

import com.solvent.model.engine.MarginMath;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pass's branch-free health must be the engine's {@link MarginMath#health} for every input a
 * pass can produce (equity not NaN, maintenance {@code >= +0}), most of all on the boundaries, where
 * a sign test and the engine's division could disagree by one rounding.
 */
class HealthOrdinalTest {
    @Property(tries = 3_000)
    void equalsTheEnginesRuleAnywhere(@ForAll("equities") double equity, @ForAll("maintenances") double maintenance,
                                      @ForAll("levels") double level) {
        assertSame(equity, maintenance, level);
    }

    @Property(tries = 3_000)
    void equalsTheEnginesRuleAtTheWarningLevel(@ForAll("positiveEquities") double equity, @ForAll("levels") double level,
                                               @ForAll("ulps") int ulps) {
        // Maintenance within a few ulps of equity x level: where the sign test must give way to the division.
        double maintenance = equity * level;
        for (int i = 0; i < Math.abs(ulps); i++) {
            maintenance = ulps > 0 ? Math.nextUp(maintenance) : Math.nextDown(maintenance);
        }
        assertSame(equity, Math.max(0.0, maintenance), level);
    }

    @Test
    void equalsTheEnginesRuleOnTheEdges() {
        double[] equities = {0.0, -0.0, 1.0, -1.0, Double.MIN_VALUE, -Double.MIN_VALUE, 1e300, -1e300,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1_000.0};
        double[] maintenances = {0.0, Double.MIN_VALUE, 1.0, 800.0, 1_000.0, Math.nextDown(1_000.0), Math.nextUp(1_000.0),
                Math.nextDown(800.0), Math.nextUp(800.0), 1e300, Double.POSITIVE_INFINITY};
        for (double equity : equities) {
            for (double maintenance : maintenances) {
                assertSame(equity, maintenance, 0.8);
            }
        }
    }

    private static void assertSame(double equity, double maintenance, double level) {
        assertThat(BookEvaluator.healthOrdinal(equity, maintenance, level))
                .as("equity %s, maintenance %s, level %s", equity, maintenance, level)
                .isEqualTo(MarginMath.health(equity, maintenance, level).ordinal());
    }

    @Provide
    Arbitrary<Double> equities() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(-1e9, 1e9).ofScale(6),
                Arbitraries.of(0.0, -0.0, 1.0, -1.0, Double.MIN_VALUE));
    }

    @Provide
    Arbitrary<Double> positiveEquities() {
        return Arbitraries.doubles().between(1e-6, 1e12).ofScale(9);
    }

    @Provide
    Arbitrary<Double> maintenances() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(0.0, 1e9).ofScale(6), Arbitraries.of(0.0, Double.MIN_VALUE));
    }

    /** Warning levels a policy allows, its bounds 0 and 1 included (the branch-free ordinal relies on them). */
    @Provide
    Arbitrary<Double> levels() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(0.01, 0.99).ofScale(12), Arbitraries.of(0.8, 0.5, 0.9, 0.0, 1.0));
    }

    @Provide
    Arbitrary<Integer> ulps() {
        return Arbitraries.integers().between(-4, 4);
    }
}
