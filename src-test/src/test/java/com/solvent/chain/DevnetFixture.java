package com.solvent.chain;

import com.solvent.chain.account.ReferenceVenueAdapter;
import com.solvent.chain.contracts.VenueAccountView;
import com.solvent.chain.contracts.VenueCalls;
import com.solvent.chain.contracts.VenueConfig;
import com.solvent.chain.contracts.VenuePositionView;
import com.solvent.chain.devnet.Devnet;
import com.solvent.chain.devnet.DevnetConfig;
import com.solvent.chain.devnet.DevnetInfo;
import com.solvent.chain.devnet.SeedPlan;
import com.solvent.chain.devnet.SeededAccount;
import com.solvent.chain.feed.FeedSpec;
import com.solvent.chain.reference.OnChainUnits;
import com.solvent.chain.rpc.Backoff;
import com.solvent.chain.rpc.RedactedUrl;
import com.solvent.chain.rpc.RpcLimits;
import com.solvent.chain.scan.ScanConfig;
import com.solvent.chain.snapshot.ChainSnapshot;
import com.solvent.chain.snapshot.ChainWatcher;
import com.solvent.chain.snapshot.WatchConfig;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A devnet with its keepers off (the tests move prices themselves) and a watch configuration for
 * its feeds and seeded accounts, with short timeouts so fault tests finish quickly.
 */
final class DevnetFixture implements AutoCloseable {
    static final Duration HEARTBEAT = Duration.ofSeconds(3600);
    static final Duration WAIT = Duration.ofSeconds(30);

    final Devnet devnet;
    final DevnetInfo info;
    final VenueConfig venueConfig;
    private final ReferenceVenueAdapter venue;
    private int opened;

    DevnetFixture(int fillerAccounts) {
        this.devnet = Devnet.start(DevnetConfig.defaults().withKeepers(false).withFillerAccounts(fillerAccounts));
        this.info = devnet.info();
        // read once: the venue's parameters do not change, and a test may kill this node
        this.venueConfig = devnet.venue().config();
        this.venue = ReferenceVenueAdapter.of(info.venue(), venueConfig, 256);
    }

    List<FeedSpec> feeds() {
        return info.priceFeeds().entrySet().stream()
                .map(e -> FeedSpec.of(e.getKey(), e.getValue(), HEARTBEAT, 0.04))
                .toList();
    }

    Set<String> accounts() {
        return info.accounts().stream().map(SeededAccount::address).collect(Collectors.toSet());
    }

    /** Watching the whole devnet through {@code url} (the devnet's own URL or a proxy in front of it). */
    WatchConfig config(String url) {
        return WatchConfig.of(RedactedUrl.of(url), info.chainId())
                .withFeeds(feeds())
                .withVenue(venue, accounts())
                .withMulticall(info.multicall3())
                .withMaxCallsPerBatch(200)
                .withLimits(RpcLimits.defaults().withRequestTimeout(Duration.ofMillis(1500)))
                .withTiming(Duration.ofMillis(50), Duration.ofSeconds(2),
                        new Backoff(Duration.ofMillis(50), Duration.ofMillis(400), 0.5));
    }

    /** Scanning the whole venue through {@code url}, with the same short timeouts as {@link #config}. */
    ScanConfig scanConfig(String url) {
        ScanConfig scan = ScanConfig.forDeployment(RedactedUrl.of(url), info, venueConfig, 0.04);
        WatchConfig fast = config(url);
        return scan.withWatch(scan.watch().withMaxCallsPerBatch(fast.maxCallsPerBatch()).withLimits(fast.limits())
                .withTiming(fast.pollInterval(), fast.stallTimeout(), fast.backoff()));
    }

    /**
     * Opens a fresh account the way a user does: a USDC deposit (paid by the deployer: one block, the
     * AccountOpened event), then, unless {@code ethSize} is zero, an ETH-PERP trade (one more block).
     *
     * @return its address, lower case
     */
    String openAccount(String tag, long usdc, String ethSize) {
        String account = SeedPlan.address(info.seed(), "scan-test-" + tag + "-" + (opened++)).toLowerCase(java.util.Locale.ROOT);
        devnet.rpc().setBalance(account, BigInteger.TEN.pow(21));
        devnet.rpc().transact(info.deployer(), info.venue(),
                VenueCalls.depositFor(account, 0, BigInteger.valueOf(usdc).multiply(BigInteger.TEN.pow(6))));
        if (new BigDecimal(ethSize).signum() != 0) {
            devnet.rpc().transact(account, info.venue(), VenueCalls.trade(info.markets().indexOf("ETH-PERP"),
                    new BigDecimal(ethSize).movePointRight(18).toBigIntegerExact()));
        }
        return account;
    }

