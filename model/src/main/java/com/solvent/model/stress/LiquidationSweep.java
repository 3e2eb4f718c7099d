package com.solvent.model.stress;

import com.solvent.model.Checks;
import com.solvent.model.account.Account;
import com.solvent.model.account.Position;
import com.solvent.model.adl.AdlCandidate;
import com.solvent.model.adl.AdlFill;
import com.solvent.model.adl.AdlOutcome;
import com.solvent.model.adl.AutoDeleveraging;
import com.solvent.model.book.BookEvaluator;
import com.solvent.model.book.LiquidationColumns;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.engine.MarginMath;
import com.solvent.model.market.Perpetual;
import com.solvent.model.liquidation.BankruptPosition;
import com.solvent.model.liquidation.LiquidationEngine;
import com.solvent.model.liquidation.LiquidationFill;
import com.solvent.model.liquidation.LiquidationOutcome;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.AccountResult;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.HealthState;
import com.solvent.model.risk.PositionRisk;
import com.solvent.model.task.TaskMonitor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;

/**
 * Liquidates every account of a {@link StressBook} that is at or past maintenance at given prices,
 * then auto-deleverages what the insurance fund could not cover. The formulas are the core's
 * {@link LiquidationEngine#liquidate} and {@link AutoDeleveraging}; this class decides <em>which</em>
 * accounts, in what order, and adds up the outcomes. Two implementations ({@link Path}) give the same
 * results (differential tests: the same accounts, fills and counterparties, money within 1e-9 relative).
 *
 * <h2>Screening</h2>
 * A sweep first evaluates the whole book with the columnar {@link BookEvaluator} (one pass over
 * primitive arrays, no records) and liquidates only the accounts whose health is LIQUIDATABLE or
 * BANKRUPT. The screen is exact, not a heuristic: the book's health equals the engine's (the book's
 * differential test), and the liquidation engine acts on exactly the groups in those states.
 * Accounts already changed by an earlier sweep of the same object are evaluated in their current state.
 *
 * <h2>Columnar path (the default)</h2>
 * Accounts the book holds in columns (cross perpetuals, listed collateral) are liquidated and
 * deleveraged in primitive columns ({@link LiquidationColumns}: the same arithmetic as the record
 * engine, no record per account); the routed ones (isolated positions, futures, options, unknown
 * markets or collateral) take the record path below, interleaved in book order. Liquidating one
 * account does not depend on the insurance fund (the fund only splits a deficit into draw and bad
 * debt), so the columnar liquidations run in parallel and a sequential walk in book order then
 * threads the fund through them exactly as the record path does.
 *
 * <h2>Order and the insurance fund</h2>
 * Accounts are liquidated in book order, each with the fund balance the previous one left; the sweep's
 * totals are therefore the sums of the per-account {@link LiquidationOutcome}s.
 *
 * <h2>Auto-deleveraging</h2>
 * After the liquidations, the bankrupt quantities of one market and side are offset together: one
 * {@link BankruptPosition} of their summed size at their size-weighted bankruptcy price
 * {@code sum(size_i x price_i) / sum(size_i)}, which makes counterparties give up exactly the summed
 * bad debt (the ranking is computed once per market and side instead of once per bankrupt position;
 * which counterparty absorbs which bankrupt position is not modelled). Counterparties are the book's
 * accounts with a profitable position in that market on the other side, in their current state,
 * ranked by {@link AutoDeleveraging}'s score (profit factor x leverage, highest first; then account id,
 * then position id); each is then reduced as {@link AutoDeleveraging#deleverage} reduces a single
 * counterparty, so that one the core refuses to reduce (an isolated position whose margin would turn
 * negative at the bankruptcy price) is skipped and counted instead of failing the run. The record
 * path shortlists counterparties from the columnar pass (see {@code counterpartyShortlist}) and ranks
 * them with records; the columnar path indexes every candidate once per sweep in primitive columns,
 * keeps the index current as accounts are reduced, and takes candidates in rank order by partial
 * selection (only as many as the deficit needs are ever sorted).
 *
 * <p>State: the accounts changed so far and the fund balance carry over from one sweep to the next
 * (a cascade calls {@link #sweep} once per round). Not thread-safe: one sweep at a time; the results
 * are immutable. {@link #close()} stops the worker threads.
 */
public final class LiquidationSweep implements AutoCloseable {
    /** Accounts between two cancellation checks / progress reports. */
    private static final int CHUNK = 8192;
    /** Fewest columnar counterparties handed to the exact ranking. */
    private static final int SHORTLIST_MIN = 64;

    private final StressBook book;
    private final MarginPolicy policy;
    private final BookEvaluator evaluator;
    private final MarginEngine engine = MarginEngine.withoutExplanations();
    private final LiquidationEngine liquidation = new LiquidationEngine();
    private final AutoDeleveraging adl = new AutoDeleveraging();
    /** Accounts whose state differs from the book's columns, by index. */
    private final Map<Integer, Account> changed = new HashMap<>();
    /** Record-engine evaluations of changed accounts at the current sweep's prices (for the shortlist). */
    private final Map<Integer, AccountRisk> recordRisks = new HashMap<>();
    private double fund;

    /** Which implementation liquidates and deleverages the accounts the book holds in columns. */
    public enum Path {
        /**
         * Columnar accounts (cross perpetuals, listed collateral) liquidated and deleveraged in primitive
         * columns ({@link LiquidationColumns}); routed accounts by the record engine. The default.
         */
        COLUMNAR,
        /** Every account through {@link LiquidationEngine} and {@link AutoDeleveraging} records: the reference. */
        RECORD
    }

    /** Columnar state of the run; null on the record path. */
    private final LiquidationColumns columns;
    /** Accounts the columns do not hold, ascending (columnar path only). */
    private final int[] routed;
    /** Workers for the columnar liquidations; null for one thread. */
    private final ForkJoinPool pool;
    private final int threads;
    /** Auto-deleveraging scratch (columnar path): accounts already offered in the current market and side. */
    private final boolean[] offered;
    private int[] offeredList = new int[16];
    /** Columnar accounts deleveraged in the current sweep (their count is the totals' figure). */
    private final boolean[] deleveraged;
    private double[] eligibleScore = new double[8];
    private int[] eligiblePosition = new int[8];
    private final double[] figures = new double[3];
    /** Screen output, reused from sweep to sweep. */
    private int[] candidates;
    private boolean[] candidateUncertain;
    /** Ranking arrays, reused from one bankrupt market and side to the next. */
    private double[] workScore = new double[0];
    /** Where {@link Ranking#warm}'s reads end up, so that they are not optimised away; of no meaning. */
    private long warmSink;
    private int[] workRef = new int[0];

