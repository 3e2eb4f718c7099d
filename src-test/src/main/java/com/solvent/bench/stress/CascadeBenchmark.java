package com.solvent.bench.stress;

import com.solvent.model.cascade.CascadeResult;
import com.solvent.model.cascade.CascadeSettings;
import com.solvent.model.cascade.CascadeSimulation;
import com.solvent.model.cascade.MarketDepth;
import com.solvent.model.stress.StressLibrary;
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

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A cascade from a market-wide 10% fall over a book at rest (1,000,000 accounts), every asset's depth
 * equal to its gross open notional (impact 1), tolerance 1e-4, up to 50 rounds, insurance fund 1e9
 * USD: every round screens the whole book (changed accounts from their columns), liquidates in
 * columns and deleverages. Single-shot: one operation is the whole cascade.
 * {@code java -jar benchmarks.jar CascadeBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class CascadeBenchmark {
    @Param({"1000000"})
    public int accounts;

    @Param({"2"})
    public int threads;

    private RestingBook book;
    private Map<String, Double> depth;

    @Setup(Level.Trial)
    public void setUp() {
        book = RestingBook.of(accounts);
        depth = StressScenarios.depth(book);
    }

    @Benchmark
    public CascadeResult cascade() {
        return new CascadeSimulation(threads).run(book.book, book.prices, StressLibrary.crash(0.10),
                CascadeSettings.of(MarketDepth.linear(depth), 1e9), TaskMonitor.NONE);
    }
}
