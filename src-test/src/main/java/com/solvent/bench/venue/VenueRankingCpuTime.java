package com.solvent.bench.venue;

import com.solvent.app.fx.ChainStatus;
import com.solvent.app.fx.MarketState;
import com.solvent.app.venue.ScanStatus;
import com.solvent.app.venue.VenueRanker;
import com.solvent.app.venue.VenueRanking;
import com.solvent.app.venue.VenueRow;
import com.solvent.app.venue.VenueState;
import com.solvent.bench.core.SyntheticBook;
import com.solvent.model.account.Account;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.PriceSet;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Companion to {@link VenueRankingBenchmark} for a shared machine: the CPU time of the risk desk's
 * ranking per block (one thread: the venue evaluator's), which waiting behind other processes does
 * not inflate. For {@code accounts} accounts of the synthetic venue, prints the minimum and median
 * over 20 blocks after 5 warm-up blocks of: a block (same accounts, ETH moved: columnar pass, rows,
 * packed-key sort), a block after the account set changed (columns laid out again), and, for
 * comparison, sorting the same rows with the row comparator alone.
 *
 * <p>{@code java -Xms6g -Xmx6g -cp src-test/target/benchmarks.jar com.solvent.bench.venue.VenueRankingCpuTime 1000000}
 */
public final class VenueRankingCpuTime {
    private static final int WARMUP = 5;
    private static final int BLOCKS = 20;

    private VenueRankingCpuTime() {
    }

    public static void main(String[] args) {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        MarginPolicy policy = SyntheticBook.policy();
        PriceSet prices = SyntheticBook.prices(1.0);
        SplittableRandom random = new SplittableRandom(20261125L);
        List<Account> all = new ArrayList<>(accounts);
        for (int i = 0; i < accounts; i++) {
            all.add(SyntheticBook.account(random, i, 4));
        }
        List<Account> book = List.copyOf(all);
        double eth = prices.get("ETH").orElseThrow().mark();
        long[] block = new long[BLOCKS];
        long[] layout = new long[BLOCKS];
        long[] comparatorSort = new long[BLOCKS];
        long sink = 0;
        try (VenueRanker ranker = new VenueRanker()) {
            for (int i = 0; i < WARMUP + BLOCKS; i++) {
                VenueState state = state(book, prices.withMark("ETH", eth * (1 + 0.001 * (i % 7 - 3))), policy);
                long t0 = mx.getCurrentThreadCpuTime();
                VenueRanking ranking = ranker.rank(state);
                long t1 = mx.getCurrentThreadCpuTime();
                List<VenueRow> rows = new ArrayList<>(ranking.rows());
                java.util.Collections.shuffle(rows, new java.util.Random(i));
                long t2 = mx.getCurrentThreadCpuTime();
                rows.sort(VenueRow.WORST_FIRST);
                long t3 = mx.getCurrentThreadCpuTime();
                sink += ranking.totals().accounts() + rows.size();
                if (i >= WARMUP) {
                    block[i - WARMUP] = t1 - t0;
                    comparatorSort[i - WARMUP] = t3 - t2;
                }
            }
        }
        for (int i = 0; i < WARMUP + BLOCKS; i++) {
            try (VenueRanker fresh = new VenueRanker()) {
                long t0 = mx.getCurrentThreadCpuTime();
                sink += fresh.rank(state(book, prices, policy)).totals().accounts();
                long t1 = mx.getCurrentThreadCpuTime();
                if (i >= WARMUP) {
                    layout[i - WARMUP] = t1 - t0;
                }
            }
        }
        System.out.printf("%,d accounts, CPU ms per block: min / median%n", accounts);
        report("block (same accounts, new prices)", block);
        report("block after the account set changed", layout);
        report("rows sorted by the comparator alone", comparatorSort);
        System.out.println("(sink " + sink + ")");
    }

    private static VenueState state(List<Account> book, PriceSet prices, MarginPolicy policy) {
        return new VenueState(new MarketState(book, prices, policy, ChainStatus.offline("synthetic", prices.asOf())),
                ScanStatus.offline(book.size(), ""), Map.of());
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("  %-40s %8.1f / %8.1f%n", what, sorted[0] / 1e6, sorted[sorted.length / 2] / 1e6);
    }
}