    /**
     * A sweep over {@code book} starting with {@code insuranceFund} USD ({@code >= 0}); the columnar
     * screen and liquidations run on {@code threads} threads (1 = the caller's). Columnar path.
     */
    public LiquidationSweep(StressBook book, double insuranceFund, int threads) {
        this(book, insuranceFund, threads, Path.COLUMNAR);
    }

    /** As {@link #LiquidationSweep(StressBook, double, int)} on the given {@code path}. */
    public LiquidationSweep(StressBook book, double insuranceFund, int threads, Path path) {
        this.book = Checks.required(book, "book");
        this.policy = book.policy();
        this.fund = Checks.nonNegative(insuranceFund, "insuranceFund");
        this.evaluator = new BookEvaluator(book.book(), threads);
        this.threads = threads;
        LiquidationColumns cols = Checks.required(path, "path") == Path.COLUMNAR ? new LiquidationColumns(book.book()) : null;
        this.columns = cols != null && cols.settles() ? cols : null;
        if (columns != null) {
            int[] r = new int[book.book().routedCount()];
            int k = 0;
            for (int a = 0; a < book.accountCount() && k < r.length; a++) {
                if (columns.isRouted(a)) {
                    r[k++] = a;
                }
            }
            routed = r;
        } else {
            routed = new int[0];
        }
        this.pool = columns != null && threads > 1 ? new ForkJoinPool(threads) : null;
        this.offered = columns != null ? new boolean[book.accountCount()] : null;
        this.deleveraged = columns != null ? new boolean[book.accountCount()] : null;
    }

    /**
     * Back to the book as built, with {@code insuranceFund} USD: every account unchanged (a stress
     * runner reuses one sweep, its evaluator and its columns, for scenario after scenario).
     */
    void reset(double insuranceFund) {
        fund = Checks.nonNegative(insuranceFund, "insuranceFund");
        changed.clear();
        recordRisks.clear();
        if (columns != null) {
            columns.reset();
        }
    }

    /**
     * How many of every {@code stride}-th account (columnar ones) are at or past maintenance at
     * {@code prices} in their current state: a cheap measure of a scenario's work (its liquidations,
     * and the bad debt they leave to deleverage), to order scenarios by. 0 on the record path.
     * Changes nothing a sweep reads (a sweep sets its own prices).
     */
    int sampleAtRisk(PriceSet prices, int stride) {
        if (columns == null) {
            return 0;
        }
        columns.setPrices(prices);
        double[] f = new double[3];
        int count = 0;
        for (int a = 0; a < book.accountCount(); a += stride) {
            if (!columns.isRouted(a) && columns.evaluate(a, f) && f[1] >= f[0]) {
                count++;
            }
        }
        return count;
    }

    /** The insurance fund's balance now, USD. */
    public double insuranceFund() {
        return fund;
    }

    /** The current state of account {@code index} (after any liquidation or deleveraging so far). */
    public Account account(int index) {
        if (columns != null && !columns.isRouted(index)) {
            return columns.current(index, book.account(index));
        }
        Account a = changed.get(index);
        return a != null ? a : book.account(index);
    }

    /**
     * Liquidates every account at or past maintenance at {@code prices}, then deleverages.
     *
     * @throws java.util.concurrent.CancellationException when {@code monitor} is cancelled (checked every
     *         {@value #CHUNK} accounts); the accounts liquidated so far stay liquidated
     */
    public SweepResult sweep(PriceSet prices, TaskMonitor monitor) {
        Checks.required(prices, "prices");
        return columns != null ? sweepColumns(prices, monitor) : sweepRecords(prices, monitor);
    }

    private SweepResult sweepRecords(PriceSet prices, TaskMonitor monitor) {
        double fundBefore = fund;
        int n = book.accountCount();
        monitor.checkpoint(0, n);
        evaluator.evaluate(prices);
        Tally tally = new Tally();
        for (int a = 0; a < n; a++) {
            if (a % CHUNK == 0 && a > 0) {
                monitor.checkpoint(a, n);
            }
            int due = screen(a, prices, tally);
            if (due != HEALTHY) {
                Account current = changed.get(a);
                liquidate(a, current != null ? current : book.account(a), prices, due == DUE_UNCERTAIN, tally);
            }
        }
        deleverage(prices, tally, () -> monitor.checkpoint(n, n));
        LiquidationTotals totals = new LiquidationTotals(tally.liquidations.size(), tally.bankrupt, tally.notional,
                tally.penalty, tally.toLiquidator, tally.toFund, tally.draw, tally.badDebt,
                tally.deleveragedAccounts.size(), tally.deleveragedNotional, tally.recovered, tally.unfilled);
        return new SweepResult(totals, n, tally.failed, tally.uncertain, fundBefore, fund, tally.netSold,
                tally.liquidations, tally.adlFills, tally.adlSkipped);
    }

    private void liquidate(int index, Account account, PriceSet prices, boolean uncertain, Tally tally) {
        LiquidationOutcome o;
        try {
            o = liquidation.liquidate(account, prices, policy, fund);
        } catch (IllegalArgumentException e) {
            tally.failed++;
            return;
        }
        if (o.nothingToDo()) {
            return;
        }
        fund = o.insuranceFundAfter();
        changed.put(index, o.after());
        tally.liquidations.add(new AccountLiquidation(account.id(), o.healthBefore(), o.healthAfter(),
                o.liquidatedNotional(), o.penalty(), o.insuranceDraw(), o.badDebt(), uncertain));
        if (o.healthBefore() == HealthState.BANKRUPT) {
            tally.bankrupt++;
        }
        tally.notional += o.liquidatedNotional();
        tally.penalty += o.penalty();
        tally.toLiquidator += o.penaltyToLiquidator();
        tally.toFund += o.penaltyToInsuranceFund();
        tally.draw += o.insuranceDraw();
        tally.badDebt += o.badDebt();
        for (LiquidationFill f : o.fills()) {
            // an option's fill names its contract, not a market: closing it trades the option, not the
            // underlying's perpetual, so it adds no flow to the underlying (it used to fail the sweep)
            policy.market(f.marketId()).ifPresent(m ->
                    tally.netSold.merge(m.underlying(), f.closedSize() * f.price(), Double::sum));
        }
        for (BankruptPosition b : o.toDeleverage()) {
            if (columns != null) {
                tally.group(b.marketId(), b.side(), columns.marketIndex(b.marketId())).add(b);
                continue;
            }
            tally.bankruptQuantities.computeIfAbsent(b.marketId() + (b.side() > 0 ? "|long" : "|short"),
                    k -> new ArrayList<>()).add(b);
        }
    }

