package com.solvent.bench.stress;

import com.solvent.model.stress.StressLibrary;
import com.solvent.model.stress.StressResult;
import com.solvent.model.stress.StressRunner;
import com.solvent.model.task.TaskMonitor;

/**
 * Where a stress run's time goes: the same scenario with an insurance fund too small to cover the
 * bad debt (auto-deleveraging runs) and one large enough to cover everything (no auto-deleveraging),
 * and the columnar screen alone ("unchanged" on a book at rest liquidates nothing).
 * {@code java -cp benchmarks.jar com.solvent.bench.stress.StressBreakdown [accounts]}
 */
public final class StressBreakdown {
    private StressBreakdown() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        RestingBook rb = RestingBook.of(n);
        for (int rep = 0; rep < 3; rep++) {
            for (double fund : new double[] {0, 1e15}) {
                long t = System.nanoTime();
                StressResult r = new StressRunner(rb.book, fund, 1).run(StressLibrary.crash(0.10), rb.prices,
                        TaskMonitor.NONE);
                System.out.printf("crash-10 fund %.0e: %6.0f ms, liquidated %d, deleveraged %d%n", fund,
                        (System.nanoTime() - t) / 1e6, r.totals().accountsLiquidated(), r.totals().accountsDeleveraged());
            }
            long t = System.nanoTime();
            new StressRunner(rb.book, 0, 1).run(StressLibrary.byName("unchanged").orElseThrow(), rb.prices, TaskMonitor.NONE);
            System.out.printf("unchanged (screen only): %6.0f ms%n", (System.nanoTime() - t) / 1e6);
        }
    }
}
