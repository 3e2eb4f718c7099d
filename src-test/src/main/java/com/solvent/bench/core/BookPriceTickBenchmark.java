package com.solvent.bench.core;

import com.solvent.model.book.Book;
import com.solvent.model.book.BookEvaluator;
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

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Target 2: one market's price changes and only the accounts depending on that asset (a position
 * on it or collateral in it) are re-evaluated. BTC is the most held underlying of the synthetic
 * book (and a collateral asset), SUI the least held. The returned count is the number of accounts
 * touched; the setup prints it.
 *
 * <p>{@code java -jar src-test/target/benchmarks.jar BookPriceTickBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
public class BookPriceTickBenchmark {
    @Param({"BTC", "SUI"})
    public String asset;

    @Param({"1", "2"})
    public int threads;

    private BookEvaluator evaluator;
    private double low;
    private double high;
    private boolean flip;

    @Setup(Level.Trial)
    public void setUp() {
        Book book = SyntheticBook.book(BookPassBenchmark.ACCOUNTS, BookPassBenchmark.POSITIONS, BookPassBenchmark.SEED);
        evaluator = new BookEvaluator(book, threads);
        evaluator.evaluate(SyntheticBook.prices(1.0));
        double mark = SyntheticBook.MARKS[Arrays.asList(SyntheticBook.UNDERLYINGS).indexOf(asset)];
        low = mark * 0.99;
        high = mark * 1.01;
        System.out.printf("%n%s tick re-evaluates %d of %d accounts%n", asset, book.holderCount(asset), book.accountCount());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        evaluator.close();
    }

    /** Moves the asset's mark by 2% (alternating up and down) and re-evaluates its holders. */
    @Benchmark
    public int priceTick() {
        flip = !flip;
        return evaluator.onMarkChange(asset, flip ? high : low);
    }
}
