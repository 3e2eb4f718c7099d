package com.solvent.chain.bench;

import com.solvent.chain.account.ReferenceVenueAdapter;
import com.solvent.chain.contracts.VenueCalls;
import com.solvent.chain.devnet.AnvilRpc;
import com.solvent.chain.devnet.Devnet;
import com.solvent.chain.devnet.DevnetConfig;
import com.solvent.chain.devnet.DevnetInfo;
import com.solvent.chain.devnet.SeededAccount;
import com.solvent.chain.feed.FeedSpec;
import com.solvent.chain.rpc.RedactedUrl;
import com.solvent.chain.rpc.RequestStats;
import com.solvent.chain.snapshot.ChainSnapshot;
import com.solvent.chain.snapshot.ChainWatcher;
import com.solvent.chain.snapshot.Subscription;
import com.solvent.chain.snapshot.WatchConfig;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Measures the chain watcher on the devnet with many watched accounts (not a test; numbers for
 * docs/PERFORMANCE.md):
 * <ul>
 *   <li>JSON-RPC calls per block, counted at the transport, for a block where one price moves and
 *       for a block where one watched account changes;</li>
 *   <li>event-to-snapshot latency excluding block time: from the arrival of the block's header to
 *       the publication of its snapshot ({@link ChainSnapshot#processingTime()}), and the time to the
 *       subscriber's callback;</li>
 *   <li>the initial full read.</li>
 * </ul>
 * Run: {@code mvn -pl src-test -am test-compile} then
 * {@code java -cp ... com.solvent.chain.bench.WatchHarness [watched=1000] [seeded=400] [moves=300] [ws|http]}
 * (or {@code mvn -pl src-test exec:java -Dexec.mainClass=com.solvent.chain.bench.WatchHarness}).
 */
public final class WatchHarness {
    private WatchHarness() {
    }

    public static void main(String[] args) throws Exception {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int seeded = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        int moves = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        boolean ws = args.length <= 3 || !args[3].equals("http");
        long t0 = System.nanoTime();
        try (Devnet devnet = Devnet.start(DevnetConfig.defaults().withKeepers(false).withFillerAccounts(Math.max(0, seeded - 5)))) {
            DevnetInfo info = devnet.info();
            System.out.printf("devnet with %d accounts ready in %d ms%n", info.accounts().size(), ms(System.nanoTime() - t0));
            List<FeedSpec> feeds = info.priceFeeds().entrySet().stream()
                    .map(e -> FeedSpec.of(e.getKey(), e.getValue(), Duration.ofHours(1), 0.04)).toList();
            Set<String> watched = info.accounts().stream().map(SeededAccount::address).collect(Collectors.toSet());
            // seeding is slow on the devnet (one huge block); the rest of the watch list are
            // addresses without a venue account, read and decoded like any other
            for (int i = 1; watched.size() < accounts; i++) {
                watched.add(String.format("0x%040x", BigInteger.valueOf(0x5017e47L).shiftLeft(64).add(BigInteger.valueOf(i))));
            }
            WatchConfig config = WatchConfig.of(RedactedUrl.of(ws ? info.wsUrl() : info.httpUrl()), info.chainId())
                    .withFeeds(feeds)
                    .withVenue(ReferenceVenueAdapter.of(info.venue(), devnet.venue().config(), 256), watched)
                    .withMulticall(info.multicall3())
                    .withMaxCallsPerBatch(250)
                    .withTiming(Duration.ofMillis(20), Duration.ofSeconds(10), com.solvent.chain.rpc.Backoff.defaults());

            LinkedBlockingQueue<Seen> seen = new LinkedBlockingQueue<>();
            long start = System.nanoTime();
            try (ChainWatcher watcher = ChainWatcher.start(config);
                 Subscription ignored = watcher.subscribe(s -> seen.add(new Seen(s, System.nanoTime())))) {
                Seen first = seen.poll(120, TimeUnit.SECONDS);
                if (first == null) {
                    throw new IllegalStateException("no first snapshot; health " + watcher.health());
                }
                RequestStats afterFull = watcher.requestStats();
                System.out.printf("initial full read of %d accounts and %d feeds: %d ms, %d JSON-RPC calls %s%n",
                        first.snapshot.accounts().size(), feeds.size(), ms(first.nanos - start), afterFull.calls(),
                        afterFull.callsByMethod());

                AnvilRpc rpc = devnet.rpc();
                List<Long> processing = new ArrayList<>();
                List<Long> toSubscriber = new ArrayList<>();
                List<Long> sendToSubscriber = new ArrayList<>();
                Map<Long, Integer> callsPerPriceBlock = new java.util.TreeMap<>();
                String[] assets = {"ETH", "BTC"};
                double[] base = {3000, 96000};
                int warmup = 100; // JIT warm-up blocks, not recorded
                for (int i = -warmup; i < moves; i++) {
                    int a = Math.floorMod(i, assets.length);
                    double price = base[a] * (1 + 0.0001 * (Math.floorMod(i, 50) + 1) * (Math.floorMod(i, 2) == 0 ? 1 : -1));
                    BigInteger answer = java.math.BigDecimal.valueOf(price).setScale(8, java.math.RoundingMode.HALF_EVEN)
                            .movePointRight(8).toBigIntegerExact();
                    seen.clear();
                    RequestStats before = watcher.requestStats();
                    long sent = System.nanoTime();
                    rpc.send(info.deployer(), info.priceFeeds().get(assets[a]), VenueCalls.submit(answer), null, AnvilRpc.CALL_GAS);
                    Seen s = awaitPrice(seen, assets[a], answer.doubleValue() / 1e8);
                    long calls = watcher.requestStats().callsSince(before);
                    if (i < 0) {
                        continue;
                    }
                    callsPerPriceBlock.merge(calls, 1, Integer::sum);
                    processing.add(s.snapshot.processingTime().toNanos());
                    toSubscriber.add(s.nanos - sent);
                    sendToSubscriber.add(s.nanos - sent);
                }
                System.out.printf("price moves (%d, one block each, %d watched accounts, %d seeded):%n", moves, watched.size(),
                        info.accounts().size());
                System.out.printf("  JSON-RPC calls per block -> number of blocks: %s%n", callsPerPriceBlock);
                report("  header arrival -> snapshot published", processing);
                report("  eth_sendTransaction -> subscriber callback (includes mining and push)", sendToSubscriber);

                // account events: a deposit by one watched account, one block each
                String whale = info.requireAccount(SeededAccount.WHALE).address();
                String token = info.tokens().get("USDC");
                int deposits = Math.min(100, moves);
                BigInteger unit = BigInteger.valueOf(1_000_000L);
                rpc.transact(info.deployer(), token, VenueCalls.mint(whale, unit.multiply(BigInteger.valueOf(deposits))));
                rpc.transact(whale, token, VenueCalls.approve(info.venue(), unit.multiply(BigInteger.valueOf(deposits))));
                Thread.sleep(200);
                Map<Long, Integer> callsPerAccountBlock = new java.util.TreeMap<>();
                List<Long> accountProcessing = new ArrayList<>();
                for (int i = 0; i < deposits; i++) {
                    seen.clear();
                    long block = rpc.blockNumber() + 1;
                    RequestStats before = watcher.requestStats();
                    rpc.send(whale, info.venue(), VenueCalls.deposit(0, unit), null, AnvilRpc.CALL_GAS);
                    Seen s = awaitBlock(seen, block);
                    callsPerAccountBlock.merge(watcher.requestStats().callsSince(before), 1, Integer::sum);
                    accountProcessing.add(s.snapshot.processingTime().toNanos());
                }
                System.out.printf("account events (%d deposits, one block each):%n", deposits);
                System.out.printf("  JSON-RPC calls per block -> number of blocks: %s%n", callsPerAccountBlock);
                report("  header arrival -> snapshot published", accountProcessing);

                // empty blocks: the bloom filter proves nothing changed
                RequestStats before = watcher.requestStats();
                for (int i = 0; i < 20; i++) {
                    long block = rpc.blockNumber() + 1;
                    seen.clear();
                    rpc.mine();
                    awaitBlock(seen, block);
                }
                System.out.printf("empty blocks: %d JSON-RPC calls for 20 blocks%n", watcher.requestStats().callsSince(before));
                System.out.printf("totals: %s%n", watcher.requestStats());

                // noise floor of this machine: a bare eth_blockNumber round trip to the same anvil
                List<Long> bare = new ArrayList<>();
                for (int i = 0; i < 500; i++) {
                    long t = System.nanoTime();
                    rpc.blockNumber();
                    bare.add(System.nanoTime() - t);
                }
                report("bare eth_blockNumber round trip (noise floor)", bare);
            }
        }
    }

    private record Seen(ChainSnapshot snapshot, long nanos) {
    }

    private static Seen awaitPrice(LinkedBlockingQueue<Seen> seen, String asset, double price) throws InterruptedException {
        while (true) {
            Seen s = seen.poll(30, TimeUnit.SECONDS);
            if (s == null) {
                throw new IllegalStateException("price " + asset + " " + price + " never seen");
            }
            if (Math.abs(s.snapshot.prices().get(asset).orElseThrow().mark() - price) < 1e-9) {
                return s;
            }
        }
    }

    private static Seen awaitBlock(LinkedBlockingQueue<Seen> seen, long block) throws InterruptedException {
        while (true) {
            Seen s = seen.poll(30, TimeUnit.SECONDS);
            if (s == null) {
                throw new IllegalStateException("block " + block + " never seen");
            }
            if (s.snapshot.blockNumber() >= block) {
                return s;
            }
        }
    }

    private static void report(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("%s: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms (n=%d)%n", what,
                pct(sorted, 0.50), pct(sorted, 0.90), pct(sorted, 0.99), sorted.getLast() / 1e6, sorted.size());
    }

    private static double pct(List<Long> sorted, double p) {
        int i = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
