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
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Runs stress scenarios over a {@link StressBook}. Each scenario starts from the same book and the
 * same insurance fund (scenarios are alternatives, not a sequence) and is one
 * {@link LiquidationSweep} at the scenario's prices: the columnar book screens every account, the
 * record-level liquidation engine liquidates those at or past maintenance, auto-deleveraging
 * offsets the bad debt. Stateless apart from its settings; thread-safe (each run owns its sweep).
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
     */
    public List<StressResult> runAll(List<StressScenario> scenarios, PriceSet before, TaskMonitor monitor) {
        long per = book.accountCount();
        long total = per * scenarios.size();
        if (threads == 1 || scenarios.size() < 2) {
            List<StressResult> results = new ArrayList<>(scenarios.size());
            for (int i = 0; i < scenarios.size(); i++) {
                results.add(run(scenarios.get(i), before, monitor.slice(i * per, per, total)));
            }
            return List.copyOf(results);
        }
        StressRunner single = new StressRunner(book, insuranceFund, 1, path);
        AtomicLongArray done = new AtomicLongArray(scenarios.size());
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, scenarios.size()), r -> {
            Thread t = new Thread(r, "stress-scenario");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<StressResult>> futures = new ArrayList<>(scenarios.size());
            for (int i = 0; i < scenarios.size(); i++) {
                int slot = i;
                TaskMonitor share = new TaskMonitor() {
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
                futures.add(pool.submit(() -> single.run(scenarios.get(slot), before, share)));
            }
            List<StressResult> results = new ArrayList<>(scenarios.size());
            for (Future<StressResult> f : futures) {
                results.add(f.get());
            }
            return List.copyOf(results);
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