    /** {@code checkpoint} reports progress and throws when cancelled; called before each market and side. */
    private void deleverage(PriceSet prices, Tally tally, Runnable checkpoint) {
        recordRisks.clear();
        checkpoint.run();
        for (List<BankruptPosition> group : tally.bankruptQuantities.values()) {
            checkpoint.run();
            BankruptPosition combined = combine(group);
            Map<String, Integer> indexById = new HashMap<>();
            List<Account> counterparties = new ArrayList<>();
            for (int a : counterpartyShortlist(combined, prices)) {
                Account acc = account(a);
                indexById.put(acc.id(), a);
                counterparties.add(acc);
            }
            double remaining = Math.abs(combined.size());
            Set<String> done = new HashSet<>();
            for (AdlCandidate c : adl.rank(combined.marketId(), combined.side(), counterparties, prices, policy)) {
                if (remaining <= Math.abs(combined.size()) * 1e-12) {
                    remaining = 0;
                    break;
                }
                if (!done.add(c.accountId())) {
                    continue; // the account's other positions in this market were offered with its first one
                }
                int index = indexById.get(c.accountId());
                // one counterparty account at a time, so that one the core refuses to reduce (an isolated
                // position whose margin would go negative at the bankruptcy price) is skipped, not fatal;
                // also, AutoDeleveraging.deleverage finds each ranked account by a linear search of its
                // list, quadratic over a long shortlist (measured: one call over the shortlist doubled the
                // library's time)
                BankruptPosition rest = new BankruptPosition(combined.accountId(), combined.positionId(),
                        combined.marketId(), combined.side() * remaining, combined.bankruptcyPrice(),
                        combined.badDebt() * remaining / Math.abs(combined.size()));
                AdlOutcome out;
                try {
                    out = adl.deleverage(rest, List.of(account(index)), prices, policy);
                } catch (IllegalArgumentException | IllegalStateException e) {
                    tally.adlSkipped++;
                    continue;
                }
                if (out.fills().isEmpty()) {
                    continue;
                }
                changed.put(index, out.accounts().getFirst());
                recordRisks.remove(index);
                tally.deleveragedAccounts.add(c.accountId());
                for (AdlFill f : out.fills()) {
                    tally.deleveragedNotional += Math.abs(f.closedSize()) * f.price();
                }
                tally.adlFills.addAll(out.fills());
                tally.recovered += out.recovered();
                remaining = out.unfilledSize();
            }
            tally.unfilled += remaining;
        }
    }

    /**
     * The accounts worth ranking against {@code bankrupt}: the best holders of the other side by the
     * ranking's own score (see {@link AutoDeleveraging}: price factor x
     * {@link MarginMath#leverage}(notional, group equity), profitable positions only), until their
     * size covers twice the bankrupt size and at least {@value #SHORTLIST_MIN} of them. For a columnar
     * account (cross perpetuals only) the score comes from the columnar pass (the cross group's equity
     * is the book's account equity); for an account changed in this run, or one the columns do not
     * hold, from one record-engine evaluation per sweep. The exact ranking of the shortlist by
     * {@link AutoDeleveraging#rank} therefore starts with the same counterparties as a ranking of every
     * holder would; the 2x margin absorbs rounding at the cut. It saves evaluating every holder of the
     * market with the record engine for every bankrupt market and side.
     */
    private List<Integer> counterpartyShortlist(BankruptPosition bankrupt, PriceSet prices) {
        List<Integer> shortlist = new ArrayList<>();
        List<double[]> scored = new ArrayList<>();
        String market = bankrupt.marketId();
        // an option's bankrupt quantity names its contract, which no market lists and no position holds
        double mark = policy.market(market).flatMap(m -> prices.get(m.underlying()))
                .map(com.solvent.model.price.AssetPrice::mark).orElse(Double.NaN);
        for (int a : book.holders(market)) {
            Account acc = account(a);
            if (!holdsOpposite(acc, bankrupt)) {
                continue;
            }
            if (changed.containsKey(a) || !columnar(acc)) {
                // not (or no longer) what the columns hold: the same score from the record engine, once per sweep
                AccountRisk risk = recordRisk(a, acc, prices);
                for (PositionRisk p : risk == null ? List.<PositionRisk>of() : risk.positions()) {
                    if (p.marketId().equals(market) && Math.signum(p.size()) != bankrupt.side()
                            && p.unrealizedPnl() > 0 && !p.settled()) {
                        double priceFactor = p.size() > 0 ? p.markPrice() / p.entryPrice() : p.entryPrice() / p.markPrice();
                        scored.add(new double[] {priceFactor * MarginMath.leverage(p.notional(), p.groupEquity()),
                                Math.abs(p.size()), a});
                    }
                }
                continue;
            }
            if (evaluator.health(a).isEmpty()) {
                continue;
            }
            double equity = evaluator.equity(a);
            for (Position p : acc.positions()) {
                if (!p.marketId().equals(market) || p.side() == bankrupt.side()
                        || p.size() * (mark - p.entryPrice()) + p.accruedFunding() <= 0) {
                    continue;
                }
                double priceFactor = p.size() > 0 ? mark / p.entryPrice() : p.entryPrice() / mark;
                double score = priceFactor * MarginMath.leverage(Math.abs(p.size()) * mark, equity);
                scored.add(new double[] {score, Math.abs(p.size()), a});
            }
        }
        scored.sort((x, y) -> Double.compare(y[0], x[0]));
        double covered = 0;
        Set<Integer> taken = new HashSet<>();
        for (int i = 0; i < scored.size(); i++) {
            if (covered >= 2 * Math.abs(bankrupt.size()) && i >= SHORTLIST_MIN) {
                break;
            }
            covered += scored.get(i)[1];
            int a = (int) scored.get(i)[2];
            if (taken.add(a)) {
                shortlist.add(a);
            }
        }
        shortlist.sort(Integer::compare);
        return shortlist;
    }

