package com.solvent.bench;

import com.solvent.chain.devnet.Devnet;
import com.solvent.chain.devnet.DevnetConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Devnet start as the workstation does it: anvil up, contracts deployed, story and filler
 * accounts seeded (keepers off, so the number is start alone), then closed. Budget: under 15 s
 * with 100 fillers. Run from the repository root (anvil is found under .tools/npm):
 * {@code mvn -Pbench -pl src-test -am package -DskipTests && java -jar src-test/target/benchmarks.jar DevnetStart}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class DevnetStartBenchmark {
    @Param({"100"})
    public int fillers;

    @Benchmark
    public long startSeedAndClose() {
        try (Devnet devnet = Devnet.start(DevnetConfig.defaults().withKeepers(false).withFillerAccounts(fillers))) {
            return devnet.info().startBlock();
        }
    }
}
