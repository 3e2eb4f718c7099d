package com.solvent.model.distribution;

import com.solvent.model.Checks;
import com.solvent.model.book.Book;
import com.solvent.model.book.BookEvaluator;
import com.solvent.model.book.CrossLiquidationBands;
import com.solvent.model.stress.LiquidationSweep;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.AssetPrice;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.AccountResult;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.HealthState;
import com.solvent.model.risk.LiquidationPrice;
import com.solvent.model.risk.PositionRisk;
import com.solvent.model.stress.StressBook;
import com.solvent.model.task.TaskMonitor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link LiquidationMap}s for a book: per asset, bands of equal width over
 * {@code mark x [1 - range, 1 + range]}.
 *
 * <h2>Columnar path (the default)</h2>
 * One columnar pass at the prices; every cross account's liquidation price in each mapped asset it
 * holds is solved from its terms (equity and maintenance piecewise linear in that price) by
 * {@link CrossLiquidationBands}, only where it can fall inside the range, and binned; accounts the
 * columns do not hold (isolated, futures, options, unknown markets) are evaluated by the record
 * engine. Its bands equal the record path's (differential test).
 *
 * <h2>Record path: screening (why a million accounts do not need a million liquidation-price solves)</h2>
 * For one asset's price P, every other price held, a margin group's {@code equity(P) - MM(P)} is
 * concave: equity is linear in P (positions and collateral are linear), and the maintenance
 * requirement is convex (each position's {@code max(0, notional x mmf(tier) - deduction)} is
 * piecewise linear with rising slopes, and {@code notional = |size| x P}). A concave function that
 * is positive at both ends of an interval is positive inside it, so a group has a liquidation
 * price inside {@code [lo, hi]} only if it is liquidatable at {@code lo} or at {@code hi} (or now).
 * The builder therefore moves each asset to {@code lo} and to {@code hi} with the columnar
 * {@link BookEvaluator} (which re-evaluates only the accounts holding that asset) and asks the
 * record-level engine for liquidation prices only of the accounts flagged there. The result equals
 * evaluating every account with the engine.
 *
 * <p>Cancellable (checked every few thousand accounts). Stateless; thread-safe.
 */
public final class LiquidationMapBuilder {
    private static final int CHUNK = 4096;
    private final int threads;
    private final LiquidationSweep.Path path;

    /** A builder whose columnar passes run on {@code threads} threads (1 = the caller's). */
    public LiquidationMapBuilder(int threads) {
        this(threads, LiquidationSweep.Path.COLUMNAR);
    }

    /**
     * As {@link #LiquidationMapBuilder(int)} on {@code path}: {@code COLUMNAR} solves the columnar
     * accounts' liquidation prices from their terms ({@link CrossLiquidationBands}); {@code RECORD} (the
     * reference) screens with the columnar pass and asks the record engine for the accounts flagged.
     */
    public LiquidationMapBuilder(int threads, LiquidationSweep.Path path) {
        this.path = Checks.required(path, "path");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
    }

    /**
     * One map per asset, in the order given.
     *
     * @param assets  underlyings to map; each must be priced
     * @param range   half-width of the mapped price range as a fraction of the mark, in (0, 1)
     * @param levels  number of bands, {@code >= 1}
     */
    public Map<String, LiquidationMap> build(StressBook book, PriceSet prices, List<String> assets, double range,
                                             int levels, TaskMonitor monitor) {
        Checks.required(book, "book");
        Checks.within(range, 0.0, 0.999, "range");
        if (range == 0.0 || levels < 1) {
            throw new IllegalArgumentException("range must be positive and levels at least 1 (were " + range + ", "
                    + levels + ")");
        }
        int n = book.accountCount();
        MarginPolicy policy = book.policy();
        Map<String, Bands> bands = new LinkedHashMap<>();
        for (String asset : assets) {
            AssetPrice p = prices.get(asset).orElseThrow(
                    () -> new IllegalArgumentException("liquidation map asset " + asset + " has no price"));
            bands.put(asset, new Bands(p.mark(), range, levels));
        }
        if (path == LiquidationSweep.Path.COLUMNAR) {
            return columnar(book, prices, bands, levels, monitor);
        }
        boolean[] flagged = screen(book, prices, bands, monitor);
        MarginEngine engine = MarginEngine.withoutExplanations();
        for (int a = 0; a < n; a++) {
            if (a % CHUNK == 0) {
                monitor.checkpoint(n + a, 2L * n);
            }
            if (!flagged[a]) {
                continue;
            }
            AccountResult r = engine.evaluate(book.account(a), prices, policy);
            if (!(r instanceof AccountRisk risk)) {
                continue;
            }
            for (PositionRisk p : risk.positions()) {
                // by the position's underlying: an option's marketId is its contract label, not a market
                Bands b = bands.get(p.underlying());
                if (b != null) {
                    b.add(p.liquidationPrice(), p.size(), p.notional());
                }
            }
        }
        monitor.progress(2L * n, 2L * n);
        Map<String, LiquidationMap> maps = new LinkedHashMap<>();
        bands.forEach((asset, b) -> maps.put(asset, b.toMap(asset)));
        return maps;
    }