    /**
     * The contract's own sums over {@code accounts} at {@code block}, from {@code accountView}: equity
     * (cross equity plus each isolated position's equity when positive) and maintenance requirement
     * (cross plus isolated), as the engine defines the account figures. {equity, maintenance}, USD.
     */
    double[] contractTotals(java.util.Collection<String> accounts, long block) {
        double equity = 0;
        double maintenance = 0;
        for (String account : accounts) {
            VenueAccountView view = devnet.venue().accountView(account, block);
            equity += OnChainUnits.wad(view.crossEquity(), account + " crossEquity");
            maintenance += OnChainUnits.wad(view.crossMaintenanceMargin(), account + " crossMM");
            for (VenuePositionView p : view.positions()) {
                if (p.isolated()) {
                    equity += Math.max(0, OnChainUnits.wad(p.isolatedEquity(), account + " isolatedEquity"));
                    maintenance += OnChainUnits.wad(p.maintenanceMargin(), account + " isolated MM");
                }
            }
        }
        return new double[] {equity, maintenance};
    }

    /** Publishes a new ETH (or other) price round, one block. */
    void setPrice(String asset, String usd) {
        BigInteger answer = new BigDecimal(usd).movePointRight(8).toBigIntegerExact();
        setRawAnswer(asset, answer);
    }

    void setRawAnswer(String asset, BigInteger answer) {
        devnet.rpc().transact(info.deployer(), info.priceFeeds().get(asset), VenueCalls.submit(answer));
    }

    /** Deposits {@code usdc} whole USDC into {@code label}'s account (one venue event, one block). */
    void deposit(String label, long usdc) {
        String account = info.requireAccount(label).address();
        BigInteger amount = BigInteger.valueOf(usdc).multiply(BigInteger.TEN.pow(6));
        String token = info.tokens().get("USDC");
        devnet.rpc().transact(info.deployer(), token, VenueCalls.mint(account, amount));
        devnet.rpc().transact(account, token, VenueCalls.approve(info.venue(), amount));
        devnet.rpc().transact(account, info.venue(), VenueCalls.deposit(0, amount));
    }

    /** Waits until the watcher publishes a snapshot satisfying {@code condition}. */
    static ChainSnapshot await(ChainWatcher watcher, Predicate<ChainSnapshot> condition, String what) {
        return await(() -> watcher.latest().orElse(null), condition, what, () -> "watcher never reached: " + what
                + "; last snapshot block " + watcher.latest().map(ChainSnapshot::blockNumber).orElse(-1L) + ", health "
                + watcher.health());
    }

    /**
     * Polls {@code latest} until its value (null: none yet) satisfies {@code condition}, for at most
     * {@link #WAIT}; fails with {@code failure}'s message.
     */
    static <T> T await(java.util.function.Supplier<T> latest, Predicate<T> condition, String what,
                       java.util.function.Supplier<String> failure) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            T value = latest.get();
            if (value != null && condition.test(value)) {
                return value;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
        throw new AssertionError(failure.get());
    }

    /** Waits until the watcher is live at the chain head, then checks it against a fresh full read at that block. */
    ChainSnapshot assertEqualsFreshRead(ChainWatcher watcher) throws IOException {
        return assertEqualsFreshRead(watcher, info.httpUrl());
    }

    /** The same against the node at {@code httpUrl} (a restarted node). */
    ChainSnapshot assertEqualsFreshRead(ChainWatcher watcher, String httpUrl) throws IOException {
        long head = new com.solvent.chain.devnet.AnvilRpc(httpUrl).blockNumber();
        ChainSnapshot live = await(watcher, s -> s.blockNumber() == head && s.health().live(), "live at head #" + head);
        // the same feeds, venue and accounts, read from scratch straight from the node
        ChainSnapshot fresh = ChainWatcher.readOnce(watcher.config().withRpc(RedactedUrl.of(httpUrl)),
                OptionalLong.of(live.blockNumber()));
        assertThat(live.blockHash()).isEqualTo(fresh.blockHash());
        assertThat(live.accounts()).isEqualTo(fresh.accounts());
        assertThat(live.prices().prices()).isEqualTo(fresh.prices().prices());
        assertThat(live.feeds()).isEqualTo(fresh.feeds());
        assertThat(live.accountIssues()).isEqualTo(fresh.accountIssues());
        return live;
    }

    @Override
    public void close() {
        devnet.close();
    }
}
