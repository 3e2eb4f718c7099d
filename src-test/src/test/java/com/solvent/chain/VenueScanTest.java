package com.solvent.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.solvent.chain.devnet.SeededAccount;
import com.solvent.chain.rpc.RedactedUrl;
import com.solvent.chain.scan.BookFigures;
import com.solvent.chain.scan.DiscoveredAccount;
import com.solvent.chain.scan.ScanPhase;
import com.solvent.chain.scan.VenueScan;
import com.solvent.chain.scan.VenueScanner;
import com.solvent.chain.snapshot.ChainSnapshot;
import com.solvent.chain.snapshot.ChainWatcher;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.policy.VenuePresets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The venue scan on a real anvil with the seeded book (105 accounts): discovery from the
 * AccountOpened events against the contract's own account list, totals against the contract's own
 * accountView at the same block, accounts opened while the scan runs, and a provider with small
 * eth_getLogs limits played by the fault proxy.
 */
class VenueScanTest {
    private static DevnetFixture fx;
    private static MarginPolicy policy;

    @BeforeAll
    static void startDevnet() {
        fx = new DevnetFixture(100);
        policy = fx.devnet.referenceReader().policy(VenuePresets.reference().warningLevel());
    }

    @AfterAll
    static void stopDevnet() {
        fx.close();
    }

    static VenueScan await(VenueScanner scanner, Predicate<VenueScan> condition, String what) {
        return DevnetFixture.await(scanner::latest, condition, what, () -> "scan never reached: " + what + "; last "
                + scanner.latest().progress() + ", connection " + scanner.latest().connection());
    }

    /** Live at the node's head, with {@code n} accounts read. */
    private static ChainSnapshot liveAtHead(VenueScanner scanner) {
        long head = fx.devnet.rpc().blockNumber();
        return await(scanner, s -> s.live() && s.snapshot().orElseThrow().blockNumber() == head
                && s.connection().live(), "live at head #" + head).snapshot().orElseThrow();
    }

