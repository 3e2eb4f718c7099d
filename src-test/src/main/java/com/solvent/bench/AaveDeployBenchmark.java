package com.solvent.bench;

import com.solvent.chain.aave.AaveDevnetDeployer;
import com.solvent.chain.aave.AaveDevnetMarket;
import com.solvent.chain.aave.AaveDevnetSpec;
import com.solvent.chain.aave.AaveV3Adapter;
import com.solvent.chain.devnet.Devnet;
import com.solvent.chain.devnet.DevnetConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Aave v3 on the devnet: deploying Aave's published contracts (8 libraries, 11 contracts, 3
 * reserves, 1 e-mode category) and opening 6 accounts on a fresh devnet, and reading one account
 * through the adapter (about 25 eth_calls pinned to one block). Run from the repository root:
 * {@code mvn -Pbench -pl src-test -am package -DskipTests && java -jar src-test/target/benchmarks.jar AaveDeploy}
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class AaveDeployBenchmark {
    /** A devnet without Aave, new for every deployment measured. */
    @State(Scope.Thread)
    public static class FreshDevnet {
        Devnet devnet;

        @Setup(Level.Invocation)
        public void start() {
            devnet = Devnet.start(DevnetConfig.defaults().withKeepers(false).withFillerAccounts(0));
        }

        @TearDown(Level.Invocation)
        public void stop() {
            devnet.close();
        }
    }

    /** A devnet with Aave deployed once, for reads. */
    @State(Scope.Benchmark)
    public static class DeployedMarket {
        Devnet devnet;
        AaveDevnetMarket aave;
        AaveV3Adapter adapter;

        @Setup(Level.Trial)
        public void start() {
            devnet = Devnet.start(DevnetConfig.defaults().withKeepers(false).withFillerAccounts(0));
            aave = AaveDevnetDeployer.deploy(devnet, AaveDevnetSpec.reference());
            adapter = new AaveV3Adapter(devnet.rpc().caller(), aave.poolAddressesProvider(), Duration.ofHours(1));
        }

        @TearDown(Level.Trial)
        public void stop() {
            devnet.close();
        }
    }

    @Benchmark
    public AaveDevnetMarket deployAaveAndOpenAccounts(FreshDevnet state) {
        return AaveDevnetDeployer.deploy(state.devnet, AaveDevnetSpec.reference());
    }

    @Benchmark
    @Measurement(iterations = 50)
    @Warmup(iterations = 10)
    public Object readMixedAccount(DeployedMarket state) {
        return state.adapter.read(state.aave.account(AaveDevnetSpec.MIXED));
    }
}
