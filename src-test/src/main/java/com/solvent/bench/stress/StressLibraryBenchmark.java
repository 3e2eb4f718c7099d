package com.solvent.bench.stress;

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
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The stress library ({@link StressScenarios#twenty()}: 20 scenarios) over a book at rest
 * ({@link RestingBook}, 1,000,000 accounts), the whole run: {@link StressRunner#runAll} on 2 threads,
 * each scenario screened by a columnar pass, its accounts at or past maintenance liquidated in
 * columns (record engine for the routed few), the insurance fund (1e9 USD) drawn in book order and
 * the bad debt auto-deleveraged; results are the record-level engine's (differential tests in
 * {@code model}). Single-shot: one operation is the whole library.
 * {@code java -jar benchmarks.jar StressLibraryBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class StressLibraryBenchmark {
    @Param({"1000000"})
    public int accounts;

    @Param({"2"})
    public int threads;

    private RestingBook book;
    private List<StressScenario> scenarios;

    @Setup(Level.Trial)
    public void setUp() {
        book = RestingBook.of(accounts);
        scenarios = StressScenarios.twenty();
        System.out.printf("%nresting book: %d accounts (of %d generated), %d positions%n", accounts, book.generated,
                book.book.book().positionCount());
    }

    /** The full library: screen, liquidate, insurance fund, deleverage; every scenario's totals and records. */
    @Benchmark
    public List<StressResult> library() {
        return new StressRunner(book.book, 1e9, threads).runAll(scenarios, book.prices, TaskMonitor.NONE);
    }
}