    /**
     * The columnar path: one columnar pass at {@code prices}, every columnar account's roots solved and
     * binned by {@link CrossLiquidationBands}, the routed accounts (isolated, futures, options, unknown
     * markets) through the record engine.
     */
    private Map<String, LiquidationMap> columnar(StressBook book, PriceSet prices, Map<String, Bands> bands, int levels,
                                                 TaskMonitor monitor) {
        int n = book.accountCount();
        monitor.checkpoint(0, 2L * n);
        List<String> assets = new ArrayList<>(bands.keySet());
        int k = assets.size();
        double[] lo = new double[k];
        double[] hi = new double[k];
        double[] width = new double[k];
        for (int i = 0; i < k; i++) {
            Bands b = bands.get(assets.get(i));
            lo[i] = b.lo;
            hi[i] = b.hi;
            width[i] = b.width;
        }
        try (BookEvaluator evaluator = new BookEvaluator(book.book(), threads)) {
            evaluator.evaluate(prices);
            monitor.checkpoint(n / 2, 2L * n);
            MarginEngine engine = MarginEngine.withoutExplanations();
            Book columns = book.book();
            for (int a = 0; a < n; a++) {
                if (!columns.isRouted(a)) {
                    continue;
                }
                if (engine.evaluate(book.account(a), prices, book.policy()) instanceof AccountRisk risk) {
                    for (PositionRisk p : risk.positions()) {
                        Bands b = bands.get(p.underlying());
                        if (b != null) {
                            b.add(p.liquidationPrice(), p.size(), p.notional());
                        }
                    }
                }
            }
            monitor.checkpoint(n, 2L * n);
            int[][] positions = new int[k][];
            double[][] longs = new double[k][];
            double[][] shorts = new double[k][];
            int[] nowCount = new int[k];
            double[] nowNotional = new double[k];
            for (int i = 0; i < k; i++) {
                Bands b = bands.get(assets.get(i));
                positions[i] = b.positions;
                longs[i] = b.longs;
                shorts[i] = b.shorts;
            }
            CrossLiquidationBands.accumulate(evaluator, assets, lo, hi, width, levels, threads, positions, longs, shorts,
                    nowCount, nowNotional);
            for (int i = 0; i < k; i++) {
                Bands b = bands.get(assets.get(i));
                b.positionsNow += nowCount[i];
                b.notionalNow += nowNotional[i];
            }
        }
        monitor.progress(2L * n, 2L * n);
        Map<String, LiquidationMap> maps = new LinkedHashMap<>();
        bands.forEach((asset, b) -> maps.put(asset, b.toMap(asset)));
        return maps;
    }

    /** Accounts liquidatable now, or at either end of some asset's range (the concavity argument). */
    private boolean[] screen(StressBook book, PriceSet prices, Map<String, Bands> bands, TaskMonitor monitor) {
        int n = book.accountCount();
        boolean[] flagged = new boolean[n];
        try (BookEvaluator evaluator = new BookEvaluator(book.book(), threads)) {
            evaluator.evaluate(prices);
            flagLiquidatable(evaluator, flagged);
            int done = 0;
            for (Map.Entry<String, Bands> e : bands.entrySet()) {
                monitor.checkpoint((long) n * done / bands.size(), 2L * n);
                String asset = e.getKey();
                Bands b = e.getValue();
                AssetPrice original = prices.get(asset).orElseThrow();
                evaluator.onMarkChange(asset, b.lo);
                flagLiquidatable(evaluator, flagged);
                evaluator.onMarkChange(asset, b.hi);
                flagLiquidatable(evaluator, flagged);
                evaluator.onPriceChange(asset, original);
                done++;
            }
        }
        return flagged;
    }

    private static void flagLiquidatable(BookEvaluator evaluator, boolean[] flagged) {
        for (int a = 0; a < flagged.length; a++) {
            if (!flagged[a]) {
                HealthState h = evaluator.health(a).orElse(HealthState.SAFE);
                flagged[a] = h == HealthState.LIQUIDATABLE || h == HealthState.BANKRUPT;
            }
        }
    }

    /** Accumulates one asset's bands. */
    private static final class Bands {
        final double mark;
        final double lo;
        final double hi;
        final double width;
        final int[] positions;
        final double[] longs;
        final double[] shorts;
        int positionsNow;
        double notionalNow;

        Bands(double mark, double range, int levels) {
            this.mark = mark;
            this.lo = mark * (1 - range);
            this.hi = mark * (1 + range);
            this.width = (hi - lo) / levels;
            this.positions = new int[levels];
            this.longs = new double[levels];
            this.shorts = new double[levels];
        }

        void add(LiquidationPrice lp, double size, double notional) {
            if (lp.kind() == LiquidationPrice.Kind.NOW) {
                positionsNow++;
                notionalNow += notional;
                return;
            }
            if (!lp.exists() || lp.price() < lo || lp.price() > hi) {
                return;
            }
            int band = Math.min(positions.length - 1, (int) ((lp.price() - lo) / width));
            positions[band]++;
            if (size > 0) {
                longs[band] += notional;
            } else {
                shorts[band] += notional;
            }
        }

        LiquidationMap toMap(String asset) {
            List<LiquidationLevel> levels = new ArrayList<>(positions.length);
            for (int i = 0; i < positions.length; i++) {
                double to = i + 1 == positions.length ? hi : lo + (i + 1) * width;
                levels.add(new LiquidationLevel(lo + i * width, to, positions[i], longs[i], shorts[i]));
            }
            return new LiquidationMap(asset, mark, levels, positionsNow, notionalNow);
        }
    }
}
