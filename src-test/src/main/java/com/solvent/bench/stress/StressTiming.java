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

import java.util.List;
import java.util.Map;

/**
 * A quick one-shot timing of the three stress workloads with a breakdown (not a JMH measurement;
 * the JMH benchmarks are the numbers to quote). {@code java -cp benchmarks.jar com.solvent.bench.stress.StressTiming [accounts]}
 */
public final class StressTiming {
    private StressTiming() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long t0 = System.nanoTime();
        RestingBook rb = RestingBook.of(n);
        System.out.printf("book: %d accounts kept of %d generated, %.1f s%n", n, rb.generated, (System.nanoTime() - t0) / 1e9);
        StressRunner runner = new StressRunner(rb.book, 1e9, 2);
        for (int rep = 0; rep < 2; rep++) {
            long total = 0;
            for (var s : StressScenarios.twenty()) {
                long t = System.nanoTime();
                StressResult r = runner.run(s, rb.prices, TaskMonitor.NONE);
                long dt = System.nanoTime() - t;
                total += dt;
                if (rep == 1) {
                    System.out.printf("  %-22s %7.1f ms  liquidated %7d  bankrupt %7d  adl %6d%n", s.name(), dt / 1e6,
                            r.totals().accountsLiquidated(), r.totals().accountsBankrupt(), r.totals().accountsDeleveraged());
                }
            }
            System.out.printf("20 scenarios: %.0f ms%n", total / 1e6);
        }
        Map<String, Double> depth = StressScenarios.depth(rb);
        for (int rep = 0; rep < 2; rep++) {
            long t = System.nanoTime();
            CascadeResult c = new CascadeSimulation(2).run(rb.book, rb.prices, StressLibrary.crash(0.10),
                    CascadeSettings.of(MarketDepth.linear(depth), 1e9), TaskMonitor.NONE);
            System.out.printf("cascade: %.0f ms, %d rounds, liquidated %d, BTC path %s%n", (System.nanoTime() - t) / 1e6,
                    c.rounds().size(), c.totals().accountsLiquidated(), c.pricePath("BTC"));
        }
        for (int rep = 0; rep < 2; rep++) {
            long t = System.nanoTime();
            var maps = new LiquidationMapBuilder(2).build(rb.book, rb.prices, List.of("BTC", "ETH", "SOL", "XRP", "DOGE",
                    "AVAX", "LINK", "ARB", "OP", "SUI"), 0.2, 80, TaskMonitor.NONE);
            System.out.printf("liquidation map: %.0f ms, BTC in range %.3e USD%n", (System.nanoTime() - t) / 1e6,
                    maps.get("BTC").notionalInRange());
        }
    }
}
