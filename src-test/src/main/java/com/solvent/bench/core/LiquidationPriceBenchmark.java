package com.solvent.bench.core;

import com.solvent.model.account.Account;
import com.solvent.model.account.CollateralBalance;
import com.solvent.model.account.Position;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.LiquidationPrice;
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
import org.openjdk.jmh.infra.Blackhole;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Target 3: the cross liquidation price of a 20-position account with the record-level
 * {@link MarginEngine} ({@code evaluate(...)} then {@code PositionRisk.liquidationPrice}).
 *
 * <p>{@code layout}: {@code spread} puts the 20 positions on all 10 synthetic markets (two each,
 * so ten cross solves, one per underlying); {@code concentrated} puts all 20 on BTC-PERP (one solve
 * over 20 tiered positions moving together, the worst case of the piecewise-linear walk).
 * {@code explain} compares the live view's engine (explanations built) with the bulk one.
 * One evaluation computes every position's liquidation and bankruptcy price and the uniform move;
 * the score is per evaluation.
 *
 * <p>{@code java -jar src-test/target/benchmarks.jar LiquidationPriceBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class LiquidationPriceBenchmark {
    @Param({"spread", "concentrated"})
    public String layout;

    @Param({"false", "true"})
    public boolean explain;

    private MarginEngine engine;
    private MarginPolicy policy;
    private Account account;
    private PriceSet prices;

    @Setup(Level.Trial)
    public void setUp() {
        engine = explain ? new MarginEngine() : MarginEngine.withoutExplanations();
        policy = SyntheticBook.policy();
        prices = SyntheticBook.prices(1.0);
        account = twentyPositions(layout.equals("concentrated"));
        AccountRisk risk = (AccountRisk) engine.evaluate(account, prices, policy);
        LiquidationPrice first = risk.positions().getFirst().liquidationPrice();
        System.out.printf("%n%s: equity %.0f, MM %.0f, health %s, p0 liquidation %s%n", layout, risk.equity(),
                risk.maintenanceRequirement(), risk.health(), first);
    }

    /** 20 cross positions, notionals 50k to 10M (so positions sit in different tiers), about 4x leverage. */
    static Account twentyPositions(boolean concentrated) {
        SplittableRandom random = new SplittableRandom(7);
        List<Position> positions = new ArrayList<>(20);
        double gross = 0;
        for (int k = 0; k < 20; k++) {
            int m = concentrated ? 0 : k % SyntheticBook.UNDERLYINGS.length;
            double mark = SyntheticBook.MARKS[m];
            double notional = 50_000 * Math.pow(200, random.nextDouble());
            double size = (k % 3 == 2 ? -1 : 1) * notional / mark;
            positions.add(Position.cross("p" + k, SyntheticBook.UNDERLYINGS[m] + "-PERP", size,
                    mark * (0.95 + 0.1 * random.nextDouble())));
            gross += notional;
        }
        List<CollateralBalance> collateral = List.of(new CollateralBalance("USDC", gross / 8),
                new CollateralBalance("ETH", gross / 8 / SyntheticBook.MARKS[1]));
        return new Account("twenty", collateral, positions);
    }

    /** One evaluation: every position's liquidation price (and the rest of the account's figures). */
    @Benchmark
    public void evaluate(Blackhole bh) {
        AccountRisk risk = (AccountRisk) engine.evaluate(account, prices, policy);
        bh.consume(risk.positions().getFirst().liquidationPrice());
    }
}
