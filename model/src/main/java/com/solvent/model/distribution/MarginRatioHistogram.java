package com.solvent.model.distribution;

import com.solvent.model.Checks;
import com.solvent.model.account.Account;
import com.solvent.model.account.Position;
import com.solvent.model.book.BookEvaluator;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.market.Market;
import com.solvent.model.market.Perpetual;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.AccountResult;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.PositionRisk;
import com.solvent.model.stress.StressBook;
import com.solvent.model.task.TaskMonitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a book's open notional is spread over account margin ratios (maintenance / equity, see
 * {@link MarginEngine}): a bar per ratio band, weighted by notional so that one whale counts for
 * what it can move. Ratios at or above 1 are liquidatable; the engine caps ratios at
 * {@link MarginEngine#MARGIN_RATIO_CAP} (equity at or below zero).
 *
 * @param bins            from the lowest ratio up; the last bin runs to {@link MarginEngine#MARGIN_RATIO_CAP}
 * @param accountsFailed  accounts the engine could not evaluate (left out of every bin)
 */
public record MarginRatioHistogram(List<HistogramBin> bins, int accountsFailed) {
    /** Default edges: tenths up to 1, then 1.5 and 2. */
    public static final double[] DEFAULT_EDGES = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.5, 2.0};
    private static final int CHUNK = 8192;

    public MarginRatioHistogram {
        bins = List.copyOf(Checks.required(bins, "histogram.bins"));
        Checks.nonNegative(accountsFailed, "histogram.accountsFailed");
    }

    /** Total notional over all bins, USD. */
    public double totalNotional() {
        return bins.stream().mapToDouble(HistogramBin::notional).sum();
    }

    /** Notional in bins at or above a margin ratio of 1 (liquidatable), USD. */
    public double liquidatableNotional() {
        return bins.stream().filter(b -> b.fromRatio() >= 1.0).mapToDouble(HistogramBin::notional).sum();
    }

    /** The histogram of already evaluated accounts; {@code edges} start at 0 and increase. */
    public static MarginRatioHistogram of(List<AccountResult> results, double[] edges) {
        Accumulator acc = new Accumulator(edges);
        for (AccountResult r : results) {
            if (r instanceof AccountRisk risk) {
                double notional = 0;
                for (PositionRisk p : risk.positions()) {
                    notional += p.notional();
                }
                acc.add(risk.marginRatio(), notional);
            } else {
                acc.failed++;
            }
        }
        return acc.result();
    }

    /**
     * The histogram of a whole book at {@code prices}: margin ratios from one columnar pass
     * ({@link BookEvaluator}), notional from the records ({@code |size| x mark} for perpetuals; other
     * accounts through the record engine, so a settled future counts 0 as the engine says).
     */
    public static MarginRatioHistogram of(StressBook book, PriceSet prices, double[] edges, int threads,
                                          TaskMonitor monitor) {
        Accumulator acc = new Accumulator(edges);
        MarginPolicy policy = book.policy();
        MarginEngine engine = MarginEngine.withoutExplanations();
        int n = book.accountCount();
        try (BookEvaluator evaluator = new BookEvaluator(book.book(), threads)) {
            evaluator.evaluate(prices);
            for (int a = 0; a < n; a++) {
                if (a % CHUNK == 0) {
                    monitor.checkpoint(a, n);
                }
                if (evaluator.health(a).isEmpty()) {
                    acc.failed++;
                    continue;
                }
                Account account = book.account(a);
                double notional = perpetualNotional(account, prices, policy)
                        .orElseGet(() -> engineNotional(engine.evaluate(account, prices, policy)));
                acc.add(evaluator.marginRatio(a), notional);
            }
        }
        monitor.progress(n, n);
        return acc.result();
    }

    /**
     * {@code sum |size| x mark} when every position is a perpetual of the policy and there is no option
     * (empty otherwise: an option's notional, {@code |size| x forward}, is the engine's).
     */
    private static Optional<Double> perpetualNotional(Account account, PriceSet prices, MarginPolicy policy) {
        if (!account.options().isEmpty()) {
            return Optional.empty();
        }
        double notional = 0;
        for (Position p : account.positions()) {
            Market m = policy.market(p.marketId()).orElse(null);
            if (m == null || !(m.instrument() instanceof Perpetual)) {
                return Optional.empty();
            }
            notional += Math.abs(p.size()) * prices.get(m.underlying()).orElseThrow().mark();
        }
        return Optional.of(notional);
    }

    private static double engineNotional(AccountResult r) {
        double notional = 0;
        if (r instanceof AccountRisk risk) {
            for (PositionRisk p : risk.positions()) {
                notional += p.notional();
            }
        }
        return notional;
    }

    /** Counts per bin. */
    private static final class Accumulator {
        final double[] edges;
        final int[] accounts;
        final double[] notional;
        int failed;

        Accumulator(double[] edges) {
            Checks.required(edges, "edges");
            if (edges.length == 0 || edges[0] != 0.0) {
                throw new IllegalArgumentException("histogram edges must start at 0");
            }
            for (int i = 1; i < edges.length; i++) {
                if (!(edges[i] > edges[i - 1]) || edges[i] >= MarginEngine.MARGIN_RATIO_CAP) {
                    throw new IllegalArgumentException("histogram edges must increase and stay below "
                            + MarginEngine.MARGIN_RATIO_CAP + " (edge " + i + " is " + edges[i] + ")");
                }
            }
            this.edges = edges.clone();
            this.accounts = new int[edges.length];
            this.notional = new double[edges.length];
        }

        void add(double ratio, double positionNotional) {
            int bin = edges.length - 1;
            for (int i = 1; i < edges.length; i++) {
                if (ratio < edges[i]) {
                    bin = i - 1;
                    break;
                }
            }
            accounts[bin]++;
            notional[bin] += positionNotional;
        }

        MarginRatioHistogram result() {
            List<HistogramBin> bins = new ArrayList<>(edges.length);
            for (int i = 0; i < edges.length; i++) {
                double to = i + 1 < edges.length ? edges[i + 1] : MarginEngine.MARGIN_RATIO_CAP;
                bins.add(new HistogramBin(edges[i], to, accounts[i], notional[i]));
            }
            return new MarginRatioHistogram(bins, failed);
        }
    }
}
