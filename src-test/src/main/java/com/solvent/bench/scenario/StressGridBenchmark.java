package com.solvent.bench.scenario;

import com.solvent.model.scenario.MarketState;
import com.solvent.model.scenario.Portfolio;
import com.solvent.model.scenario.PortfolioEvaluator;
import com.solvent.model.scenario.StressGrid;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * A 21 x 5 stress grid (market -50%..+50% in 5% steps x vol -20, -10, 0, +10, +20 points) over a book of
 * 10,000 option accounts (3 options, two perps and USDC each), split by StressGrid over the common
 * fork-join pool (two threads on the two-core machine). Target: under 1 s.
 *
 * <p>Run: {@code java -jar src-test/target/benchmarks.jar StressGridBenchmark -f 1 -wi 1 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class StressGridBenchmark {
    @Param({"10000"})
    public int accounts;
    @Param({"3"})
    public int optionsPerAccount;

    private List<Portfolio> books;
    private MarketState market;
    private final double[] prices = new double[21];
    private final double[] vols = {-20, -10, 0, 10, 20};
    private final PortfolioEvaluator evaluator = PortfolioEvaluator.fast();

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(11);
        books = new ArrayList<>(accounts);
        for (int i = 0; i < accounts; i++) {
            books.add(OptionBooks.account("a" + i, optionsPerAccount, random));
        }
        market = OptionBooks.market();
        for (int i = 0; i < prices.length; i++) {
            prices[i] = -50 + 5 * i;
        }
    }

    @Benchmark
    public StressGrid grid21x5() {
        return StressGrid.ofBook(books, market, OptionBooks.RULES, prices, vols, evaluator);
    }
}
