package com.solvent.bench.core;

import com.solvent.model.account.Account;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.AccountRisk;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Companion to {@link LiquidationPriceBenchmark} for a shared machine: the CPU time of the calling
 * thread per evaluation of the 20-position account (bulk engine), which waiting in the run queue
 * behind other processes does not inflate. Each sample is a batch of 10,000 evaluations; prints the
 * minimum and median per evaluation over 60 batches after 40 warm-up batches, per layout (the
 * arguments, default both).
 *
 * <p>{@code java -Xms1g -Xmx1g -cp src-test/target/benchmarks.jar com.solvent.bench.core.LiquidationPriceCpuTime}
 */
public final class LiquidationPriceCpuTime {
    private LiquidationPriceCpuTime() {
    }

    public static void main(String[] args) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        MarginEngine engine = MarginEngine.withoutExplanations();
        MarginPolicy policy = SyntheticBook.policy();
        PriceSet prices = SyntheticBook.prices(1.0);
        int batch = 10_000;
        int warmup = 40;
        int samples = 60;
        double sink = 0;
        for (String layout : args.length > 0 ? args : new String[] {"spread", "concentrated"}) {
            Account account = LiquidationPriceBenchmark.twentyPositions(layout.equals("concentrated"));
            long[] cpu = new long[samples];
            for (int s = 0; s < warmup + samples; s++) {
                long cpu0 = mx.getCurrentThreadCpuTime();
                for (int k = 0; k < batch; k++) {
                    AccountRisk risk = (AccountRisk) engine.evaluate(account, prices, policy);
                    sink += risk.positions().getFirst().liquidationPrice().price();
                }
                long elapsed = mx.getCurrentThreadCpuTime() - cpu0;
                if (s >= warmup) {
                    cpu[s - warmup] = elapsed;
                }
            }
            Arrays.sort(cpu);
            System.out.printf("%-12s CPU per evaluation: min %.2f us, median %.2f us%n", layout,
                    cpu[0] / 1e3 / batch, cpu[samples / 2] / 1e3 / batch);
        }
        System.out.println(sink == 42 ? "" : "(done)");
    }
}
