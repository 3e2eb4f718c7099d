package com.solvent.model.stress;

import com.solvent.model.Checks;
import com.solvent.model.account.Account;
import com.solvent.model.account.Position;
import com.solvent.model.adl.AdlCandidate;
import com.solvent.model.adl.AdlFill;
import com.solvent.model.adl.AdlOutcome;
import com.solvent.model.adl.AutoDeleveraging;
import com.solvent.model.book.BookEvaluator;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Liquidates every account of a {@link StressBook} that is at or past maintenance at given prices,
 * then auto-deleverages what the insurance fund could not cover. The formulas are the core's: each
 * account goes through {@link LiquidationEngine#liquidate} and each bad debt through
 * {@link AutoDeleveraging#deleverage}; this class only decides <em>which</em> accounts, in what
 * order, and adds up the outcomes.
 *
 * <h2>Screening</h2>
 * A sweep first evaluates the whole book with the columnar {@link BookEvaluator} (one pass over
 * primitive arrays, no records), then runs the record-level liquidation engine only on the accounts
 * whose health is LIQUIDATABLE or BANKRUPT. The screen is exact, not a heuristic: the book's health
 * equals the engine's (the book's differential test), and the liquidation engine acts on exactly
 * the groups in those states. Accounts already changed by an earlier sweep of the same object
 * (liquidated or deleveraged) are no longer what the columns hold, so they are evaluated by the
 * record engine instead.
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
 * accounts with a position in that market on the other side, in their current state, shortlisted from
 * the columnar pass (see {@code counterpartyShortlist}) and ranked once by {@link AutoDeleveraging#rank}; each is then reduced by {@link AutoDeleveraging#deleverage} on its
 * own, so that a counterparty the core refuses to reduce (an isolated position whose margin would
 * turn negative at the bankruptcy price) is skipped and counted instead of failing the run.
 *
 * <p>State: the accounts changed so far and the fund balance carry over from one sweep to the next
 * (a cascade calls {@link #sweep} once per round). Not thread-safe: one sweep at a time; the results
 * are immutable. {@link #close()} stops the evaluator's worker threads.
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

    /**
     * A sweep over {@code book} starting with {@code insuranceFund} USD ({@code >= 0}); the columnar
     * screen runs on {@code threads} threads (1 = the caller's).
     */
    public LiquidationSweep(StressBook book, double insuranceFund, int threads) {
        this.book = Checks.required(book, "book");
        this.policy = book.policy();
        this.fund = Checks.nonNegative(insuranceFund, "insuranceFund");
        this.evaluator = new BookEvaluator(book.book(), threads);
    }

    /** The insurance fund's balance now, USD. */
    public double insuranceFund() {
        return fund;
    }

    /** The current state of account {@code index} (after any liquidation or deleveraging so far). */
    public Account account(int index) {
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
        double fundBefore = fund;
        int n = book.accountCount();
        monitor.checkpoint(0, n);
        evaluator.evaluate(prices);
        Tally tally = new Tally();
        for (int a = 0; a < n; a++) {
            if (a % CHUNK == 0 && a > 0) {
                monitor.checkpoint(a, n);
            }
            Account current = changed.get(a);
            HealthState health;
            boolean uncertain;
            if (current == null) {
                Optional<HealthState> h = evaluator.health(a);
                if (h.isEmpty()) {
                    tally.failed++;
                    continue;
                }
                health = h.get();
                uncertain = evaluator.uncertain(a);
            } else {
                AccountResult r = engine.evaluate(current, prices, policy);
                if (!(r instanceof AccountRisk risk)) {
                    tally.failed++;
                    continue;
                }
                health = risk.health();
                uncertain = risk.uncertain();
            }
            if (uncertain) {
                tally.uncertain++;
            }
            if (health == HealthState.LIQUIDATABLE || health == HealthState.BANKRUPT) {
                liquidate(a, current != null ? current : book.account(a), prices, uncertain, tally);
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
            String asset = policy.market(f.marketId()).orElseThrow().underlying();
            tally.netSold.merge(asset, f.closedSize() * f.price(), Double::sum);
        }
        for (BankruptPosition b : o.toDeleverage()) {
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
        double mark = prices.get(policy.market(market).orElseThrow().underlying()).orElseThrow().mark();
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
        final List<AccountLiquidation> liquidations = new ArrayList<>();
        final Map<String, List<BankruptPosition>> bankruptQuantities = new LinkedHashMap<>();
        final Set<String> deleveragedAccounts = new HashSet<>();
        final List<AdlFill> adlFills = new ArrayList<>();
    }
}
