package com.solvent.bench.venue;

import com.solvent.app.fx.ChainStatus;
import com.solvent.app.fx.MarketState;
import com.solvent.app.venue.ScanStatus;
import com.solvent.app.venue.VenueRanker;
import com.solvent.app.venue.VenueRanking;
import com.solvent.app.venue.VenueState;
import com.solvent.bench.core.SyntheticBook;
import com.solvent.model.account.Account;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.PriceSet;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * What the risk desk's ranking costs per block on a big venue: every account of the core benchmarks'
 * synthetic venue ({@link SyntheticBook}, 4 cross positions per account over 10 markets) evaluated at a
 * new block's prices (ETH moved), the rows built and sorted worst first. The columns are laid out once
 * for the account set (as on a live venue between two account changes); {@code layout} measures
 * laying them out again (a block where an account was discovered).
 * {@code java -jar benchmarks.jar VenueRankingBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class VenueRankingBenchmark {
    @Param({"100000", "1000000"})
    public int accounts;

    private List<Account> book;
    private MarginPolicy policy;
    private PriceSet[] blocks;
    private VenueRanker ranker;
    private int block;

    @Setup(Level.Trial)
    public void setUp() {
        policy = SyntheticBook.policy();
        PriceSet prices = SyntheticBook.prices(1.0);
        SplittableRandom random = new SplittableRandom(20261125L);
        List<Account> all = new ArrayList<>(accounts);
        for (int i = 0; i < accounts; i++) {
            all.add(SyntheticBook.account(random, i, 4));
        }
        book = List.copyOf(all);
        double eth = prices.get("ETH").orElseThrow().mark();
        blocks = new PriceSet[16];
        for (int b = 0; b < blocks.length; b++) {
            blocks[b] = prices.withMark("ETH", eth * (1 + 0.001 * (b - 8)));
        }
        ranker = new VenueRanker();
        ranker.rank(state(blocks[0]));
    }

    private VenueState state(PriceSet prices) {
        return new VenueState(new MarketState(book, prices, policy, ChainStatus.offline("synthetic", prices.asOf())),
                ScanStatus.offline(book.size(), ""), Map.of());
    }

    /** One block: the same accounts at new prices. */
    @Benchmark
    public VenueRanking block() {
        block = (block + 1) % blocks.length;
        return ranker.rank(state(blocks[block]));
    }

    /** A block after the account set changed: the columns laid out again, then evaluated and ranked. */
    @Benchmark
    public VenueRanking layout() {
        try (VenueRanker fresh = new VenueRanker()) {
            return fresh.rank(state(blocks[0]));
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        ranker.close();
    }
}
