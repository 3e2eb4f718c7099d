package com.solvent.bench.core;

import com.solvent.model.book.Book;
import com.solvent.model.book.BookEvaluator;
import com.solvent.model.price.PriceSet;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Companion to {@link BookPassBenchmark} for a shared machine: the CPU time a full pass takes on
 * its threads (the caller, or the evaluator's pool workers), which waiting in the run queue behind
 * other processes does not inflate, next to the wall time. With {@code t} threads each getting a
 * core, wall time is about CPU time / t. The same for a price tick of the most and the least held
 * underlying ({@link BookPriceTickBenchmark}) and for the memory-bandwidth floor
 * ({@link SequentialRead}). Prints the minimum and median over 100 passes after 30 warm-up passes.
 *
 * <p>{@code java -Xms3g -Xmx3g -cp src-test/target/benchmarks.jar com.solvent.bench.core.BookPassCpuTime 2}
 */
public final class BookPassCpuTime {
    private BookPassCpuTime() {
    }

    public static void main(String[] args) {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Book book = SyntheticBook.book(BookPassBenchmark.ACCOUNTS, BookPassBenchmark.POSITIONS, BookPassBenchmark.SEED);
        PriceSet up = SyntheticBook.prices(1.01);
        PriceSet down = SyntheticBook.prices(0.99);
        int passes = 100;
        int warmup = 30;
        long[] wall = new long[passes];
        long[] cpu = new long[passes];
        double sink = 0;
        long passBytes;
        try (BookEvaluator evaluator = new BookEvaluator(book, threads)) {
            passBytes = evaluator.passInputBytes();
            for (int i = 0; i < warmup + passes; i++) {
                long cpu0 = processCpu(mx);
                long wall0 = System.nanoTime();
                evaluator.evaluate(i % 2 == 0 ? up : down);
                long wallTime = System.nanoTime() - wall0;
                long cpuTime = processCpu(mx) - cpu0;
                if (i >= warmup) {
                    wall[i - warmup] = wallTime;
                    cpu[i - warmup] = cpuTime;
                }
                sink += evaluator.marginRatio(i);
            }
            report("full pass", threads, wall, cpu);
            for (String asset : new String[] {"BTC", "SUI"}) {
                double mark = SyntheticBook.MARKS[Arrays.asList(SyntheticBook.UNDERLYINGS).indexOf(asset)];
                for (int i = 0; i < warmup + passes; i++) {
                    long cpu0 = processCpu(mx);
                    long wall0 = System.nanoTime();
                    sink += evaluator.onMarkChange(asset, mark * (i % 2 == 0 ? 1.01 : 0.99));
                    long wallTime = System.nanoTime() - wall0;
                    long cpuTime = processCpu(mx) - cpu0;
                    if (i >= warmup) {
                        wall[i - warmup] = wallTime;
                        cpu[i - warmup] = cpuTime;
                    }
                }
                report(asset + " tick (" + book.holderCount(asset) + " accounts)", threads, wall, cpu);
            }
        }
        SequentialRead floor = new SequentialRead(passBytes, threads, BookPassBenchmark.SEED);
        for (int i = 0; i < warmup + passes; i++) {
            long cpu0 = processCpu(mx);
            long wall0 = System.nanoTime();
            sink += floor.read();
            long wallTime = System.nanoTime() - wall0;
            long cpuTime = processCpu(mx) - cpu0;
            if (i >= warmup) {
                wall[i - warmup] = wallTime;
                cpu[i - warmup] = cpuTime;
            }
        }
        floor.close();
        report("sequential read", threads, wall, cpu);
        System.out.println("(checksum " + sink + ")");
    }

    private static void report(String what, int threads, long[] wall, long[] cpu) {
        Arrays.sort(wall);
        Arrays.sort(cpu);
        int median = wall.length / 2;
        System.out.printf("%s, %d thread(s): wall min %.2f ms, median %.2f ms; CPU min %.2f ms, median %.2f ms"
                        + " (median CPU / threads %.2f ms)%n", what, threads, wall[0] / 1e6, wall[median] / 1e6,
                cpu[0] / 1e6, cpu[median] / 1e6, cpu[median] / 1e6 / threads);
    }

    /** CPU time of every live thread of this JVM (the caller and the pool's workers; idle threads add nothing). */
    private static long processCpu(ThreadMXBean mx) {
        long total = 0;
        for (long id : mx.getAllThreadIds()) {
            long t = mx.getThreadCpuTime(id);
            if (t > 0) {
                total += t;
            }
        }
        return total;
    }
}
