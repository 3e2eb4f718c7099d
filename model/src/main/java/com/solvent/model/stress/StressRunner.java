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
import java.util.concurrent.CountDownLatch;
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
        if (threads == 1) {
            LiquidationSweep sweep = borrow();
            StressResult result = new StressResult(scenario, marks(prices), stale(prices), sweep.sweep(prices, monitor));
            giveBack(sweep);
            return result;
        }
        try (LiquidationSweep sweep = new LiquidationSweep(book, insuranceFund, threads, path)) {
            return new StressResult(scenario, marks(prices), stale(prices), sweep.sweep(prices, monitor));
        }
    }

    /**
     * A sweep on the caller's thread at the book as built with the runner's fund: on the columnar path
     * one the book kept from an earlier run ({@link StressBook#borrowSweep}), else a new one.
     */
    private LiquidationSweep borrow() {
        return path == LiquidationSweep.Path.COLUMNAR ? book.borrowSweep(insuranceFund)
                : new LiquidationSweep(book, insuranceFund, 1, path);
    }

    /** Hands a sweep of {@link #borrow} back once its runs completed (one a failure or cancellation left is closed and dropped instead). */
    private void giveBack(LiquidationSweep sweep) {
        if (path == LiquidationSweep.Path.COLUMNAR) {
            book.returnSweep(sweep);
        } else {
            sweep.close();
        }
    }

    /**
     * Runs every scenario, each from {@code before}; results in the order given. With more than one
     * thread the scenarios run concurrently, one per thread (each screens on its own thread), since
     * they share nothing but the immutable book; progress is then the sum over the running scenarios.
     * They are started longest first, as a sample of the accounts each scenario puts at or past
     * maintenance estimates them (the results stay in the order given).
     * Each thread keeps one sweep and resets it to the book between its scenarios (the columns, the
     * evaluator and the scratch are reused, not built anew per scenario); on the columnar path the
     * sweeps come from, and go back to, the book's spares ({@link StressBook#borrowSweep}), so that
     * the next run over the same book does not build them again.
     */
    public List<StressResult> runAll(List<StressScenario> scenarios, PriceSet before, TaskMonitor monitor) {
        long per = book.accountCount();
        long total = per * scenarios.size();
        StressResult[] results = new StressResult[scenarios.size()];
        AtomicInteger next = new AtomicInteger();
        if (threads == 1 || scenarios.size() < 2) {
            if (threads == 1) {
                LiquidationSweep sweep = borrow();
                runEach(sweep, scenarios, before, monitor, results);
                giveBack(sweep);
                return List.of(results);
            }
            try (LiquidationSweep sweep = new LiquidationSweep(book, insuranceFund, threads, path)) {
                runEach(sweep, scenarios, before, monitor, results);
            }
            return List.of(results);
        }
        AtomicLongArray done = new AtomicLongArray(scenarios.size());
        int workers = Math.min(threads, scenarios.size());
        // the scenarios are taken longest first (by a sample of the accounts each puts at risk), so
        // that no long one is left to run alone at the end while the other workers idle
        int[] atRisk = new int[scenarios.size()];
        AtomicInteger nextEstimate = new AtomicInteger();
        CountDownLatch estimated = new CountDownLatch(workers);
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "stress-scenario");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Void>> futures = new ArrayList<>(workers);
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(() -> {
                    LiquidationSweep sweep = null;
                    boolean completed = false;
                    try {
                        try {
                            sweep = borrow();
                            for (int i = nextEstimate.getAndIncrement(); i < scenarios.size(); i = nextEstimate.getAndIncrement()) {
                                atRisk[i] = sweep.sampleAtRisk(scenarios.get(i).prices(before, book.policy()), SAMPLE_STRIDE);
                            }
                        } finally {
                            estimated.countDown(); // also on failure, so that no worker waits for ever
                        }
                        estimated.await();
                        int[] order = longestFirst(atRisk);
                        boolean fresh = true;
                        for (int k = next.getAndIncrement(); k < scenarios.size(); k = next.getAndIncrement()) {
                            int i = order[k];
                            if (!fresh) {
                                sweep.reset(insuranceFund);
                            }
                            fresh = false;
                            results[i] = run(sweep, scenarios.get(i), before, share(monitor, done, i, per, total));
                        }
                        completed = true;
                    } finally {
                        if (sweep != null && completed) {
                            giveBack(sweep);
                        } else if (sweep != null) {
                            sweep.close();
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

    /** Every how many accounts one is sampled to estimate a scenario's work (about 4,000 of a million-account book). */
    private static final int SAMPLE_STRIDE = 256;

    /**
     * Scenario indices by decreasing {@code atRisk} (ties in the given order): the order in which the
     * workers take them. A scenario's time grows with the accounts it liquidates and the bad debt it
     * deleverages; taking the longest first leaves the short ones to fill in at the end.
     */
    static int[] longestFirst(int[] atRisk) {
        Integer[] order = new Integer[atRisk.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> atRisk[x] != atRisk[y] ? Integer.compare(atRisk[y], atRisk[x])
                : Integer.compare(x, y));
        int[] out = new int[order.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = order[i];
        }
        return out;
    }

    /** Runs {@code scenarios} one after the other on {@code sweep} (a sweep at the book as built), resetting it between them. */
    private void runEach(LiquidationSweep sweep, List<StressScenario> scenarios, PriceSet before, TaskMonitor monitor,
                         StressResult[] results) {
        long per = book.accountCount();
        long total = per * scenarios.size();
        for (int i = 0; i < scenarios.size(); i++) {
            if (i > 0) {
                sweep.reset(insuranceFund);
            }
            results[i] = run(sweep, scenarios.get(i), before, monitor.slice(i * per, per, total));
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
