package com.solvent.model.distribution;

import com.solvent.model.RandomVenues;
import com.solvent.model.price.PriceSet;
import com.solvent.model.stress.LiquidationSweep;
import com.solvent.model.stress.StressBook;
import com.solvent.model.task.TaskMonitor;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The columnar liquidation map (cross liquidation prices solved from per-account terms,
 * {@link com.solvent.model.book.CrossLiquidationBands}) against the record-level reference (the
 * engine's liquidation price of every position of every account the concavity screen flags): the
 * same positions in every band and already liquidatable, the same notional within 1e-9 relative.
 */
class LiquidationMapDifferentialTest {

    @Property(tries = 300)
    void columnarBandsEqualTheRecordEngines(@ForAll long seed, @ForAll boolean routed,
                                            @ForAll @DoubleRange(min = 0.02, max = 0.8) double range,
                                            @ForAll @IntRange(min = 1, max = 60) int levels,
                                            @ForAll @IntRange(min = 1, max = 2) int threads) {
        RandomVenues venue = new RandomVenues(seed, 80, routed);
        StressBook book = StressBook.of(venue.accounts, venue.policy);
        PriceSet prices = venue.randomPrices();
        Map<String, LiquidationMap> c = new LiquidationMapBuilder(threads, LiquidationSweep.Path.COLUMNAR)
                .build(book, prices, venue.underlyings(), range, levels, TaskMonitor.NONE);
        Map<String, LiquidationMap> r = new LiquidationMapBuilder(1, LiquidationSweep.Path.RECORD)
                .build(book, prices, venue.underlyings(), range, levels, TaskMonitor.NONE);

        assertThat(c.keySet()).containsExactlyElementsOf(r.keySet());
        for (String asset : r.keySet()) {
            LiquidationMap x = c.get(asset);
            LiquidationMap y = r.get(asset);
            assertThat(x.positionsNow()).as(asset + " now").isEqualTo(y.positionsNow());
            assertClose(x.notionalNow(), y.notionalNow(), asset + " notional now");
            Statistics.label("positions in range").collect(y.levels().stream().mapToInt(LiquidationLevel::positions).sum() > 0);
            for (int b = 0; b < y.levels().size(); b++) {
                LiquidationLevel p = x.levels().get(b);
                LiquidationLevel q = y.levels().get(b);
                assertThat(p.priceFrom()).isEqualTo(q.priceFrom());
                assertThat(p.positions()).as(asset + " band " + b).isEqualTo(q.positions());
                assertClose(p.longNotional(), q.longNotional(), asset + " band " + b + " longs");
                assertClose(p.shortNotional(), q.shortNotional(), asset + " band " + b + " shorts");
            }
        }
    }

    private static void assertClose(double c, double r, String what) {
        double tolerance = Math.max(1e-9 * Math.max(Math.abs(c), Math.abs(r)), 1e-6);
        assertThat(Math.abs(c - r)).as(what + ": columnar " + c + " vs record " + r).isLessThanOrEqualTo(tolerance);
    }
}
