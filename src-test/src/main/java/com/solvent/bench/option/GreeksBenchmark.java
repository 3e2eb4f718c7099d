package com.solvent.bench.option;

import com.solvent.model.option.Black76;
import com.solvent.model.option.Greeks;
import com.solvent.model.option.OptionContract;
import com.solvent.model.option.OptionMarketData;
import com.solvent.model.option.OptionPricer;
import com.solvent.model.option.VolSurface;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.time.Instant;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of the Greeks (value, delta, gamma, vega, theta) of one option, in options per second on one
 * thread. Target: 10 million per second per core for the primitive kernel.
 *
 * <p>Baseline in the same run: Black-76 with the same five outputs written on commons-math3's normal
 * distribution (erf through the incomplete gamma function). OpenGamma Strata's BlackFormulaRepository
 * was the intended baseline but strata-pricer does not resolve from the registry this build uses.
 *
 * <p>Run: {@code java -jar src-test/target/benchmarks.jar GreeksBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GreeksBenchmark {
    static final int N = 4096;

    private final double[] forward = new double[N];
    private final double[] strike = new double[N];
    private final double[] years = new double[N];
    private final double[] vol = new double[N];
    private final boolean[] call = new boolean[N];
    private final double[] out = new double[Black76.SIZE];
    private final NormalDistribution normal = new NormalDistribution(0, 1);
    private OptionContract[] contracts;
    private OptionMarketData market;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        Instant now = Instant.parse("2026-11-25T08:00:00Z");
        contracts = new OptionContract[N];
        for (int i = 0; i < N; i++) {
            forward[i] = 2000;
            strike[i] = 2000 * Math.exp(random.nextDouble(-0.5, 0.5));
            years[i] = random.nextDouble(1, 365) / 365;
            vol[i] = random.nextDouble(0.2, 1.2);
            call[i] = random.nextBoolean();
            contracts[i] = call[i] ? OptionContract.call("ETH", strike[i], now.plusSeconds((long) (years[i] * 365 * 86400)))
                    : OptionContract.put("ETH", strike[i], now.plusSeconds((long) (years[i] * 365 * 86400)));
        }
        market = OptionMarketData.of(now, Map.of("ETH", 2000.0), Map.of("ETH", VolSurface.flat("ETH", 0.65)));
    }

    /** The allocation-free kernel: one call fills value and four Greeks. */
    @Benchmark
    @OperationsPerInvocation(N)
    public double kernel() {
        double sum = 0;
        for (int i = 0; i < N; i++) {
            Black76.greeks(forward[i], strike[i], years[i], vol[i], call[i], out);
            sum += out[Black76.PRICE] + out[Black76.DELTA] + out[Black76.GAMMA] + out[Black76.VEGA] + out[Black76.THETA];
        }
        return sum;
    }

    /** The record-level API: surface lookup, year fraction, kernel, a {@link Greeks} record per option. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void recordApi(Blackhole bh) {
        for (int i = 0; i < N; i++) {
            bh.consume(OptionPricer.greeks(contracts[i], market));
        }
    }

    /** Baseline: the same five outputs on commons-math3's normal distribution. */
    @Benchmark
    @OperationsPerInvocation(N)
    public double commonsMathBaseline() {
        double sum = 0;
        for (int i = 0; i < N; i++) {
            double f = forward[i];
            double k = strike[i];
            double t = years[i];
            double sqrtT = Math.sqrt(t);
            double sd = vol[i] * sqrtT;
            double d1 = Math.log(f / k) / sd + 0.5 * sd;
            double d2 = d1 - sd;
            double n1 = normal.cumulativeProbability(call[i] ? d1 : -d1);
            double n2 = normal.cumulativeProbability(call[i] ? d2 : -d2);
            double pdf = normal.density(d1);
            double price = call[i] ? f * n1 - k * n2 : k * n2 - f * n1;
            double delta = call[i] ? n1 : -n1;
            double gamma = pdf / (f * sd);
            double vega = 0.01 * f * pdf * sqrtT;
            double theta = -f * pdf * vol[i] / (2 * sqrtT) / 365;
            sum += price + delta + gamma + vega + theta;
        }
        return sum;
    }
}
