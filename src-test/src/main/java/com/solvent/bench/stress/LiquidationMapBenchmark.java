package com.solvent.bench.stress;

import com.solvent.model.distribution.LiquidationMap;
import com.solvent.model.distribution.LiquidationMapBuilder;
import com.solvent.model.distribution.MarginRatioHistogram;
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
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The liquidation map of all 10 assets (bands over +-{@code range} of each mark, 80 bands) and the
 * margin-ratio histogram, over a book at rest (1,000,000 accounts): one columnar pass, every cross
 * account's liquidation price in each asset it holds solved from its terms where it can fall inside
 * the range, binned. Single-shot. {@code java -jar benchmarks.jar LiquidationMapBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class LiquidationMapBenchmark {
    private static final List<String> ASSETS = List.of("BTC", "ETH", "SOL", "XRP", "DOGE", "AVAX", "LINK", "ARB", "OP", "SUI");

    @Param({"1000000"})
    public int accounts;

    @Param({"2"})
    public int threads;

    @Param({"0.05", "0.2"})
    public double range;

    private RestingBook book;

    @Setup(Level.Trial)
    public void setUp() {
        book = RestingBook.of(accounts);
    }

    @Benchmark
    public Map<String, LiquidationMap> liquidationMap() {
        return new LiquidationMapBuilder(threads).build(book.book, book.prices, ASSETS, range, 80, TaskMonitor.NONE);
    }

    @Benchmark
    public MarginRatioHistogram histogram() {
        return MarginRatioHistogram.of(book.book, book.prices, MarginRatioHistogram.DEFAULT_EDGES, threads,
                TaskMonitor.NONE);
    }
}
