package com.solvent.bench.scenario;

import com.solvent.model.scenario.MarketState;
import com.solvent.model.scenario.Portfolio;
import com.solvent.model.scenario.PortfolioEvaluator;
import com.solvent.model.scenario.TwoAssetGrid;
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
 * A 41 x 41 ETH x BTC margin-ratio grid of one account (two perps, six options), boundary traced:
 * the two-asset view's cost per redraw.
 *
 * <p>Run: {@code java -jar src-test/target/benchmarks.jar TwoAssetGridBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TwoAssetGridBenchmark {
    private Portfolio book;
    private MarketState market;
    private final double[] eth = new double[41];
    private final double[] btc = new double[41];
    private final PortfolioEvaluator evaluator = PortfolioEvaluator.fast();

    @Setup
    public void setUp() {
        book = OptionBooks.account("grid", 6, new SplittableRandom(5));
        market = OptionBooks.market();
        for (int i = 0; i < eth.length; i++) {
            eth[i] = 1_000 + 50 * i;
            btc[i] = 45_000 + 2_250 * i;
        }
    }

    @Benchmark
    public TwoAssetGrid grid41x41() {
        return TwoAssetGrid.compute(book, market, OptionBooks.RULES, "ETH", eth, "BTC", btc, evaluator);
    }
}
