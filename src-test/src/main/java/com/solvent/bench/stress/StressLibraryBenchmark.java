package com.solvent.bench.stress;

import com.solvent.model.book.BookEvaluator;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.HealthState;
import com.solvent.model.stress.StressResult;
import com.solvent.model.stress.StressRunner;
import com.solvent.model.stress.StressScenario;
import com.solvent.model.task.TaskMonitor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The stress library ({@link StressScenarios#twenty()}: 20 scenarios) over a book at rest
 * ({@link RestingBook}), two ways:
 * <ul>
 *   <li>{@link #screen}: the columnar step alone: for each scenario, one {@link BookEvaluator} pass
 *       at the scenario's prices and the count of accounts at or past maintenance (what decides which
 *       accounts go to the record-level liquidation engine);</li>
 *   <li>{@link #library}: the whole run, {@link StressRunner#runAll}: screen, record-level
 *       liquidation of the accounts found, auto-deleveraging. Its cost grows with the number of
 *       accounts liquidated, not with the book.</li>
 * </ul>
 * Single-shot: one operation is the whole library. {@code java -jar benchmarks.jar StressLibraryBenchmark
 * -p accounts=1000000}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class StressLibraryBenchmark {
    @Param({"1000000"})
    public int accounts;

    @Param({"2"})
    public int threads;

    private RestingBook book;
    private List<StressScenario> scenarios;
    private List<PriceSet> scenarioPrices;
    private BookEvaluator evaluator;

    @Setup(Level.Trial)
    public void setUp() {
        book = RestingBook.of(accounts);
        scenarios = StressScenarios.twenty();
        scenarioPrices = new ArrayList<>();
        for (StressScenario s : scenarios) {
            scenarioPrices.add(s.prices(book.prices, book.book.policy()));
        }
        evaluator = new BookEvaluator(book.book.book(), threads);
        System.out.printf("%nresting book: %d accounts (of %d generated), %d positions%n", accounts, book.generated,
                book.book.book().positionCount());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        evaluator.close();
    }

    /** Columnar screen of 20 scenarios; returns the accounts at or past maintenance summed over them. */
    @Benchmark
    public long screen() {
        long crossing = 0;
        for (PriceSet prices : scenarioPrices) {
            evaluator.evaluate(prices);
            for (int a = 0; a < accounts; a++) {
                HealthState h = evaluator.health(a).orElse(HealthState.SAFE);
                if (h == HealthState.LIQUIDATABLE || h == HealthState.BANKRUPT) {
                    crossing++;
                }
            }
        }
        return crossing;
    }

    /** The full library: screen, liquidate, deleverage. */
    @Benchmark
    public List<StressResult> library() {
        return new StressRunner(book.book, 1e9, threads).runAll(scenarios, book.prices, TaskMonitor.NONE);
    }
}
