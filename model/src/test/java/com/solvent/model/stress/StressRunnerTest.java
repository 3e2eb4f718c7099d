package com.solvent.model.stress;

import com.solvent.model.Fixtures;
import com.solvent.model.RandomAccounts;
import com.solvent.model.account.Account;
import com.solvent.model.account.Position;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.liquidation.LiquidationEngine;
import com.solvent.model.liquidation.LiquidationOutcome;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.policy.VenuePresets;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.HealthState;
import com.solvent.model.task.TaskMonitor;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class StressRunnerTest {
    private static final MarginPolicy REFERENCE = VenuePresets.reference();
    private static final PriceSet PRICES = Fixtures.prices("ETH", 3000, "BTC", 60000);
    private static final StressScenario UNCHANGED = StressLibrary.byName("unchanged").orElseThrow();

    /** Long 100 ETH at 3000 with 3,100 USDC: MM = 1% x 300,000 = 3,000, margin ratio 0.968. */
    private static final Account NEAR_ETH = Fixtures.account("near-eth", 3100, Position.cross("p", "ETH-PERP", 100, 3000));
    /** Long 2 BTC at 60,000 with 5,000 USDC: loses 24,000 at -20%, bankrupt. */
    private static final Account BTC_LONG = Fixtures.account("btc-long", 5000, Position.cross("p", "BTC-PERP", 2, 60000));
    /** Short 2 BTC at 60,000 with 10,000 USDC: gains 24,000 at -20%. */
    private static final Account BTC_SHORT = Fixtures.account("btc-short", 10000, Position.cross("p", "BTC-PERP", -2, 60000));

    private static StressResult run(List<Account> accounts, String scenario, double fund) {
        return new StressRunner(StressBook.of(accounts, REFERENCE), fund, 1)
                .run(StressLibrary.byName(scenario).orElseThrow(), PRICES, TaskMonitor.NONE);
    }

    @Test
    void aDepegOfTheCollateralLiquidatesAnAccountCloseToMaintenance() {
        // equity 3,100 USDC x 0.95 x weight 1 = 2,945 < MM 3,000: liquidatable; unchanged it is not
        assertThat(run(List.of(NEAR_ETH), "unchanged", 0).totals().accountsLiquidated()).isZero();
        StressResult r = run(List.of(NEAR_ETH), "usdc-depeg", 0);

        assertThat(r.totals().accountsLiquidated()).isEqualTo(1);
        assertThat(r.sweep().liquidations().getFirst().healthBefore()).isEqualTo(HealthState.LIQUIDATABLE);
    }

    @Test
    void aFrozenOracleHidesItsHoldersFromLiquidationAndCountsThemUncertain() {
        StressResult r = run(List.of(NEAR_ETH, BTC_LONG), "eth-oracle-frozen", 0);

        assertThat(r.stale()).containsExactly("ETH");
        assertThat(r.sweep().liquidations()).extracting(AccountLiquidation::accountId).containsExactly("btc-long");
        assertThat(r.sweep().accountsUncertain()).isEqualTo(1);
        // the same scenario with a live ETH feed liquidates both
        assertThat(run(List.of(NEAR_ETH, BTC_LONG), "crash-20", 0).totals().accountsLiquidated()).isEqualTo(2);
    }

    @Test
    void badDebtBeyondTheFundIsDeleveragedAgainstTheProfitableShort() {
        // At -20% BTC = 48,000. btc-long: equity 5,000 - 24,000 = -19,000 (BANKRUPT) -> closed in full,
        // notional 96,000, penalty 1% = 960 (half, 480, to the fund). Equity -19,960; the fund (0 + 480)
        // covers 480, bad debt 19,480. Bankruptcy price 48,000 + 19,480 / 2 = 57,740; btc-short closes
        // 2 BTC there and gives up 2 x (57,740 - 48,000) = 19,480 of profit.
        StressResult r = run(List.of(BTC_LONG, BTC_SHORT), "crash-20", 0);
        LiquidationTotals t = r.totals();

        assertThat(t.accountsLiquidated()).isEqualTo(1);
        assertThat(t.accountsBankrupt()).isEqualTo(1);
        assertThat(t.notionalLiquidated()).isCloseTo(96_000, within(1e-6));
        assertThat(t.penalties()).isCloseTo(960, within(1e-6));
        assertThat(t.penaltyToLiquidators()).isCloseTo(480, within(1e-6));
        assertThat(t.insuranceDraw()).isCloseTo(480, within(1e-6));
        assertThat(t.badDebt()).isCloseTo(19_480, within(1e-6));
        assertThat(t.accountsDeleveraged()).isEqualTo(1);
        assertThat(t.adlRecovered()).isCloseTo(19_480, within(1e-6));
        assertThat(t.deleveragedNotional()).isCloseTo(2 * 57_740, within(1e-6));
        assertThat(t.adlUnfilledSize()).isZero();
        assertThat(r.sweep().deleveraged().getFirst().accountId()).isEqualTo("btc-short");
    }

    @Test
    void theCounterpartyShortlistDeleveragesWhomTheFullRankingWould() {
        // 300 profitable BTC shorts of random size, entry and collateral against one bankrupt long of
        // 40 BTC: far more candidates than the shortlist keeps. The core ranks all 300 directly here.
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        List<Account> book = new ArrayList<>();
        Account whale = Fixtures.account("whale", 100_000, Position.cross("p", "BTC-PERP", 40, 60_000));
        book.add(whale);
        for (int i = 0; i < 300; i++) {
            double size = -(0.05 + random.nextDouble() * 2);
            double entry = 55_000 + random.nextDouble() * 10_000;
            book.add(Fixtures.account("s" + i, 2_000 + random.nextDouble() * 50_000,
                    Position.cross("p", "BTC-PERP", size, entry)));
        }
        StressResult r = new StressRunner(StressBook.of(book, REFERENCE), 0, 1)
                .run(StressLibrary.crash(0.2), PRICES, TaskMonitor.NONE);

        PriceSet crashed = StressLibrary.crash(0.2).prices(PRICES, REFERENCE);
        LiquidationOutcome o = new LiquidationEngine().liquidate(whale, crashed, REFERENCE, 0);
        assertThat(o.toDeleverage()).hasSize(1);
        var expected = new com.solvent.model.adl.AutoDeleveraging().deleverage(o.toDeleverage().getFirst(),
                book.subList(1, book.size()), crashed, REFERENCE);
        assertThat(r.sweep().deleveraged()).extracting(com.solvent.model.adl.AdlFill::accountId)
                .containsExactlyElementsOf(expected.fills().stream().map(com.solvent.model.adl.AdlFill::accountId).toList());
        assertThat(r.totals().adlRecovered()).isCloseTo(expected.recovered(), within(1e-6));
        assertThat(r.totals().accountsDeleveraged()).isLessThan(300);
    }

    @Property(tries = 60)
    void totalsAreTheSumOfPerAccountLiquidationOutcomes(@ForAll("books") List<Account> accounts,
                                                        @ForAll("anyPrices") PriceSet prices,
                                                        @ForAll @DoubleRange(min = 0, max = 1e6) double fund) {
        StressResult r = new StressRunner(StressBook.of(accounts, REFERENCE), fund, 1).run(UNCHANGED, prices,
                TaskMonitor.NONE);

        // the independent sum: the core's liquidation engine on every account in order, threading the fund
        LiquidationEngine engine = new LiquidationEngine();
        double balance = fund;
        int liquidated = 0;
        double notional = 0;
        double penalty = 0;
        double toLiquidator = 0;
        double draw = 0;
        double badDebt = 0;
        for (Account a : accounts) {
            LiquidationOutcome o;
            try {
                o = engine.liquidate(a, prices, REFERENCE, balance);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (o.nothingToDo()) {
                continue;
            }
            liquidated++;
            notional += o.liquidatedNotional();
            penalty += o.penalty();
            toLiquidator += o.penaltyToLiquidator();
            draw += o.insuranceDraw();
            badDebt += o.badDebt();
            balance = o.insuranceFundAfter();
        }
        LiquidationTotals t = r.totals();
        assertThat(t.accountsLiquidated()).isEqualTo(liquidated);
        // the columnar path sums an account's equity in another order than the record engine: equal within 1e-9
        assertThat(t.notionalLiquidated()).isCloseTo(notional, within(1e-9 * Math.max(1, notional)));
        assertThat(t.penalties()).isCloseTo(penalty, within(1e-9 * Math.max(1, penalty)));
        assertThat(t.penaltyToLiquidators()).isCloseTo(toLiquidator, within(1e-9 * Math.max(1, toLiquidator)));
        assertThat(t.insuranceDraw()).isCloseTo(draw, within(1e-9 * Math.max(1, draw)));
        assertThat(t.badDebt()).isCloseTo(badDebt, within(1e-9 * Math.max(1, badDebt)));
        assertThat(r.sweep().insuranceFundAfter()).isCloseTo(balance, within(1e-9 * Math.max(1, balance)));
    }

    @Property(tries = 60)
    void aBookAtRestLiquidatesNothing(@ForAll("healthyBooks") List<Account> accounts) {
        StressResult r = run(accounts, "unchanged", 0);

        assertThat(r.totals()).isEqualTo(LiquidationTotals.NONE);
        assertThat(r.sweep().liquidations()).isEmpty();
    }

    /**
     * A bigger market-wide crash never liquidates fewer accounts nor less notional. Notional is
     * compared at the pre-crash marks (reported notional / (1 - crash)): in USD at the crash prices the
     * same closed size is worth less after a bigger fall. Why the accounts are nested: for one
     * account, {@code equity - MM} is concave in the size of a uniform move (equity linear, MM convex),
     * so the moves at which an account healthy at rest is safe form an interval around 0.
     */
    @Property(tries = 80)
    void aBiggerCrashNeverLiquidatesLess(@ForAll("healthyBooks") List<Account> accounts,
                                         @ForAll @DoubleRange(min = 0.01, max = 0.6) double small,
                                         @ForAll @DoubleRange(min = 0.0, max = 0.3) double extra) {
        double big = Math.min(0.9, small + extra);
        StressBook book = StressBook.of(accounts, REFERENCE);
        StressRunner runner = new StressRunner(book, 1e6, 1);
        StressResult a = runner.run(StressLibrary.crash(small), PRICES, TaskMonitor.NONE);
        StressResult b = runner.run(StressLibrary.crash(big), PRICES, TaskMonitor.NONE);

        assertThat(ids(b)).containsAll(ids(a));
        assertThat(b.totals().notionalLiquidated() / (1 - big))
                .isGreaterThanOrEqualTo(a.totals().notionalLiquidated() / (1 - small) * (1 - 1e-9));
    }

    @Test
    void progressReachesTheTotalAndCancellationStopsTheRun() {
        List<Account> many = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            many.add(Fixtures.account("a" + i, 1000, Position.cross("p", "ETH-PERP", 1, 3000)));
        }
        StressRunner runner = new StressRunner(StressBook.of(many, REFERENCE), 0, 1);
        AtomicLong last = new AtomicLong(-1);
        List<StressScenario> two = List.of(UNCHANGED, StressLibrary.crash(0.1));
        runner.runAll(two, PRICES, new TaskMonitor() {
            @Override
            public boolean isCancelled() {
                return false;
            }

            @Override
            public void progress(long done, long total) {
                assertThat(done).isGreaterThanOrEqualTo(last.get()).isLessThanOrEqualTo(total);
                assertThat(total).isEqualTo(40_000);
                last.set(done);
            }
        });
        assertThat(last.get()).isEqualTo(40_000);

        AtomicLong calls = new AtomicLong();
        TaskMonitor cancelAfterFirstChunk = new TaskMonitor() {
            @Override
            public boolean isCancelled() {
                return calls.incrementAndGet() > 1;
            }

            @Override
            public void progress(long done, long total) {
            }
        };
        assertThatThrownBy(() -> runner.run(UNCHANGED, PRICES, cancelAfterFirstChunk))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void scenariosRunConcurrentlyGiveTheSameResultsInOrder() {
        List<Account> accounts = List.of(NEAR_ETH, BTC_LONG, BTC_SHORT);
        StressBook book = StressBook.of(accounts, REFERENCE);
        List<StressScenario> all = StressLibrary.standard();

        List<StressResult> one = new StressRunner(book, 1000, 1).runAll(all, PRICES, TaskMonitor.NONE);
        List<StressResult> two = new StressRunner(book, 1000, 2).runAll(all, PRICES, TaskMonitor.NONE);

        assertThat(two).isEqualTo(one);
    }

    @Test
    void aRunOnTheSweepsAnEarlierRunLeftGivesAFreshBooksResults() {
        List<Account> accounts = List.of(NEAR_ETH, BTC_LONG, BTC_SHORT);
        StressBook book = StressBook.of(accounts, REFERENCE);
        List<StressScenario> all = StressLibrary.standard();

        List<StressResult> first = new StressRunner(book, 1000, 2).runAll(all, PRICES, TaskMonitor.NONE);
        new StressRunner(book, 50, 1).run(StressLibrary.crash(0.5), PRICES, TaskMonitor.NONE); // other fund, other changes
        List<StressResult> again = new StressRunner(book, 1000, 2).runAll(all, PRICES, TaskMonitor.NONE);
        List<StressResult> fresh = new StressRunner(StressBook.of(accounts, REFERENCE), 1000, 2).runAll(all, PRICES,
                TaskMonitor.NONE);

        assertThat(again).isEqualTo(first).isEqualTo(fresh);
    }

    @Test
    void scenariosPuttingMoreAccountsAtRiskAreTakenFirst() {
        assertThat(StressRunner.longestFirst(new int[] {0, 7, 3, 7, 12})).containsExactly(4, 1, 3, 2, 0);
    }

    private static Set<String> ids(StressResult r) {
        Set<String> ids = new HashSet<>();
        r.sweep().liquidations().forEach(l -> ids.add(l.accountId()));
        return ids;
    }

    @Provide
    Arbitrary<PriceSet> anyPrices() {
        return RandomAccounts.prices();
    }

    @Provide
    Arbitrary<List<Account>> books() {
        return RandomAccounts.accounts().list().ofMinSize(1).ofMaxSize(8).map(StressRunnerTest::numbered);
    }

    /** Cross books on ETH and BTC perpetuals, none liquidatable at {@link #PRICES}. */
    @Provide
    Arbitrary<List<Account>> healthyBooks() {
        Arbitrary<Position> position = Combinators.combine(Arbitraries.of("ETH-PERP", "BTC-PERP"),
                Arbitraries.doubles().between(1_000, 3_000_000), Arbitraries.of(1, -1),
                Arbitraries.doubles().between(0.8, 1.2)).as((m, notional, side, entryFactor) -> {
                    double mark = m.startsWith("BTC") ? 60000 : 3000;
                    return Position.cross("x", m, side * notional / mark, mark * entryFactor);
                });
        Arbitrary<Account> account = Combinators.combine(position.list().ofMinSize(1).ofMaxSize(2),
                Arbitraries.doubles().between(1.0, 40.0)).as((ps, leverage) -> {
                    List<Position> unique = new ArrayList<>();
                    double gross = 0;
                    for (int i = 0; i < ps.size(); i++) {
                        Position p = ps.get(i);
                        if (unique.stream().noneMatch(q -> q.marketId().equals(p.marketId()))) {
                            unique.add(new Position("p" + i, p.marketId(), p.size(), p.entryPrice(), 0,
                                    p.mode(), 0));
                            gross += Math.abs(p.size()) * p.entryPrice();
                        }
                    }
                    return Fixtures.account("x", gross / leverage, unique.toArray(Position[]::new));
                });
        MarginEngine engine = MarginEngine.withoutExplanations();
        return account.filter(a -> {
            return engine.evaluate(a, PRICES, REFERENCE) instanceof AccountRisk r
                    && r.health() != HealthState.LIQUIDATABLE && r.health() != HealthState.BANKRUPT;
        }).list().ofMinSize(1).ofMaxSize(8).map(StressRunnerTest::numbered);
    }

    private static List<Account> numbered(List<Account> accounts) {
        List<Account> out = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            Account a = accounts.get(i);
            out.add(new Account("acc" + i, a.collateral(), a.positions()));
        }
        return out;
    }
}