    private AccountRisk recordRisk(int index, Account account, PriceSet prices) {
        AccountRisk cached = recordRisks.get(index);
        if (cached == null && engine.evaluate(account, prices, policy) instanceof AccountRisk risk) {
            recordRisks.put(index, risk);
            cached = risk;
        }
        return cached;
    }

    /** True when the book holds the account in its columns: cross perpetuals and listed collateral only. */
    private boolean columnar(Account account) {
        for (Position p : account.positions()) {
            if (p.isIsolated() || policy.market(p.marketId()).map(m -> !(m.instrument() instanceof Perpetual)).orElse(true)) {
                return false;
            }
        }
        for (var c : account.collateral()) {
            if (policy.collateralAsset(c.asset()).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** One bankrupt quantity standing for several of the same market and side (see the class Javadoc). */
    private static BankruptPosition combine(List<BankruptPosition> group) {
        if (group.size() == 1) {
            return group.getFirst();
        }
        double size = 0;
        double sizeTimesPrice = 0;
        double badDebt = 0;
        for (BankruptPosition b : group) {
            size += b.size();
            sizeTimesPrice += b.size() * b.bankruptcyPrice();
            badDebt += b.badDebt();
        }
        BankruptPosition first = group.getFirst();
        return new BankruptPosition(group.size() + " accounts", first.marketId() + (size > 0 ? " longs" : " shorts"),
                first.marketId(), size, sizeTimesPrice / size, badDebt);
    }

    private static boolean holdsOpposite(Account account, BankruptPosition bankrupt) {
        for (Position p : account.positions()) {
            if (p.marketId().equals(bankrupt.marketId()) && p.side() != bankrupt.side()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        evaluator.close();
        if (pool != null) {
            pool.shutdown();
        }
    }

    // ---------------------------------------------------------------- columnar path

    /**
     * The columnar sweep: screen (the evaluator's pass for unchanged accounts, the columns for changed
     * ones, the record engine for routed ones), liquidate the columnar candidates in parallel (a
     * liquidation does not depend on the fund), then walk every candidate in book order for the fund,
     * the totals and the records, and deleverage.
     */
    private SweepResult sweepColumns(PriceSet prices, TaskMonitor monitor) {
        double fundBefore = fund;
        int n = book.accountCount();
        monitor.checkpoint(0, n);
        evaluator.evaluate(prices);
        columns.setPrices(prices);
        Arrays.fill(deleveraged, false);
        Tally tally = new Tally();
        ColumnarLists.Liquidations liquidationList = new ColumnarLists.Liquidations(book.book());
        ColumnarLists.Fills fillList = new ColumnarLists.Fills(book.book(), positionIds());
        tally.liquidations = liquidationList;
        tally.adlFills = fillList;
        tally.soldByMarket = new double[policy.markets().size()];
        tally.soldTouched = new boolean[tally.soldByMarket.length];
        tally.groupByMarketSide = new BankruptGroup[2 * tally.soldByMarket.length];
        if (candidates == null) {
            candidates = new int[n];
            candidateUncertain = new boolean[n];
        }
        int[] candidates = this.candidates;
        boolean[] candidateUncertain = this.candidateUncertain;
        int[] counts = new int[2];
        int found = columns.screen(evaluator, candidates, candidateUncertain, counts);
        tally.failed += counts[0];
        tally.uncertain += counts[1];
        List<int[]> routedCandidates = screenRouted(prices, tally);
        liquidationList.reserve(found + routedCandidates.size()); // at most one entry per candidate
        monitor.checkpoint(n / 4, n);

        LiquidationColumns.Log[] logs = liquidateColumns(candidates, found);
        monitor.checkpoint(n / 2, n);
        int r = 0;
        int c = 0;
        int done = 0;
        for (LiquidationColumns.Log log : logs) {
            for (int e = 0; e < log.entries(); e++) {
                int a = log.account(e);
                while (r < routedCandidates.size() && routedCandidates.get(r)[0] < a) {
                    int[] rc = routedCandidates.get(r++);
                    liquidate(rc[0], account(rc[0]), prices, rc[1] != 0, tally);
                }
                while (candidates[c] != a) {
                    c++;
                }
                bookColumnar(log, e, candidateUncertain[c], tally);
                if (++done % CHUNK == 0) {
                    monitor.checkpoint(n / 2 + (long) n / 4 * done / Math.max(1, found), n);
                }
            }
        }
        while (r < routedCandidates.size()) {
            int[] rc = routedCandidates.get(r++);
            liquidate(rc[0], account(rc[0]), prices, rc[1] != 0, tally);
        }
        for (int m = 0; m < tally.soldByMarket.length; m++) {
            if (tally.soldTouched[m]) {
                String asset = policy.market(columns.marketId(m)).orElseThrow().underlying();
                tally.netSold.merge(asset, tally.soldByMarket[m], Double::sum);
            }
        }
        // the bad debt of each bankrupt account takes about one counterparty to offset (0.8 to 1.4 accounts
        // deleveraged per bankrupt one over the benchmarks' library): room for that many fills at once,
        // instead of growing the list by doubling
        fillList.reserve(tally.bankrupt + tally.bankrupt / 2);
        deleverageColumns(prices, tally, () -> monitor.checkpoint(n, n));
        liquidationList.seal();
        fillList.seal();
        LiquidationTotals totals = new LiquidationTotals(tally.liquidations.size(), tally.bankrupt, tally.notional,
                tally.penalty, tally.toLiquidator, tally.toFund, tally.draw, tally.badDebt,
                tally.deleveragedAccounts.size() + tally.deleveragedColumnar, tally.deleveragedNotional, tally.recovered, tally.unfilled);
        return new SweepResult(totals, n, tally.failed, tally.uncertain, fundBefore, fund, tally.netSold,
                tally.liquidations, tally.adlFills, tally.adlSkipped);
    }

    private static final int HEALTHY = 0;
    private static final int DUE = 1;
    private static final int DUE_UNCERTAIN = 2;

    /**
     * Account {@code a}'s standing at {@code prices}: from the columns, or from the record engine when
     * the sweep changed it. {@link #DUE} or {@link #DUE_UNCERTAIN} when at or past maintenance,
     * {@link #HEALTHY} otherwise or when it cannot be evaluated; counts failures and uncertainty.
     */
    private int screen(int a, PriceSet prices, Tally tally) {
        Account current = changed.get(a);
        HealthState health;
        boolean uncertain;
        if (current == null) {
            Optional<HealthState> h = evaluator.health(a);
            if (h.isEmpty()) {
                tally.failed++;
                return HEALTHY;
            }
            health = h.get();
            uncertain = evaluator.uncertain(a);
        } else {
            AccountResult result = engine.evaluate(current, prices, policy);
            if (!(result instanceof AccountRisk risk)) {
                tally.failed++;
                return HEALTHY;
            }
            health = risk.health();
            uncertain = risk.uncertain();
        }
        if (uncertain) {
            tally.uncertain++;
        }
        if (health == HealthState.LIQUIDATABLE || health == HealthState.BANKRUPT) {
            return uncertain ? DUE_UNCERTAIN : DUE;
        }
        return HEALTHY;
    }

    /** Routed accounts at or past maintenance, ascending, as {index, uncertain 0/1}; counts failures and uncertainty. */
    private List<int[]> screenRouted(PriceSet prices, Tally tally) {
        List<int[]> out = new ArrayList<>();
        for (int a : routed) {
            int due = screen(a, prices, tally);
            if (due != HEALTHY) {
                out.add(new int[] {a, due == DUE_UNCERTAIN ? 1 : 0});
            }
        }
        return out;
    }

    /** The logs of {@link #liquidateColumns}, kept from sweep to sweep (grown once, not per scenario). */
    private final List<LiquidationColumns.Log> logPool = new ArrayList<>();

    /** Liquidates {@code candidates[0 .. found-1]} in columns, in contiguous pieces (in parallel with a pool); logs in order. */
    private LiquidationColumns.Log[] liquidateColumns(int[] candidates, int found) {
        int pieces = pool == null ? 1 : Math.max(1, Math.min(4 * threads, found / 8));
        LiquidationColumns.Log[] logs = new LiquidationColumns.Log[pieces];
        List<Callable<Void>> tasks = new ArrayList<>(pieces);
        for (int i = 0; i < pieces; i++) {
            int from = (int) ((long) found * i / pieces);
            int to = (int) ((long) found * (i + 1) / pieces);
            if (logPool.size() <= i) {
                logPool.add(new LiquidationColumns.Log());
            }
            LiquidationColumns.Log log = logPool.get(i);
            log.clear();
            logs[i] = log;
            tasks.add(() -> {
                for (int k = from; k < to; k++) {
                    columns.liquidate(candidates[k], log);
                }
                return null;
            });
        }
        if (pool == null) {
            try {
                tasks.getFirst().call();
            } catch (Exception e) {
                throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
            }
        } else {
            for (var f : pool.invokeAll(tasks)) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.util.concurrent.CancellationException("interrupted");
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
                }
            }
        }
        return logs;
    }

    /**
     * Books log entry {@code e} in the sweep's order: the penalty shares enter the fund fill by fill,
     * then the fund covers the deficit as far as it can and the rest is bad debt, shared among the
     * account's fills by notional (LiquidationEngine's rule).
     */
    private void bookColumnar(LiquidationColumns.Log log, int e, boolean uncertain, Tally tally) {
        int from = log.fillFrom(e);
        int to = log.fillTo(e);
        double shortfall = log.shortfall(e);
        if (from == to && shortfall <= 0) {
            return;
        }
        int a = log.account(e);
        double notional = 0;
        double penalty = 0;
        for (int f = from; f < to; f++) {
            double charge = log.fillPenalty(f);
            double share = log.fillLiquidatorShare(f);
            double closed = log.fillClosed(f);
            double price = log.fillPrice(f);
            notional += Math.abs(closed) * price;
            penalty += charge;
            tally.toLiquidator += charge * share;
            tally.toFund += charge * (1 - share);
            fund += charge * (1 - share);
            int m = columns.market(log.fillPosition(f));
            tally.soldByMarket[m] += closed * price;
            tally.soldTouched[m] = true;
        }
        double draw = 0;
        double badDebt = 0;
        if (shortfall > 0) {
            double covered = Math.min(shortfall, fund);
            fund -= covered;
            draw = covered;
            double uncovered = shortfall - covered;
            badDebt = uncovered;
            if (uncovered > 0 && from < to) {
                double groupNotional = 0;
                for (int f = from; f < to; f++) {
                    groupNotional += Math.abs(log.fillClosed(f)) * log.fillPrice(f);
                }
                for (int f = from; f < to; f++) {
                    double closed = log.fillClosed(f);
                    double price = log.fillPrice(f);
                    double share = groupNotional > 0 ? uncovered * (Math.abs(closed) * price) / groupNotional
                            : uncovered / (to - from);
                    double bankruptcyPrice = Math.max(price + share / closed, price * 1e-9);
                    int p = log.fillPosition(f);
                    int m = columns.market(p);
                    BankruptGroup g = tally.group(marketId(p), closed > 0 ? 1 : -1, m);
                    if (g.count == 0) { // the group's first quantity stands for it alone: a record with its ids
                        Account original = book.account(a);
                        g.add(new BankruptPosition(original.id(), original.positions().get(p - columns.firstPosition(a)).id(),
                                g.marketId, closed, bankruptcyPrice, share));
                    } else {
                        g.add(closed, bankruptcyPrice, share);
                    }
                }
            }
        }
        HealthState before = log.healthBefore(e);
        ((ColumnarLists.Liquidations) tally.liquidations).append(a, before, log.healthAfter(e), notional, penalty, draw,
                badDebt, uncertain);
        if (before == HealthState.BANKRUPT) {
            tally.bankrupt++;
        }
        tally.notional += notional;
        tally.penalty += penalty;
        tally.draw += draw;
        tally.badDebt += badDebt;
    }

    private String marketId(int position) {
        return columns.marketId(columns.market(position));
    }

    /**
     * Auto-deleveraging on the columnar path: per bankrupt market and side (in the order they arose),
     * every eligible holder ranked by the score of {@link AutoDeleveraging} (columnar holders from
     * primitive columns, routed ones from the record engine), taken in rank order only as far as the
     * bankrupt size needs (a partial selection, not a sort of every holder). Each account reached is
     * reduced as {@link AutoDeleveraging#deleverage} reduces a single counterparty: its own eligible
     * positions in rank order at the bankruptcy price.
     */
    private void deleverageColumns(PriceSet prices, Tally tally, Runnable checkpoint) {
        recordRisks.clear();
        checkpoint.run();
        if (!tally.groups.isEmpty()) {
            // only the buckets some group will read are indexed and re-scored as accounts are reduced
            boolean[] read = new boolean[2 * policy.markets().size()];
            for (BankruptGroup g : tally.groups.values()) {
                int m = columns.marketIndex(g.marketId);
                if (m >= 0) {
                    read[2 * m + (g.size > 0 ? 0 : 1)] = true;
                }
            }
            columns.indexCandidates(evaluator, read);
        }
        for (BankruptGroup group : tally.groups.values()) {
            checkpoint.run();
            BankruptPosition combined = group.combined();
            int market = columns.marketIndex(combined.marketId());
            Ranking ranking = rank(combined, market, prices);
            if (market >= 0) {
                columns.setBucketLive(market, -combined.side(), false); // copied by rank, read by this group only
            }
            double size = Math.abs(combined.size());
            double remaining = size;
            int touched = 0;
            for (int next = ranking.next(); next != Ranking.END; next = ranking.next()) {
                if (remaining <= size * 1e-12) {
                    remaining = 0;
                    break;
                }
                ranking.warm();
                int a = ranking.account(next);
                if (offered[a]) {
                    continue;
                }
                offered[a] = true;
                offeredList = push(offeredList, touched++, a);
                if (next >= 0) {
                    remaining = deleverageColumnar(a, market, combined.side(), remaining, combined.bankruptcyPrice(), tally);
                    continue;
                }
                BankruptPosition rest = new BankruptPosition(combined.accountId(), combined.positionId(),
                        combined.marketId(), combined.side() * remaining, combined.bankruptcyPrice(),
                        combined.badDebt() * remaining / size);
                AdlOutcome out;
                try {
                    out = adl.deleverage(rest, List.of(account(a)), prices, policy);
                } catch (IllegalArgumentException | IllegalStateException e) {
                    tally.adlSkipped++;
                    continue;
                }
                if (out.fills().isEmpty()) {
                    continue;
                }
                changed.put(a, out.accounts().getFirst());
                recordRisks.remove(a);
                tally.deleveragedAccounts.add(out.fills().getFirst().accountId());
                for (AdlFill f : out.fills()) {
                    tally.deleveragedNotional += Math.abs(f.closedSize()) * f.price();
                }
                tally.adlFills.addAll(out.fills());
                tally.recovered += out.recovered();
                remaining = out.unfilledSize();
            }
            for (int i = 0; i < touched; i++) {
                offered[offeredList[i]] = false;
            }
            warmSink += ranking.sink;
            tally.unfilled += remaining;
        }
    }

    private static int[] push(int[] list, int at, int value) {
        int[] out = at == list.length ? Arrays.copyOf(list, Math.max(16, at * 2)) : list;
        out[at] = value;
        return out;
    }

    /** Every eligible counterparty position of {@code bankrupt}'s market and other side, ready to be taken in rank order. */
    private Ranking rank(BankruptPosition bankrupt, int market, PriceSet prices) {
        int capacity = market < 0 ? 0 : columns.candidateCount(market, -bankrupt.side());
        List<String[]> routedIds = new ArrayList<>();
        List<double[]> routedScores = new ArrayList<>();
        for (int a : routed) {
            Account acc = account(a);
            if (!holdsOpposite(acc, bankrupt)) {
                continue;
            }
            AccountRisk risk = recordRisk(a, acc, prices);
            for (PositionRisk p : risk == null ? List.<PositionRisk>of() : risk.positions()) {
                if (p.marketId().equals(bankrupt.marketId()) && Math.signum(p.size()) != bankrupt.side()
                        && p.unrealizedPnl() > 0 && !p.settled()) {
                    double priceFactor = p.size() > 0 ? p.markPrice() / p.entryPrice() : p.entryPrice() / p.markPrice();
                    routedScores.add(new double[] {priceFactor * MarginMath.leverage(p.notional(), p.groupEquity()), a});
                    routedIds.add(new String[] {acc.id(), p.positionId()});
                }
            }
        }
        if (workScore.length < capacity + routedScores.size()) {
            workScore = new double[capacity + routedScores.size()];
            workRef = new int[workScore.length];
        }
        double[] score = workScore;
        int[] ref = workRef;
        int count = market < 0 ? 0 : columns.candidates(market, -bankrupt.side(), score, ref, 0);
        int[] routedAccount = new int[routedScores.size()];
        for (int i = 0; i < routedScores.size(); i++) {
            score[count] = routedScores.get(i)[0];
            routedAccount[i] = (int) routedScores.get(i)[1];
            ref[count++] = -(i + 1);
        }
        return new Ranking(score, ref, count, routedAccount, routedIds);
    }

    /**
     * Reduces columnar account {@code a}'s positions in {@code market} on the side opposite
     * {@code bankruptSide} with a positive uPnL, best score first (then position id), at {@code price}
     * until {@code remaining} units are covered, as {@link AutoDeleveraging#deleverage} does for a
     * single counterparty; returns what is left, {@code >= 0}.
     */
    private double deleverageColumnar(int a, int market, int bankruptSide, double remaining, double price, Tally tally) {
        double mark = columns.marketMark(market);
        int first = columns.firstPosition(a);
        if (eligibleScore.length < columns.endPosition(a) - first) {
            eligibleScore = new double[columns.endPosition(a) - first];
            eligiblePosition = new int[eligibleScore.length];
        }
        int count = 0;
        for (int p = first, end = columns.endPosition(a); p < end; p++) {
            double s = columns.size(p);
            if (columns.market(p) != market || s == 0.0 || (s > 0 ? 1 : -1) == bankruptSide
                    || s * (mark - columns.entry(p)) + columns.funding(p) <= 0) {
                continue;
            }
            eligiblePosition[count++] = p;
        }
        if (count == 0) {
            return remaining;
        }
        if (count > 1) { // the order among one account's positions needs their scores (one group equity)
            double[] f = figures;
            if (!columns.evaluate(a, f)) {
                return remaining;
            }
            for (int i = 0; i < count; i++) {
                int p = eligiblePosition[i];
                double s = columns.size(p);
                double priceFactor = s > 0 ? mark / columns.entry(p) : columns.entry(p) / mark;
                eligibleScore[i] = priceFactor * MarginMath.leverage(Math.abs(s) * mark, f[0]);
            }
        }
        String[] ids = positionIds();
        for (int i = 1; i < count; i++) { // several positions of one account in one market: rare, insertion sort
            for (int j = i; j > 0 && before(ids, j, j - 1); j--) {
                double ts = eligibleScore[j];
                eligibleScore[j] = eligibleScore[j - 1];
                eligibleScore[j - 1] = ts;
                int tp = eligiblePosition[j];
                eligiblePosition[j] = eligiblePosition[j - 1];
                eligiblePosition[j - 1] = tp;
            }
        }
        double start = remaining;
        for (int i = 0; i < count; i++) {
            if (remaining <= start * 1e-12) {
                remaining = 0.0;
                break;
            }
            int p = eligiblePosition[i];
            double s = columns.size(p);
            double quantity = Math.min(remaining, Math.abs(s));
            double closedSigned = Math.signum(s) * quantity;
            double realized = closedSigned * (price - columns.entry(p)) + columns.funding(p) * quantity / Math.abs(s);
            columns.reduce(a, p, quantity, price);
            double givenUp = closedSigned * (mark - price);
            ((ColumnarLists.Fills) tally.adlFills).append(a, p, closedSigned, price, realized, givenUp);
            tally.deleveragedNotional += Math.abs(closedSigned) * price;
            tally.recovered += givenUp;
            remaining -= quantity;
        }
        columns.refreshCandidates(a);
        if (!deleveraged[a]) {
            deleveraged[a] = true;
            tally.deleveragedColumnar++;
        }
        return Math.max(0.0, remaining);
    }

    /** Eligible slot {@code x} ranks before {@code y}: higher score, then smaller position id. */
    private boolean before(String[] ids, int x, int y) {
        int c = Double.compare(eligibleScore[y], eligibleScore[x]);
        if (c != 0) {
            return c < 0;
        }
        return ids[eligiblePosition[x]].compareTo(ids[eligiblePosition[y]]) < 0;
    }

    private String[] positionIdCache;

    private String[] positionIds() {
        if (positionIdCache == null) {
            positionIdCache = book.positionIds();
        }
        return positionIdCache;
    }

    /**
     * Counterparty positions in rank order (score descending, then account id, then position id, as
     * {@link AutoDeleveraging#rank}), produced lazily by an incremental quicksort: the unsorted rest is
     * partitioned only on its best side until a piece of at most {@value #PIECE} is left, which is
     * sorted and handed out; the other sides wait, partitioned, on a stack of bounds. Producing the
     * best {@code k} of {@code n} costs about {@code n + k log k}, so a deficit covered by the first
     * few hundred holders never sorts the hundreds of thousands behind them, and a large one sorts
     * no more than it reads (the batches selected and sorted before sorted 3.5 times what the walk
     * read over the library).
     * A reference {@code >= 0} is a column position; {@code -(i+1)} is routed candidate {@code i}.
     */
    private final class Ranking {
        static final int END = Integer.MIN_VALUE;
        static final int AHEAD = 64;
        /** Largest piece sorted at once. */
        static final int PIECE = 64;
        private final double[] score;
        private final int[] ref;
        private final int count;
        private final int[] routedAccount;
        private final List<String[]> routedIds;
        private int sorted;
        private int cursor;
        /**
         * Bounds of the partitioned, unsorted rest {@code [sorted, count)}, the nearest on top:
         * every score before a bound is {@code >=} every score from it on. {@code count} is implied
         * below the bottom.
         */
        private int[] bounds = new int[64];
        private int depth;

        Ranking(double[] score, int[] ref, int count, int[] routedAccount, List<String[]> routedIds) {
            this.score = score;
            this.ref = ref;
            this.count = count;
            this.routedAccount = routedAccount;
            this.routedIds = routedIds;
        }

        int account(int reference) {
            return reference >= 0 ? columns.owner(reference) : routedAccount[-reference - 1];
        }

        String accountId(int reference) {
            return reference >= 0 ? book.book().accountId(columns.owner(reference)) : routedIds.get(-reference - 1)[0];
        }

        String positionId(int reference) {
            if (reference < 0) {
                return routedIds.get(-reference - 1)[1];
            }
            return positionIds()[reference];
        }

        /** Candidates read ahead by {@link #warm}: {@code [cursor, warmed)}. */
        private int warmed;
        /** Consumed so that the reads of {@link #warm} are not optimised away. */
        long sink;
        private final int[] warmOwners = new int[AHEAD];

        /**
         * Touches the memory of the next {@value #AHEAD} sorted candidates once the cursor has used
         * half of what was touched before (see {@link LiquidationColumns#touch}); reads only.
         */
        void warm() {
            if (cursor + AHEAD / 2 < warmed) {
                return;
            }
            while (sorted < count && sorted < cursor + AHEAD) {
                extend(); // so that the read-ahead is not cut short at the end of a sorted piece
            }
            int from = Math.max(warmed, cursor);
            int to = Math.min(sorted, cursor + AHEAD);
            long s = columns.touch(ref, from, to, warmOwners);
            for (int i = 0; i < to - from; i++) {
                int a = warmOwners[i];
                if (a >= 0) {
                    s += (offered[a] ? 1 : 0) + (deleveraged[a] ? 2 : 0);
                }
            }
            warmed = Math.max(warmed, to);
            sink += s;
        }

        int next() {
            if (cursor == sorted) {
                if (sorted == count) {
                    return END;
                }
                extend();
            }
            return ref[cursor++];
        }

        /**
         * Sorts the next piece of the rest onto the end of the sorted prefix: partitions the first
         * unsorted segment until its best side is at most {@value #PIECE} long, sorts that side, takes
         * in any score of the segments after it equal to its last (so that equal scores are adjacent
         * for the tie rule), and orders equal scores by account id, then position id.
         */
        private void extend() {
            int lo = sorted;
            int hi = top();
            while (hi - lo > PIECE) {
                int b = partition(lo, hi - 1);
                if (b <= lo || b >= hi) {
                    break; // no split (cannot happen with the middle pivot): sort the segment whole
                }
                push(b);
                hi = b;
            }
            if (depth > 0 && bounds[depth - 1] == hi) {
                depth--;
            }
            sortDescending(lo, hi - 1);
            int end = hi;
            double last = score[end - 1];
            while (end < count) { // a later segment holds a score equal to last only if the one before it is all equal to last
                int segmentEnd = top();
                boolean allEqual = true;
                for (int i = end; i < segmentEnd; i++) {
                    if (score[i] == last) {
                        swap(i, end++);
                    } else {
                        allEqual = false;
                    }
                }
                if (!allEqual) {
                    break;
                }
                if (depth > 0) {
                    depth--;
                }
            }
            // equal scores: account id, then position id (rare outside identical accounts)
            for (int i = lo + 1; i < end; i++) {
                for (int j = i; j > lo && score[j] == score[j - 1] && tieBefore(ref[j], ref[j - 1]); j--) {
                    swap(j, j - 1);
                }
            }
            sorted = end;
        }

        private int top() {
            return depth == 0 ? count : bounds[depth - 1];
        }

        private void push(int bound) {
            if (depth == bounds.length) {
                bounds = Arrays.copyOf(bounds, 2 * depth);
            }
            bounds[depth++] = bound;
        }

        /**
         * Hoare partition of {@code [lo, hi]} around its middle score, descending: returns {@code b}
         * with every score of {@code [lo, b)} {@code >=} every score of {@code [b, hi]}.
         */
        private int partition(int lo, int hi) {
            double pivot = score[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (score[i] > pivot) {
                    i++;
                }
                while (score[j] < pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(i++, j--);
                }
            }
            return i;
        }

        private boolean tieBefore(int x, int y) {
            int c = accountId(x).compareTo(accountId(y));
            return c != 0 ? c < 0 : positionId(x).compareTo(positionId(y)) < 0;
        }

        /** Sorts {@code [lo, hi]} by score, descending (quicksort on the two arrays; insertion sort for short ranges). */
        private void sortDescending(int lo, int hi) {
            while (hi - lo > 16) {
                int b = partition(lo, hi);
                if (b - 1 - lo < hi - b) {
                    sortDescending(lo, b - 1);
                    lo = b;
                } else {
                    sortDescending(b, hi);
                    hi = b - 1;
                }
            }
            for (int i = lo + 1; i <= hi; i++) {
                for (int j = i; j > lo && score[j] > score[j - 1]; j--) {
                    swap(j, j - 1);
                }
            }
        }

        private void swap(int i, int j) {
            double s = score[i];
            score[i] = score[j];
            score[j] = s;
            int r = ref[i];
            ref[i] = ref[j];
            ref[j] = r;
        }
    }

    /**
     * The bankrupt quantities of one market and side, summed as {@link #combine} sums them: one
     * {@link BankruptPosition} of their total size at their size-weighted bankruptcy price.
     */
    private static final class BankruptGroup {
        final String marketId;
        int count;
        BankruptPosition first;
        double size;
        double sizeTimesPrice;
        double badDebt;

        BankruptGroup(String marketId) {
            this.marketId = marketId;
        }

        void add(BankruptPosition b) {
            if (count == 0) {
                first = b;
            }
            add(b.size(), b.bankruptcyPrice(), b.badDebt());
        }

        void add(double quantity, double bankruptcyPrice, double debt) {
            count++;
            size += quantity;
            sizeTimesPrice += quantity * bankruptcyPrice;
            badDebt += debt;
        }

        BankruptPosition combined() {
            if (count == 1) {
                return first;
            }
            return new BankruptPosition(count + " accounts", marketId + (size > 0 ? " longs" : " shorts"), marketId,
                    size, sizeTimesPrice / size, badDebt);
        }
    }

    /** Running sums of one sweep. */
    private static final class Tally {
        int failed;
        int uncertain;
        int bankrupt;
        double notional;
        double penalty;
        double toLiquidator;
        double toFund;
        double draw;
        double badDebt;
        double deleveragedNotional;
        double recovered;
        double unfilled;
        int adlSkipped;
        final Map<String, Double> netSold = new LinkedHashMap<>();
        /** An ArrayList on the record path, {@link ColumnarLists.Liquidations} on the columnar one. */
        List<AccountLiquidation> liquidations = new ArrayList<>();
        final Map<String, List<BankruptPosition>> bankruptQuantities = new LinkedHashMap<>();
        /** Columnar path: bankrupt quantities per market and side, in the order they arose. */
        final Map<String, BankruptGroup> groups = new LinkedHashMap<>();
        BankruptGroup[] groupByMarketSide;
        double[] soldByMarket;
        boolean[] soldTouched;

        /** The group of {@code marketId} and {@code side}; {@code market} its column index or -1. */
        BankruptGroup group(String marketId, int side, int market) {
            BankruptGroup g = market >= 0 ? groupByMarketSide[2 * market + (side > 0 ? 1 : 0)] : null;
            if (g == null) {
                g = groups.computeIfAbsent(marketId + (side > 0 ? "|long" : "|short"), k -> new BankruptGroup(marketId));
                if (market >= 0) {
                    groupByMarketSide[2 * market + (side > 0 ? 1 : 0)] = g;
                }
            }
            return g;
        }
        final Set<String> deleveragedAccounts = new HashSet<>();
        /** Columnar accounts deleveraged (flagged in {@code deleveraged}, not in the set). */
        int deleveragedColumnar;
        /** An ArrayList on the record path, {@link ColumnarLists.Fills} on the columnar one. */
        List<AdlFill> adlFills = new ArrayList<>();
    }
}
