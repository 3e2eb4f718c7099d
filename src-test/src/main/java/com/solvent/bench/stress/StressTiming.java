package com.solvent.bench.stress;

import com.solvent.model.cascade.CascadeResult;
import com.solvent.model.cascade.CascadeSettings;
import com.solvent.model.cascade.CascadeSimulation;
import com.solvent.model.cascade.MarketDepth;
import com.solvent.model.distribution.LiquidationMapBuilder;
import com.solvent.model.stress.StressLibrary;
import com.solvent.model.stress.StressResult;
import com.solvent.model.stress.StressRunner;
import com.solvent.model.task.TaskMonitor;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;

/**
 * A one-shot timing of the three stress workloads with a breakdown, wall clock and the process's
 * CPU time (all threads: on a shared machine CPU time is the steadier figure; with both cores free
 * wall time is about CPU time / 2). Not a JMH measurement: the JMH benchmarks are the numbers to
 * quote when the machine is quiet. {@code java -Xmx6g -cp benchmarks.jar com.solvent.bench.stress.StressTiming
 * [accounts] [what: all | library | cascade | map]}
 */
public final class StressTiming {
    private StressTiming() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        String what = args.length > 1 ? args[1] : "all";
        long t0 = System.nanoTime();
        RestingBook rb = RestingBook.of(n);
        System.out.printf("book: %d accounts kept of %d generated, %.1f s, load %.1f%n", n, rb.generated,
                (System.nanoTime() - t0) / 1e9, load());
        if (what.equals("all") || what.equals("library")) {
            StressRunner runner = new StressRunner(rb.book, 1e9, 2);
            for (int rep = 0; rep < 3; rep++) {
                long cpu = cpu();
                long t = System.nanoTime();
                List<StressResult> results = runner.runAll(StressScenarios.twenty(), rb.prices, TaskMonitor.NONE);
                long dt = System.nanoTime() - t;
                long liquidated = 0;
                long deleveraged = 0;
                for (StressResult r : results) {
                    liquidated += r.totals().accountsLiquidated();
                    deleveraged += r.totals().accountsDeleveraged();
                }
                System.out.printf("library (20 scenarios, runAll, 2 threads): %.0f ms wall, %.0f ms CPU, liquidated %d, "
                        + "deleveraged %d, load %.1f%n", dt / 1e6, (cpu() - cpu) / 1e6, liquidated, deleveraged, load());
            }
            StressRunner single = new StressRunner(rb.book, 1e9, 1);
            for (var s : StressScenarios.twenty()) {
                long cpu = cpu();
                StressResult r = single.run(s, rb.prices, TaskMonitor.NONE);
                System.out.printf("  %-22s %7.1f ms CPU  liquidated %7d  bankrupt %7d  adl %6d%n", s.name(),
                        (cpu() - cpu) / 1e6, r.totals().accountsLiquidated(), r.totals().accountsBankrupt(),
                        r.totals().accountsDeleveraged());
            }
        }
        if (what.equals("all") || what.equals("cascade")) {
            Map<String, Double> depth = StressScenarios.depth(rb);
            for (int rep = 0; rep < 3; rep++) {
                long cpu = cpu();
                long t = System.nanoTime();
                CascadeResult c = new CascadeSimulation(2).run(rb.book, rb.prices, StressLibrary.crash(0.10),
                        CascadeSettings.of(MarketDepth.linear(depth), 1e9), TaskMonitor.NONE);
                System.out.printf("cascade: %.0f ms wall, %.0f ms CPU, %d rounds, liquidated %d, deleveraged %d, BTC path %s, "
                                + "load %.1f%n", (System.nanoTime() - t) / 1e6, (cpu() - cpu) / 1e6, c.rounds().size(),
                        c.totals().accountsLiquidated(), c.totals().accountsDeleveraged(), c.pricePath("BTC"), load());
            }
        }
        if (what.equals("all") || what.equals("map")) {
            for (double range : new double[] {0.05, 0.2}) {
                for (int rep = 0; rep < 4; rep++) {
                    long cpu = cpu();
                    long t = System.nanoTime();
                    var maps = new LiquidationMapBuilder(2).build(rb.book, rb.prices, List.of("BTC", "ETH", "SOL", "XRP",
                            "DOGE", "AVAX", "LINK", "ARB", "OP", "SUI"), range, 80, TaskMonitor.NONE);
                    System.out.printf("liquidation map +-%.0f%%: %.0f ms wall, %.0f ms CPU, BTC in range %.6e USD, load %.1f%n",
                            range * 100, (System.nanoTime() - t) / 1e6, (cpu() - cpu) / 1e6,
                            maps.get("BTC").notionalInRange(), load());
                }
            }
        }
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
