package com.solvent.app.fx;

import com.solvent.app.watchlist.AccountAddress;
import com.solvent.app.watchlist.WatchedAccount;
import com.solvent.chain.account.ReferenceVenueAdapter;
import com.solvent.chain.contracts.SolventVenueClient;
import com.solvent.chain.devnet.Devnet;
import com.solvent.chain.devnet.DevnetConfig;
import com.solvent.chain.devnet.DevnetInfo;
import com.solvent.chain.devnet.SeededAccount;
import com.solvent.chain.feed.FeedSpec;
import com.solvent.chain.rpc.RedactedUrl;
import com.solvent.chain.snapshot.ChainWatcher;
import com.solvent.chain.snapshot.Subscription;
import com.solvent.chain.snapshot.WatchConfig;
import com.solvent.model.policy.MarginPolicy;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * The embedded devnet feeding the workstation: anvil with the reference venue and its keepers,
 * a {@link ChainWatcher} over WebSocket on its feeds and accounts, and every snapshot handed to
 * the {@link EngineRiskService} under the reference venue's policy.
 *
 * <p>The watcher reads a fixed set of accounts; when the user watches an address outside it, the
 * watcher is replaced by one that reads the larger set (off the FX thread, one at a time).
 */
public final class DevnetSession implements AutoCloseable {
    /** Daily volatility assumed for the devnet feeds, used for distances in daily vols (a typical ETH figure). */
    static final double FEED_DAILY_VOLATILITY = 0.04;
    private static final String CHAIN_NAME = "devnet (anvil)";

    private final Devnet devnet;
    private final DevnetInfo info;
    private final EngineRiskService service;
    private final MarginPolicy policy;
    private final ExecutorService restarter = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("devnet-watch").factory());
    private final Object lock = new Object();
    private Set<String> watched;
    private ChainWatcher watcher;
    private Subscription subscription;
    private boolean closed;

    private DevnetSession(Devnet devnet, EngineRiskService service, Set<String> extraAccounts) {
        this.devnet = devnet;
        this.info = devnet.info();
        this.service = service;
        Map<String, String> feedAssets = new HashMap<>();
        info.priceFeeds().forEach((asset, address) -> feedAssets.put(address, asset));
        this.policy = VenuePolicy.from(devnet.venue().config(), feedAssets);
        Set<String> all = new LinkedHashSet<>();
        info.accounts().forEach(a -> all.add(a.address().toLowerCase(Locale.ROOT)));
        extraAccounts.forEach(a -> all.add(a.toLowerCase(Locale.ROOT)));
        this.watched = all;
        watchAll();
        service.onWatchChanged(this::watchAlso);
    }

    /**
     * Starts the devnet (blocking: anvil, deployment, seeding, keepers) and the watcher.
     *
     * @param extraAccounts addresses watched besides the seeded ones (the restored workspace)
     */
    public static DevnetSession start(EngineRiskService service, Set<String> extraAccounts) {
        return start(service, extraAccounts, DevnetConfig.defaults());
    }

    /** Like {@link #start(EngineRiskService, Set)} with a devnet configuration of its own (tests: keepers off). */
    public static DevnetSession start(EngineRiskService service, Set<String> extraAccounts, DevnetConfig config) {
        Devnet devnet = Devnet.start(config);
        try {
            return new DevnetSession(devnet, service, extraAccounts);
        } catch (RuntimeException e) {
            devnet.close();
            throw e;
        }
    }

    /** The five story accounts (not the fillers), labelled, for a first start's watchlist. */
    public List<WatchedAccount> storyAccounts() {
        return info.accounts().stream().filter(a -> !a.isFiller())
                .map(a -> new WatchedAccount(AccountAddress.parse(a.address()), a.label()))
                .toList();
    }

    public DevnetInfo info() {
        return info;
    }

    /** Typed reads of the venue contract (its own account views), for checks against the engine. */
    public SolventVenueClient venue() {
        return devnet.venue();
    }

    /** The policy the workstation evaluates the devnet with (read from the venue contract). */
    public MarginPolicy policy() {
        return policy;
    }

    private void watchAlso(Set<String> accounts) {
        restarter.execute(() -> {
            synchronized (lock) {
                if (closed || watched.containsAll(accounts)) {
                    return;
                }
                Set<String> all = new LinkedHashSet<>(watched);
                all.addAll(accounts);
                watched = all;
                stopWatcher();
                watchAll();
            }
        });
    }

    private void watchAll() {
        Duration heartbeat = Duration.ofSeconds(devnet.venue().config().heartbeatSeconds());
        List<FeedSpec> feeds = info.priceFeeds().entrySet().stream()
                .map(e -> FeedSpec.of(e.getKey(), e.getValue(), heartbeat, FEED_DAILY_VOLATILITY))
                .toList();
        ReferenceVenueAdapter venue = ReferenceVenueAdapter.of(info.venue(), devnet.venue().config(), 256);
        WatchConfig config = WatchConfig.of(RedactedUrl.of(info.wsUrl()), info.chainId())
                .withFeeds(feeds)
                .withVenue(venue, watched.stream().collect(Collectors.toUnmodifiableSet()))
                .withMulticall(info.multicall3());
        watcher = ChainWatcher.start(config);
        subscription = watcher.subscribe(snapshot ->
                service.accept(SnapshotStates.of(snapshot, CHAIN_NAME, info.chainId(), policy)));
    }

    private void stopWatcher() {
        if (subscription != null) {
            subscription.close();
        }
        if (watcher != null) {
            watcher.close();
        }
    }

    /** Stops the watcher, the keepers and anvil. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            stopWatcher();
        }
        restarter.shutdownNow();
        devnet.close();
    }
}
