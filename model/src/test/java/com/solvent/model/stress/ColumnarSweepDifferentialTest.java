package com.solvent.model.stress;

import com.solvent.model.RandomVenues;
import com.solvent.model.account.Account;
import com.solvent.model.account.CollateralBalance;
import com.solvent.model.account.Position;
import com.solvent.model.adl.AdlFill;
import com.solvent.model.cascade.CascadeResult;
import com.solvent.model.cascade.CascadeRound;
import com.solvent.model.cascade.CascadeSettings;
import com.solvent.model.cascade.CascadeSimulation;
import com.solvent.model.cascade.MarketDepth;
import com.solvent.model.price.PriceSet;
import com.solvent.model.task.TaskMonitor;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The columnar liquidation and auto-deleveraging path ({@link LiquidationSweep.Path#COLUMNAR}) against
 * the record-level reference ({@link LiquidationSweep.Path#RECORD}: {@code LiquidationEngine} and
 * {@code AutoDeleveraging} on account records) on random venues: the same accounts liquidated in the
 * same order with the same health, money equal within 1e-9 relative, the same counterparties
 * deleveraged, the same fund and the same account states afterwards, sweep after sweep; and the
 * same cascades.
 */
class ColumnarSweepDifferentialTest {

    @Property(tries = 200)
    void columnarSweepsEqualTheRecordEngines(@ForAll long seed, @ForAll boolean routed,
                                             @ForAll @DoubleRange(min = 0, max = 200_000) double fund,
                                             @ForAll @IntRange(min = 1, max = 2) int threads) {
        RandomVenues venue = new RandomVenues(seed, 60, routed);
        StressBook book = StressBook.of(venue.accounts, venue.policy);
        try (LiquidationSweep columnar = new LiquidationSweep(book, fund, threads, LiquidationSweep.Path.COLUMNAR);
             LiquidationSweep record = new LiquidationSweep(book, fund, 1, LiquidationSweep.Path.RECORD)) {
            for (int round = 0; round < 3; round++) {
                PriceSet prices = venue.randomPrices();
                SweepResult c = columnar.sweep(prices, TaskMonitor.NONE);
                SweepResult r = record.sweep(prices, TaskMonitor.NONE);
                assertSameSweep(c, r);
                Statistics.label("liquidated / deleveraged / routed").collect(c.totals().accountsLiquidated() > 0,
                        c.totals().accountsDeleveraged() > 0, routed);
                for (int a = 0; a < book.accountCount(); a++) {
                    assertSameAccount(columnar.account(a), record.account(a));
                }
            }
        }
    }

    /** Every account of {@code venue} {@code times} over under other ids, in an order shuffled by {@code seed}. */
    private static StressBook shuffledCopies(RandomVenues venue, int times, long seed) {
        List<Account> copies = new java.util.ArrayList<>();
        for (Account a : venue.accounts) {
            for (int k = 0; k < times; k++) {
                copies.add(a.withId(a.id() + "-" + (char) ('e' - k)));
            }
        }
        java.util.Collections.shuffle(copies, new java.util.Random(seed));
        return StressBook.of(copies, venue.policy);
    }

    /**
     * Ties in the ranking: every account of a random venue five times over under other ids, in
     * shuffled book order, so that counterparties come in groups of equal score (then account id,
     * then position id decides), and enough of them that the columnar ranking sorts them piece by
     * piece (ties straddling its pieces).
     */
    @Property(tries = 40)
    void columnarSweepsRankTiedCounterpartiesAsTheRecordEngines(@ForAll long seed,
                                                                @ForAll @DoubleRange(min = 0, max = 50_000) double fund) {
        RandomVenues venue = new RandomVenues(seed, 150, false);
        StressBook book = shuffledCopies(venue, 5, seed);
        try (LiquidationSweep columnar = new LiquidationSweep(book, fund, 1, LiquidationSweep.Path.COLUMNAR);
             LiquidationSweep record = new LiquidationSweep(book, fund, 1, LiquidationSweep.Path.RECORD)) {
            for (int round = 0; round < 2; round++) {
                PriceSet prices = venue.randomPrices();
                SweepResult c = columnar.sweep(prices, TaskMonitor.NONE);
                SweepResult r = record.sweep(prices, TaskMonitor.NONE);
                assertSameSweep(c, r);
                Statistics.label("deleveraged accounts > 256").collect(c.totals().accountsDeleveraged() > 256);
            }
        }
    }

    /**
     * A small deficit against many counterparties: a fund that covers most of the bad debt leaves
     * only the last bankrupt accounts in book order to deleverage, so that the walk reads the first
     * few of a market's hundreds of holders (tied in groups of four) and the columnar ranking hands
     * out its first pieces with most of the holders still unsorted behind them.
     */
    @Property(tries = 40)
    void columnarSweepsRankAFewOfManyCounterpartiesAsTheRecordEngines(@ForAll long seed,
                                                                     @ForAll @DoubleRange(min = 0.5, max = 1.0) double covered) {
        RandomVenues venue = new RandomVenues(seed, 500, false);
        StressBook book = shuffledCopies(venue, 4, seed);
        PriceSet prices = venue.randomPrices();
        double badDebt;
        try (LiquidationSweep probe = new LiquidationSweep(book, 0, 1, LiquidationSweep.Path.COLUMNAR)) {
            badDebt = probe.sweep(prices, TaskMonitor.NONE).totals().badDebt();
        }
        double fund = badDebt * covered;
        try (LiquidationSweep columnar = new LiquidationSweep(book, fund, 1, LiquidationSweep.Path.COLUMNAR);
             LiquidationSweep record = new LiquidationSweep(book, fund, 1, LiquidationSweep.Path.RECORD)) {
            SweepResult c = columnar.sweep(prices, TaskMonitor.NONE);
            SweepResult r = record.sweep(prices, TaskMonitor.NONE);
            assertSameSweep(c, r);
            Statistics.label("deleveraged").collect(c.totals().accountsDeleveraged() > 0);
        }
    }

    @Property(tries = 120)
    void columnarCascadesEqualTheRecordEngines(@ForAll long seed, @ForAll boolean routed,
                                               @ForAll @DoubleRange(min = 0.05, max = 0.4) double crash,
                                               @ForAll @DoubleRange(min = 0, max = 100_000) double fund) {
        RandomVenues venue = new RandomVenues(seed, 60, routed);
        StressBook book = StressBook.of(venue.accounts, venue.policy);
        Map<String, Double> depth = new HashMap<>();
        for (Account a : venue.accounts) {
            for (Position p : a.positions()) {
                venue.policy.market(p.marketId()).ifPresent(m -> depth.merge(m.underlying(),
                        Math.abs(p.size()) * venue.prices.get(m.underlying()).orElseThrow().mark(), Double::sum));
            }
        }
        depth.replaceAll((asset, gross) -> gross * 0.5);
        CascadeSettings settings = new CascadeSettings(MarketDepth.linear(depth), 1e-4, 30, fund);
        CascadeResult c = new CascadeSimulation(2, LiquidationSweep.Path.COLUMNAR).run(book, venue.prices,
                StressLibrary.crash(crash), settings, TaskMonitor.NONE);
        CascadeResult r = new CascadeSimulation(1, LiquidationSweep.Path.RECORD).run(book, venue.prices,
                StressLibrary.crash(crash), settings, TaskMonitor.NONE);

        assertThat(c.rounds()).hasSameSizeAs(r.rounds());
        assertThat(c.converged()).isEqualTo(r.converged());
        for (int i = 0; i < c.rounds().size(); i++) {
            CascadeRound cr = c.rounds().get(i);
            CascadeRound rr = r.rounds().get(i);
            assertClose(cr.marks(), rr.marks(), "round " + i + " marks");
            assertSameSweep(cr.sweep(), rr.sweep());
        }
        assertClose(c.finalMarks(), r.finalMarks(), "fixed point");
        assertSameTotals(c.totals(), r.totals());
        assertClose(c.insuranceFundAfter(), r.insuranceFundAfter(), "fund after");
    }

    static void assertSameSweep(SweepResult c, SweepResult r) {
        assertThat(c.accountsFailed()).isEqualTo(r.accountsFailed());
        assertThat(c.accountsUncertain()).isEqualTo(r.accountsUncertain());
        assertThat(c.liquidations()).extracting(AccountLiquidation::accountId)
                .containsExactlyElementsOf(r.liquidations().stream().map(AccountLiquidation::accountId).toList());
        for (int i = 0; i < c.liquidations().size(); i++) {
            AccountLiquidation x = c.liquidations().get(i);
            AccountLiquidation y = r.liquidations().get(i);
            assertThat(x.healthBefore()).as(x.accountId()).isEqualTo(y.healthBefore());
            assertThat(x.uncertain()).as(x.accountId()).isEqualTo(y.uncertain());
            assertClose(x.notional(), y.notional(), x.accountId() + " notional");
            assertClose(x.penalty(), y.penalty(), x.accountId() + " penalty");
            assertClose(x.insuranceDraw(), y.insuranceDraw(), x.accountId() + " draw");
            assertClose(x.badDebt(), y.badDebt(), x.accountId() + " bad debt");
        }
        assertSameTotals(c.totals(), r.totals());
        assertClose(c.insuranceFundAfter(), r.insuranceFundAfter(), "fund after");
        assertClose(c.netNotionalSold(), r.netNotionalSold(), "net sold");
        assertThat(c.deleveraged()).extracting(f -> f.accountId() + "/" + f.positionId())
                .containsExactlyElementsOf(r.deleveraged().stream().map(f -> f.accountId() + "/" + f.positionId()).toList());
        for (int i = 0; i < c.deleveraged().size(); i++) {
            AdlFill x = c.deleveraged().get(i);
            AdlFill y = r.deleveraged().get(i);
            assertClose(x.closedSize() * x.price(), y.closedSize() * y.price(), "adl fill notional");
            assertClose(x.realizedPnl(), y.realizedPnl(), "adl realized");
            assertClose(x.profitGivenUp(), y.profitGivenUp(), "adl given up");
        }
        assertThat(c.adlSkipped()).isEqualTo(r.adlSkipped());
    }

    static void assertSameTotals(LiquidationTotals c, LiquidationTotals r) {
        assertThat(c.accountsLiquidated()).isEqualTo(r.accountsLiquidated());
        assertThat(c.accountsBankrupt()).isEqualTo(r.accountsBankrupt());
        assertThat(c.accountsDeleveraged()).isEqualTo(r.accountsDeleveraged());
        assertClose(c.notionalLiquidated(), r.notionalLiquidated(), "notional");
        assertClose(c.penalties(), r.penalties(), "penalties");
        assertClose(c.penaltyToLiquidators(), r.penaltyToLiquidators(), "to liquidators");
        assertClose(c.penaltyToInsuranceFund(), r.penaltyToInsuranceFund(), "to fund");
        assertClose(c.insuranceDraw(), r.insuranceDraw(), "draw");
        assertClose(c.badDebt(), r.badDebt(), "bad debt");
        assertClose(c.deleveragedNotional(), r.deleveragedNotional(), "deleveraged notional");
        assertClose(c.adlRecovered(), r.adlRecovered(), "recovered");
        assertClose(c.adlUnfilledSize(), r.adlUnfilledSize(), "unfilled");
    }

    private static void assertSameAccount(Account c, Account r) {
        assertThat(c.id()).isEqualTo(r.id());
        assertThat(c.positions()).extracting(Position::id).containsExactlyElementsOf(r.positions().stream().map(Position::id).toList());
        for (int i = 0; i < c.positions().size(); i++) {
            Position x = c.positions().get(i);
            Position y = r.positions().get(i);
            assertClose(x.size() * x.entryPrice(), y.size() * y.entryPrice(), c.id() + "/" + x.id() + " size");
            assertClose(x.accruedFunding(), y.accruedFunding(), c.id() + "/" + x.id() + " funding");
        }
        Map<String, Double> cb = new HashMap<>();
        Map<String, Double> rb = new HashMap<>();
        for (CollateralBalance b : c.collateral()) {
            cb.put(b.asset(), b.amount());
        }
        for (CollateralBalance b : r.collateral()) {
            rb.put(b.asset(), b.amount());
        }
        assertClose(cb, rb, c.id() + " collateral");
    }

    static void assertClose(Map<String, Double> c, Map<String, Double> r, String what) {
        for (String k : c.keySet()) {
            assertClose(c.get(k), r.getOrDefault(k, 0.0), what + " " + k);
        }
        for (String k : r.keySet()) {
            assertClose(c.getOrDefault(k, 0.0), r.get(k), what + " " + k);
        }
    }

    /** Equal within 1e-9 relative (or 1e-6 absolute for sums that cancel to about zero). */
    static void assertClose(double c, double r, String what) {
        double tolerance = Math.max(1e-9 * Math.max(Math.abs(c), Math.abs(r)), 1e-6);
        assertThat(Math.abs(c - r)).as(what + ": columnar " + c + " vs record " + r).isLessThanOrEqualTo(tolerance);
    }

    static List<String> ids(SweepResult r) {
        return r.liquidations().stream().map(AccountLiquidation::accountId).toList();
    }
}
