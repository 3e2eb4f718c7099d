package com.solvent.app.session;

import com.solvent.app.fx.MarketState;
import com.solvent.app.fx.SnapshotStates;
import com.solvent.app.fx.VenuePolicy;
import com.solvent.chain.account.ReferenceVenueAdapter;
import com.solvent.chain.contracts.VenueConfig;
import com.solvent.chain.devnet.DevnetInfo;
import com.solvent.chain.feed.FeedSpec;
import com.solvent.chain.rpc.RedactedUrl;
import com.solvent.chain.snapshot.ChainSnapshot;
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
import java.util.function.Consumer;

/**
 * A {@link ChainWatcher} on one deployment of the reference venue (the devnet's, or one described
 * by a {@link DevnetInfo} JSON), mapping every snapshot to a {@link MarketState} under the policy
 * read from the venue contract.
 *
 * <p>The watcher reads a fixed set of accounts; when the user watches an address outside it, the
 * watcher is replaced by one that reads the larger set (off the FX thread, one at a time).
 */
public final class ReferenceVenueWatch implements AutoCloseable {
    /** Daily volatility assumed for the venue's feeds, used for distances in daily vols (a typical ETH figure). */
    public static final double FEED_DAILY_VOLATILITY = 0.04;

    private final RedactedUrl rpc;
    private final DevnetInfo deployment;
    private final VenueConfig venueConfig;
    private final String chainName;
    private final MarginPolicy policy;
    private final Consumer<MarketState> sink;
    private final Consumer<ChainSnapshot> onSnapshot;
    private final ExecutorService restarter = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("venue-watch").factory());
    private final Object lock = new Object();
    private Set<String> watched;
    private ChainWatcher watcher;
    private Subscription subscription;
    private boolean closed;

    /**
     * Starts watching.
     *
     * @param rpc          the endpoint (ws:// pushes heads, http:// is polled)
     * @param deployment   the venue, feeds, Multicall3 and chain id, as {@code solvent devnet --json} prints them
     * @param venueConfig  the venue's parameters, read from its contract
     * @param chainName    the chain's name on the status bar
     * @param accounts     addresses read from the first block
     * @param sink         receives each block's state, on the watcher's thread
     * @param onSnapshot   also receives each raw snapshot (its block number drives other readers)
     */
    public ReferenceVenueWatch(RedactedUrl rpc, DevnetInfo deployment, VenueConfig venueConfig, String chainName,
                               Set<String> accounts, Consumer<MarketState> sink, Consumer<ChainSnapshot> onSnapshot) {
        this.rpc = rpc;
        this.deployment = deployment;
        this.venueConfig = venueConfig;
        this.chainName = chainName;
        this.sink = sink;
        this.onSnapshot = onSnapshot;
        Map<String, String> feedAssets = new HashMap<>();
        deployment.priceFeeds().forEach((asset, address) -> feedAssets.put(address, asset));
        this.policy = VenuePolicy.from(venueConfig, feedAssets);
        Set<String> all = new LinkedHashSet<>();
        accounts.forEach(a -> all.add(a.toLowerCase(Locale.ROOT)));
        this.watched = all;
        synchronized (lock) {
            startWatcher();
        }
    }

    /** The policy the accounts are evaluated with (read from the venue contract). */
    public MarginPolicy policy() {
        return policy;
    }

    /** Also reads {@code accounts} (any case) from now on; returns at once. */
    public void watchAlso(Set<String> accounts) {
        restarter.execute(() -> {
            synchronized (lock) {
                Set<String> all = new LinkedHashSet<>(watched);
                accounts.forEach(a -> all.add(a.toLowerCase(Locale.ROOT)));
                if (closed || all.equals(watched)) {
                    return;
                }
                watched = all;
                stopWatcher();
                startWatcher();
            }
        });
    }

    private void startWatcher() {
        Duration heartbeat = Duration.ofSeconds(venueConfig.heartbeatSeconds());
        List<FeedSpec> feeds = deployment.priceFeeds().entrySet().stream()
                .map(e -> FeedSpec.of(e.getKey(), e.getValue(), heartbeat, FEED_DAILY_VOLATILITY))
                .toList();
        ReferenceVenueAdapter venue = ReferenceVenueAdapter.of(deployment.venue(), venueConfig, 256);
        WatchConfig config = WatchConfig.of(rpc, deployment.chainId())
                .withFeeds(feeds)
                .withVenue(venue, Set.copyOf(watched))
                .withMulticall(deployment.multicall3());
        watcher = ChainWatcher.start(config);
        subscription = watcher.subscribe(snapshot -> {
            sink.accept(SnapshotStates.of(snapshot, chainName, deployment.chainId(), policy));
            onSnapshot.accept(snapshot);
        });
    }

    private void stopWatcher() {
        if (subscription != null) {
            subscription.close();
        }
        if (watcher != null) {
            watcher.close();
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            stopWatcher();
        }
        restarter.shutdownNow();
    }
}
