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
 * ({@link SequentialRead}), which alternates with the full passes so that both see the same load;
 * prints the ratio of their medians. Prints the minimum and median over 100 passes after 30
 * warm-up passes.
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
        long[] floorWall = new long[passes];
        long[] floorCpu = new long[passes];
        double sink = 0;
        try (BookEvaluator evaluator = new BookEvaluator(book, threads)) {
            // The floor reads as many bytes as a pass; pass and floor alternate, so that both see
            // the same machine (a shared machine's load changes within seconds).
            SequentialRead floor = new SequentialRead(evaluator.passInputBytes(), threads, BookPassBenchmark.SEED);
            for (int i = 0; i < warmup + passes; i++) {
                long cpu0 = processCpu(mx);
                long wall0 = System.nanoTime();
                evaluator.evaluate(i % 2 == 0 ? up : down);
                long wall1 = System.nanoTime();
                long cpu1 = processCpu(mx);
                sink += floor.read();
                long wall2 = System.nanoTime();
                long cpu2 = processCpu(mx);
                if (i >= warmup) {
                    wall[i - warmup] = wall1 - wall0;
                    cpu[i - warmup] = cpu1 - cpu0;
                    floorWall[i - warmup] = wall2 - wall1;
                    floorCpu[i - warmup] = cpu2 - cpu1;
                }
                sink += evaluator.marginRatio(i);
            }
            floor.close();
            report("full pass", threads, wall, cpu);
            report("sequential read of the pass's " + evaluator.passInputBytes() + " bytes", threads, floorWall, floorCpu);
            System.out.printf("ratio full pass / sequential read, medians: CPU %.2fx, wall %.2fx%n",
                    (double) cpu[passes / 2] / floorCpu[passes / 2], (double) wall[passes / 2] / floorWall[passes / 2]);
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
