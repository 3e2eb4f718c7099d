package com.solvent.bench.core;

import com.solvent.model.book.Book;
import com.solvent.model.book.BookEvaluator;
import com.solvent.model.price.PriceSet;
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
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

/**
 * Target 1: a full re-evaluation of 1,000,000 accounts x 4 cross positions over 10 tiered markets,
 * and in the same run the memory-bandwidth floor: a plain sequential read of as many bytes as the
 * pass reads from the book's columns, on the same number of threads.
 *
 * <p>{@code java -jar src-test/target/benchmarks.jar BookPassBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
public class BookPassBenchmark {
    static final int ACCOUNTS = 1_000_000;
    static final int POSITIONS = 4;
    static final long SEED = 20261125L;

    @Param({"1", "2"})
    public int threads;

    private BookEvaluator evaluator;
    private PriceSet up;
    private PriceSet down;
    private boolean flip;

    private SequentialRead floor;

    @Setup(Level.Trial)
    public void setUp() {
        Book book = SyntheticBook.book(ACCOUNTS, POSITIONS, SEED);
        evaluator = new BookEvaluator(book, threads);
        up = SyntheticBook.prices(1.01);
        down = SyntheticBook.prices(0.99);
        evaluator.evaluate(up);
        System.out.printf("%nbook: %d accounts, %d positions, %d routed; pass reads %d bytes, writes %d bytes; health %s%n",
                book.accountCount(), book.positionCount(), book.routedCount(), evaluator.passInputBytes(),
                evaluator.passOutputBytes(), evaluator.healthCounts());
        floor = new SequentialRead(evaluator.passInputBytes(), threads, SEED);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        evaluator.close();
        floor.close();
    }

    /** Re-evaluates every account; prices alternate between two levels so each pass sees a change. */
    @Benchmark
    public void fullPass(Blackhole bh) {
        flip = !flip;
        evaluator.evaluate(flip ? up : down);
        bh.consume(evaluator.marginRatio(ACCOUNTS - 1));
    }

    /** The floor: sums as many bytes as {@link #fullPass} reads, split over the same number of threads. */
    @Benchmark
    public long sequentialRead() {
        return floor.read();
    }
}