    /** The contract's own account list ({@code accountCount()} and {@code accountsPage()}), lower case. */
    private static Set<String> contractAccounts() {
        List<String> all = fx.devnet.venue().accounts();
        assertThat((long) all.size()).isEqualTo(fx.devnet.venue().accountCount());
        return all.stream().map(a -> a.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private static Set<String> seeded() {
        return fx.info.accounts().stream().map(a -> a.address().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    @Test
    void findsEverySeededAccountAndItsTotalsAreTheSumOfTheContractsOwnViews() throws IOException {
        try (VenueScanner scanner = VenueScanner.start(fx.scanConfig(fx.info.wsUrl()))) {
            ChainSnapshot live = liveAtHead(scanner);

            Set<String> contract = contractAccounts();
            assertThat(seeded()).hasSize(105).isSubsetOf(contract);
            assertThat(scanner.accounts().stream().map(DiscoveredAccount::address)).containsExactlyInAnyOrderElementsOf(contract);
            assertThat(live.accounts().keySet()).isEqualTo(contract);
            assertThat(live.accountIssues()).isEmpty();
            // the contract's own indices, in order
            List<DiscoveredAccount> found = scanner.accounts();
            for (DiscoveredAccount a : found) {
                assertThat(fx.devnet.venue().accounts().get((int) a.index()).toLowerCase(Locale.ROOT)).isEqualTo(a.address());
            }
            // the same as a fresh read of those accounts at that block
            ChainSnapshot fresh = ChainWatcher.readOnce(fx.config(fx.info.httpUrl()).withVenue(
                    fx.scanConfig(fx.info.httpUrl()).watch().venue().orElseThrow(), contract), OptionalLong.of(live.blockNumber()));
            assertThat(live.accounts()).isEqualTo(fresh.accounts());

            assertTotalsAreTheContracts(live);
        }
    }

    /** Sum of equity and of maintenance requirement over the book equal the contract's own figures at the block. */
    private static void assertTotalsAreTheContracts(ChainSnapshot live) {
        BookFigures book = BookFigures.of(live, policy);
        double[] contract = fx.contractTotals(contractAccounts(), live.blockNumber());
        assertThat(book.failures()).isEmpty();
        assertThat(book.totals().accounts()).isEqualTo(contractAccounts().size());
        assertThat(book.totals().equity()).isCloseTo(contract[0], within(1e-9 * Math.abs(contract[0])));
        assertThat(book.totals().maintenanceRequirement()).isCloseTo(contract[1], within(1e-9 * contract[1]));
        assertThat(contract[1]).isPositive();
    }

    @Test
    void accountsOpenedWhileTheScanRunsAreReadInTheBlockThatOpensThem() throws Exception {
        List<String> openedDuringDiscovery = new CopyOnWriteArrayList<>();
        AtomicBoolean once = new AtomicBoolean();
        try (FaultyProxy proxy = new FaultyProxy(FaultyProxy.portOf(fx.info.httpUrl()))) {
            // the provider: while the scan asks for its first page of events, a user opens an account
            proxy.rules(new FaultyProxy.RpcRule() {
                @Override
                public FaultyProxy.RpcError before(JsonNode request) {
                    if (request.path("method").asText().equals("eth_getLogs") && once.compareAndSet(false, true)) {
                        openedDuringDiscovery.add(fx.openAccount("during-discovery", 5_000, "0.5"));
                    }
                    return null;
                }
            });
            try (VenueScanner scanner = VenueScanner.start(fx.scanConfig(proxy.httpUrl()))) {
                await(scanner, s -> !openedDuringDiscovery.isEmpty(), "the account opened during discovery");
                ChainSnapshot first = liveAtHead(scanner);
                assertThat(first.accounts()).containsKey(openedDuringDiscovery.getFirst());

                // then more users, while it follows the chain: each read at the head that includes it
                List<String> later = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    later.add(fx.openAccount("live", 2_000 + 1_000L * i, i % 2 == 0 ? "0.2" : "-0.3"));
                    ChainSnapshot now = liveAtHead(scanner);
                    assertThat(now.accounts()).containsKeys(later.toArray(String[]::new));
                    assertThat(now.account(later.getLast()).orElseThrow().positions()).hasSize(1);
                }
                ChainSnapshot live = liveAtHead(scanner);
                Set<String> expected = new HashSet<>(contractAccounts());
                assertThat(live.accounts().keySet()).isEqualTo(expected);
                assertThat(await(scanner, s -> s.progress().accountsFound() == expected.size(), "all found").progress().phase())
                        .isEqualTo(ScanPhase.LIVE);
                assertTotalsAreTheContracts(live);
            }
        }
    }

    @Test
    void aProviderWithSmallLogLimitsStillYieldsEveryAccount() throws Exception {
        // accounts spread over many blocks, so that the history needs many pages
        for (int i = 0; i < 24; i++) {
            fx.openAccount("spread", 1_000 + i, "0");
        }
        long maxSpan = 5;
        int maxLogs = 3;
        try (FaultyProxy proxy = new FaultyProxy(FaultyProxy.portOf(fx.info.httpUrl()))) {
            proxy.rules(new FaultyProxy.RpcRule() {
                @Override
                public FaultyProxy.RpcError before(JsonNode request) {
                    if (!request.path("method").asText().equals("eth_getLogs")) {
                        return null;
                    }
                    long span = span(request);
                    return span > maxSpan ? new FaultyProxy.RpcError(-32600, "You can make eth_getLogs requests with up "
                            + "to a " + maxSpan + " block range.") : null;
                }

                @Override
                public FaultyProxy.RpcError after(JsonNode request, JsonNode response) {
                    boolean logs = request.path("method").asText().equals("eth_getLogs");
                    // like Infura: a cap on results, except that a single block is always served
                    return logs && span(request) > 1 && response.path("result").size() > maxLogs
                            ? new FaultyProxy.RpcError(-32005, "query returned more than " + maxLogs + " results") : null;
                }
            });
            try (VenueScanner scanner = VenueScanner.start(fx.scanConfig(proxy.httpUrl()))) {
                ChainSnapshot live = liveAtHead(scanner);

                Set<String> contract = contractAccounts();
                assertThat(live.accounts().keySet()).isEqualTo(contract);
                assertThat(scanner.accounts()).hasSize(contract.size());
                assertThat(proxy.refused()).as("the provider refused pages").isGreaterThan(1);
                assertTotalsAreTheContracts(live);
            }
        }
    }

    private static long span(JsonNode request) {
        JsonNode filter = request.path("params").path(0);
        String from = filter.path("fromBlock").asText("");
        String to = filter.path("toBlock").asText("");
        if (!from.startsWith("0x") || !to.startsWith("0x")) {
            return 1;
        }
        return Long.decode(to) - Long.decode(from) + 1;
    }

    @Test
    void aPriceMoveRepricesWithoutRereadingAndAVenueEventRereadsItsAccount() {
        try (VenueScanner scanner = VenueScanner.start(fx.scanConfig(fx.info.wsUrl()))) {
            ChainSnapshot before = liveAtHead(scanner);
            long logsBefore = scanner.requestStats().callsByMethod().getOrDefault("eth_getLogs", 0L);

            fx.setPrice("BTC", "96123");
            ChainSnapshot moved = await(scanner, s -> s.live() && s.snapshot().orElseThrow().prices().get("BTC")
                    .orElseThrow().mark() == 96_123.0, "BTC moved").snapshot().orElseThrow();
            // not re-read: the very same decoded accounts (a re-read decodes new ones)
            assertThat(moved.accounts().keySet()).isEqualTo(before.accounts().keySet());
            before.accounts().forEach((address, account) -> assertThat(moved.accounts().get(address)).isSameAs(account));
            // and no eth_getLogs: the block's bloom shows no venue event
            assertThat(scanner.requestStats().callsByMethod().getOrDefault("eth_getLogs", 0L) - logsBefore).isZero();

            String whale = fx.info.requireAccount(SeededAccount.WHALE).address().toLowerCase(Locale.ROOT);
            double usdc = moved.accounts().get(whale).balance("USDC");
            fx.deposit(SeededAccount.WHALE, 777);
            await(scanner, s -> s.live() && s.snapshot().orElseThrow().accounts().get(whale).balance("USDC") == usdc + 777,
                    "whale deposit seen");
        }
    }

    @Test
    void anAccountOpenedDuringAnOutageIsFoundByTheBackfill() throws Exception {
        try (FaultyProxy proxy = new FaultyProxy(FaultyProxy.portOf(fx.info.httpUrl()));
             VenueScanner scanner = VenueScanner.start(fx.scanConfig(proxy.httpUrl()))) {
            liveAtHead(scanner);

            proxy.mode(FaultyProxy.Mode.REFUSE);
            proxy.dropAll();
            await(scanner, s -> !s.connection().live(), "connection lost");
            String opened = fx.openAccount("outage", 3_000, "0.1");
            fx.setPrice("ETH", "3001"); // more blocks after it, so the watcher sees a gap, not one new block
            proxy.mode(FaultyProxy.Mode.PASS);

            ChainSnapshot after = liveAtHead(scanner);
            assertThat(after.accounts()).containsKey(opened);
            assertThat(after.accounts().keySet()).isEqualTo(contractAccounts());
            assertThat(scanner.latest().progress().lastError()).isEmpty();
        }
    }

    @Test
    void anAccountOpenedInADroppedBlockIsForgottenAndOneOpenedOnTheNewChainIsFound() {
        try (VenueScanner scanner = VenueScanner.start(fx.scanConfig(fx.info.wsUrl()))) {
            liveAtHead(scanner);
            Object snapshotId = AnvilCalls.call(fx.info.httpUrl(), "evm_snapshot");
            String dropped = fx.openAccount("dropped", 4_000, "0.2");
            await(scanner, s -> s.live() && s.snapshot().orElseThrow().accounts().containsKey(dropped), "seen before the reorg");

            AnvilCalls.call(fx.info.httpUrl(), "evm_revert", snapshotId);
            String kept = fx.openAccount("kept", 4_500, "-0.2");
            for (int i = 0; i < 3; i++) {
                fx.devnet.rpc().mine(); // the new chain overtakes the dropped one
            }

            ChainSnapshot after = liveAtHead(scanner);
            assertThat(after.accounts()).containsKey(kept).doesNotContainKey(dropped);
            assertThat(after.accounts().keySet()).isEqualTo(contractAccounts());
            assertThat(scanner.accounts().stream().map(DiscoveredAccount::address)).contains(kept).doesNotContain(dropped);
            assertTotalsAreTheContracts(after);
        }
    }

    @Test
    void aWrongChainFailsTheScanWithTheReason() {
        var scan = fx.scanConfig(fx.info.httpUrl());
        var wrong = scan.withWatch(new com.solvent.chain.snapshot.WatchConfig(RedactedUrl.of(fx.info.httpUrl()), 1,
                scan.watch().feeds(), scan.watch().venue(), Set.of(), scan.watch().multicall(), 0,
                scan.watch().pollInterval(), scan.watch().stallTimeout(), scan.watch().limits(), scan.watch().backoff(),
                200, 128, 2));
        try (VenueScanner scanner = VenueScanner.start(wrong)) {
            VenueScan failed = await(scanner, s -> s.progress().phase() == ScanPhase.FAILED, "FAILED");
            assertThat(failed.progress().lastError()).contains("chain id 31337", "chain id 1");
            assertThat(failed.snapshot()).isEmpty();
        }
    }
}
