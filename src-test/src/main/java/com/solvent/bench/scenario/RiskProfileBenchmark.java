package com.solvent.bench.scenario;

import com.solvent.model.scenario.MarketState;
import com.solvent.model.scenario.Portfolio;
import com.solvent.model.scenario.PortfolioEvaluator;
import com.solvent.model.scenario.RiskProfile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * A 201-point risk profile (ETH from 1000 to 3000) of an account with 100 option positions, two perps and
 * USDC, liquidation points refined. Target: under 2 ms.
 *
 * <p>Run: {@code java -jar src-test/target/benchmarks.jar RiskProfileBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RiskProfileBenchmark {
    private Portfolio book;
    private MarketState market;
    private final PortfolioEvaluator evaluator = PortfolioEvaluator.fast();

    @Setup
    public void setUp() {
        book = OptionBooks.account("acct", 100, new SplittableRandom(7));
        market = OptionBooks.market();
    }

    @Benchmark
    public RiskProfile profile201() {
        return RiskProfile.compute(book, market, OptionBooks.RULES, "ETH", 1000, 3000, 201, evaluator);
    }
}
