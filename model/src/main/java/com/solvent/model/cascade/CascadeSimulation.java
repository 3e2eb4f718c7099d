package com.solvent.model.cascade;

import com.solvent.model.Checks;
import com.solvent.model.price.AssetPrice;
import com.solvent.model.price.PriceSet;
import com.solvent.model.stress.LiquidationSweep;
import com.solvent.model.stress.LiquidationTotals;
import com.solvent.model.stress.StressBook;
import com.solvent.model.stress.StressScenario;
import com.solvent.model.stress.SweepResult;
import com.solvent.model.task.TaskMonitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A liquidation cascade: a shock liquidates accounts, their liquidations sell into a market of
 * finite depth, the price falls further ({@link MarketDepth}), more accounts reach maintenance, and
 * so on until a fixed point.
 *
 * <h2>Rounds</h2>
 * <ol>
 *   <li>Round 0 runs a {@link LiquidationSweep} at the shocked prices {@code P_shock}.</li>
 *   <li>After each round, every asset's cumulative net notional sold {@code N} (all rounds so far)
 *       sets the next prices: {@code P = P_shock x max(MIN_FACTOR, 1 - impact x N / depth)}. An asset
 *       whose shocked price is not FRESH (a frozen oracle) keeps its price: the venue's feed does not move.</li>
 *   <li>The next round sweeps the whole book again at the new prices.</li>
 *   <li>Stop, converged, when a round liquidated no account or when no price moved by more than the
 *       tolerance; stop, not converged, at the round limit.</li>
 * </ol>
 * With zero impact the second price equals the first, so the cascade is exactly one sweep: a stress run.
 *
 * <h2>Reflexivity within accounts</h2>
 * Every round re-evaluates <em>whole accounts</em> in their current state: in a cross account a
 * partial liquidation of one position changes the equity and requirement that back its other
 * positions (penalty paid, requirement released), and a price fall in one asset moves the margin of
 * positions in the others. Public liquidation-ladder tools (heatmaps built from each position's
 * liquidation price) skip this: they treat each position's liquidation price as fixed, so they miss
 * accounts pushed over by a move in another asset or by their own earlier partial liquidation, and
 * count positions that an earlier partial liquidation already de-risked.
 *
 * <p>One {@link LiquidationSweep} carries the book's state from round to round: on the columnar path
 * (the default) accounts changed by a round stay in columns and are re-evaluated from them; routed
 * accounts record by record. Cancellable through the monitor (checked every few thousand
 * accounts); progress is reported in accounts x rounds out of accounts x round limit.
 * Stateless; thread-safe.
 */
public final class CascadeSimulation {
    private final int threads;
    private final LiquidationSweep.Path path;

    /** A simulation whose columnar screens run on {@code threads} threads (1 = the caller's). */
    public CascadeSimulation(int threads) {
        this(threads, LiquidationSweep.Path.COLUMNAR);
    }

    /** As {@link #CascadeSimulation(int)}, liquidating on {@code path} (the record path is the reference). */
    public CascadeSimulation(int threads, LiquidationSweep.Path path) {
        this.path = com.solvent.model.Checks.required(path, "path");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
    }

    /** Runs the cascade that {@code shock} starts from {@code before} over {@code book}. */
    public CascadeResult run(StressBook book, PriceSet before, StressScenario shock, CascadeSettings settings,
                             TaskMonitor monitor) {
        Checks.required(book, "book");
        Checks.required(settings, "settings");
        PriceSet shocked = shock.prices(before, book.policy());
        List<CascadeRound> rounds = new ArrayList<>();
        LiquidationTotals totals = LiquidationTotals.NONE;
        Map<String, Double> netSold = new HashMap<>();
        PriceSet prices = shocked;
        boolean converged = false;
        long n = book.accountCount();
        long grand = n * settings.maxRounds();
        try (LiquidationSweep sweep = new LiquidationSweep(book, settings.insuranceFund(), threads, path)) {
            for (int round = 0; round < settings.maxRounds(); round++) {
                SweepResult result = sweep.sweep(prices, monitor.slice(round * n, n, grand));
                rounds.add(new CascadeRound(round, marks(prices), result));
                totals = totals.plus(result.totals());
                result.netNotionalSold().forEach((asset, sold) -> netSold.merge(asset, sold, Double::sum));
                PriceSet next = impacted(shocked, netSold, settings.depth());
                double move = largestMove(prices, next);
                prices = next;
                if (result.totals().accountsLiquidated() == 0 || move <= settings.tolerance()) {
                    converged = true;
                    break;
                }
            }
            monitor.progress(grand, grand);
            return new CascadeResult(shock, settings, rounds, marks(prices), converged, totals, sweep.insuranceFund());
        }
    }

    private static PriceSet impacted(PriceSet shocked, Map<String, Double> netSold, MarketDepth depth) {
        PriceSet next = shocked;
        for (Map.Entry<String, Double> e : netSold.entrySet()) {
            AssetPrice p = shocked.get(e.getKey()).orElse(null);
            if (p == null || !p.freshness().isTrusted()) {
                continue;
            }
            next = next.withMark(e.getKey(), p.mark() * depth.priceFactor(e.getKey(), e.getValue()));
        }
        return next;
    }

    private static double largestMove(PriceSet from, PriceSet to) {
        double largest = 0;
        for (Map.Entry<String, AssetPrice> e : to.prices().entrySet()) {
            double was = from.get(e.getKey()).map(AssetPrice::mark).orElse(e.getValue().mark());
            largest = Math.max(largest, Math.abs(e.getValue().mark() / was - 1));
        }
        return largest;
    }

    private static Map<String, Double> marks(PriceSet prices) {
        Map<String, Double> marks = new TreeMap<>();
        prices.prices().forEach((asset, p) -> marks.put(asset, p.mark()));
        return marks;
    }
}
