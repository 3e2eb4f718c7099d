package com.solvent.model.stress;

import com.solvent.model.Checks;
import com.solvent.model.price.AssetPrice;
import com.solvent.model.price.PriceSet;
import com.solvent.model.task.TaskMonitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Runs stress scenarios over a {@link StressBook}. Each scenario starts from the same book and the
 * same insurance fund (scenarios are alternatives, not a sequence) and is one
 * {@link LiquidationSweep} at the scenario's prices: the columnar book screens every account, those at
 * or past maintenance are liquidated (in columns, or by the record-level engine for the accounts the
 * columns do not hold, see {@link LiquidationSweep.Path}), auto-deleveraging offsets the bad debt. Stateless apart from its settings; thread-safe (each run owns its sweep).
 *
 * <p>Cancellable: the monitor is checked every few thousand accounts; progress is reported in
 * accounts x scenarios.
 *
 * @see LiquidationSweep for the screening argument and the auto-deleveraging aggregation
 */
public final class StressRunner {
    private final StressBook book;
    private final double insuranceFund;
    private final int threads;
    private final LiquidationSweep.Path path;

    /**
     * @param book           the accounts
     * @param insuranceFund  the insurance fund's balance before each scenario, USD, {@code >= 0}
     * @param threads        threads: for the columnar screen of a single run, and scenarios run at once by
     *                       {@link #runAll} (1 = everything on the caller's thread)
     */
    public StressRunner(StressBook book, double insuranceFund, int threads) {
        this(book, insuranceFund, threads, LiquidationSweep.Path.COLUMNAR);
    }

    /** As {@link #StressRunner(StressBook, double, int)}, liquidating on {@code path} (the record path is the reference). */
    public StressRunner(StressBook book, double insuranceFund, int threads, LiquidationSweep.Path path) {
        this.path = Checks.required(path, "path");
        this.book = Checks.required(book, "book");
        this.insuranceFund = Checks.nonNegative(insuranceFund, "insuranceFund");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
    }

    /** Runs one scenario from {@code before} (the current prices). */
    public StressResult run(StressScenario scenario, PriceSet before, TaskMonitor monitor) {
        PriceSet prices = scenario.prices(before, book.policy());
        try (LiquidationSweep sweep = new LiquidationSweep(book, insuranceFund, threads, path)) {
            return new StressResult(scenario, marks(prices), stale(prices), sweep.sweep(prices, monitor));
        }
    }

    /**
     * Runs every scenario, each from {@code before}; results in the order given. With more than one
     * thread the scenarios run concurrently, one per thread (each screens on its own thread), since
     * they share nothing but the immutable book; progress is then the sum over the running scenarios.
     * Each thread keeps one sweep and resets it to the book between its scenarios (the columns, the
     * evaluator and the scratch are reused, not built anew per scenario).
     */
    public List<StressResult> runAll(List<StressScenario> scenarios, PriceSet before, TaskMonitor monitor) {
        long per = book.accountCount();
        long total = per * scenarios.size();
        StressResult[] results = new StressResult[scenarios.size()];
        AtomicInteger next = new AtomicInteger();
        if (threads == 1 || scenarios.size() < 2) {
            try (LiquidationSweep sweep = new LiquidationSweep(book, insuranceFund, threads, path)) {
                for (int i = 0; i < scenarios.size(); i++) {
                    if (i > 0) {
                        sweep.reset(insuranceFund);
                    }
                    results[i] = run(sweep, scenarios.get(i), before, monitor.slice(i * per, per, total));
                }
            }
            return List.of(results);
        }
        AtomicLongArray done = new AtomicLongArray(scenarios.size());
        int workers = Math.min(threads, scenarios.size());
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "stress-scenario");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Void>> futures = new ArrayList<>(workers);
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(() -> {
                    try (LiquidationSweep sweep = new LiquidationSweep(book, insuranceFund, 1, path)) {
                        boolean fresh = true;
                        for (int i = next.getAndIncrement(); i < scenarios.size(); i = next.getAndIncrement()) {
                            if (!fresh) {
                                sweep.reset(insuranceFund);
                            }
                            fresh = false;
                            results[i] = run(sweep, scenarios.get(i), before, share(monitor, done, i, per, total));
                        }
                    }
                    return null;
                }));
            }
            for (Future<Void> f : futures) {
                f.get();
            }
            return List.of(results);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private StressResult run(LiquidationSweep sweep, StressScenario scenario, PriceSet before, TaskMonitor monitor) {
        PriceSet prices = scenario.prices(before, book.policy());
        return new StressResult(scenario, marks(prices), stale(prices), sweep.sweep(prices, monitor));
    }

    /** Scenario {@code slot}'s monitor: its progress counts in the sum over the scenarios. */
    private static TaskMonitor share(TaskMonitor monitor, AtomicLongArray done, int slot, long per, long total) {
        return new TaskMonitor() {
            @Override
            public boolean isCancelled() {
                return monitor.isCancelled();
            }

            @Override
            public void progress(long d, long t) {
                done.set(slot, t <= 0 ? per : d * per / t);
                long sum = 0;
                for (int k = 0; k < done.length(); k++) {
                    sum += done.get(k);
                }
                monitor.progress(Math.min(sum, total), total);
            }
        };
    }

    static Map<String, Double> marks(PriceSet prices) {
        Map<String, Double> marks = new TreeMap<>();
        prices.prices().forEach((asset, p) -> marks.put(asset, p.mark()));
        return marks;
    }

    static List<String> stale(PriceSet prices) {
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, AssetPrice> e : new TreeMap<>(prices.prices()).entrySet()) {
            if (!e.getValue().freshness().isTrusted()) {
                stale.add(e.getKey());
            }
        }
        return stale;
    }
}
