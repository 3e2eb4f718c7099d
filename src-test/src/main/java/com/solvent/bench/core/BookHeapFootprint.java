package com.solvent.bench.core;

import com.solvent.model.book.Book;
import com.solvent.model.book.BookEvaluator;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Target 4: retained heap of the 1,000,000-account book and of an evaluator's result columns,
 * measured as the used heap after full collections (MemoryMXBean), before and after building.
 *
 * <p>{@code java -Xmx3g -XX:+UseSerialGC -cp src-test/target/benchmarks.jar com.solvent.bench.core.BookHeapFootprint}
 */
public final class BookHeapFootprint {
    private BookHeapFootprint() {
    }

    public static void main(String[] args) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long base = usedAfterGc(memory);
        Book book = SyntheticBook.book(BookPassBenchmark.ACCOUNTS, BookPassBenchmark.POSITIONS, BookPassBenchmark.SEED);
        long withBook = usedAfterGc(memory);
        BookEvaluator evaluator = new BookEvaluator(book, 1);
        evaluator.evaluate(SyntheticBook.prices(1.0));
        long withEvaluator = usedAfterGc(memory);
        System.out.printf("accounts %d, positions %d%n", book.accountCount(), book.positionCount());
        System.out.printf("book retained:       %,d bytes (%.1f MiB); of which primitive columns %,d bytes (%.1f MiB)%n",
                withBook - base, (withBook - base) / 1048576.0, book.columnBytes(), book.columnBytes() / 1048576.0);
        System.out.printf("evaluator retained:  %,d bytes (%.1f MiB)%n", withEvaluator - withBook,
                (withEvaluator - withBook) / 1048576.0);
        System.out.printf("book + evaluator:    %,d bytes (%.1f MiB)%n", withEvaluator - base,
                (withEvaluator - base) / 1048576.0);
        // Keep both reachable until measured.
        System.out.println(book.accountId(0) + " " + evaluator.marginRatio(0));
        evaluator.close();
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
