package com.solvent.app.session;

import com.solvent.app.fx.MarketState;
import com.solvent.app.fx.SnapshotStates;
import com.solvent.app.fx.VenuePolicy;
import com.solvent.app.venue.VenueBroadcast;
import com.solvent.app.venue.VenueFeed;
import com.solvent.chain.account.ReferenceVenueAdapter;
import com.solvent.chain.contracts.VenueConfig;
import com.solvent.chain.devnet.DevnetInfo;
import com.solvent.chain.feed.FeedSpec;
import com.solvent.chain.rpc.RedactedUrl;
import com.solvent.chain.scan.ScanConfig;
import com.solvent.chain.scan.VenueScan;
import com.solvent.chain.scan.VenueScanner;
import com.solvent.chain.snapshot.ChainSnapshot;
import com.solvent.chain.snapshot.ChainWatcher;
import com.solvent.chain.snapshot.Subscription;
import com.solvent.chain.snapshot.WatchConfig;
import com.solvent.model.account.Account;
import com.solvent.model.policy.MarginPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
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
 * One deployment of the reference venue (the devnet's, or one described by a {@link DevnetInfo}
 * JSON), followed for both desks over one subscription per block: a {@link VenueScanner} discovers
 * and reads every account of the venue, which the risk desk shows ({@link #venueFeed()}), and the
 * trader's watched accounts are taken from the same snapshots, evaluated under the policy read from
 * the venue contract.
 *
 * <p>Until the scan has read every account once (the venue's whole history on a big chain can take
 * a while), a {@link ChainWatcher} of the watched accounts alone feeds the trader, so the first
 * numbers do not wait for the scan; it is stopped as soon as the scan's first snapshot arrives. An
 * address the scan does not know (never opened on the venue) is shown as the contract reads it: no
 * collateral, no position. While that small watcher runs, watching an address outside its set
 * replaces it by one that reads the larger set (off the FX thread, one at a time).
 */
public final class ReferenceVenueWatch implements AutoCloseable {
    /** Daily volatility assumed for the venue's feeds, used for distances in daily vols (a typical ETH figure). */
    public static final double FEED_DAILY_VOLATILITY = 0.04;
    private static final Logger LOG = LoggerFactory.getLogger(ReferenceVenueWatch.class);

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
    /** Serialises deliveries to the trader, so an older snapshot never follows a newer one. */
    private final Object delivery = new Object();
    private final VenueScanner scanner;
    private final Subscription scanSubscription;
    private final VenueBroadcast venueFeed;
    private final ScanReplay history;
    private volatile Set<String> watched;
    /** The scan's newest snapshot, once it has read every account. */
    private volatile ChainSnapshot scanned;
    /** True once the scan feeds the trader (the small watcher is stopped or stopping). */
    private volatile boolean handedOver;
    private String lastBlockHash = "";
    private final long started = System.nanoTime();
    private ChainWatcher watcher;
    private Subscription subscription;
    private boolean closed;

    /**
     * Starts watching and scanning.
     *
     * @param rpc          the endpoint (ws:// pushes heads, http:// is polled)
     * @param deployment   the venue, feeds, Multicall3 and chain id, as {@code solvent devnet --json} prints them
     * @param venueConfig  the venue's parameters, read from its contract
     * @param chainName    the chain's name on the status bar
     * @param accounts     addresses the trader watches from the first block
     * @param sink         receives each block's state of the watched accounts, on a watcher's thread
     * @param onSnapshot   also receives each new block's raw snapshot (its block number drives other readers)
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
        this.watched = Set.copyOf(all);
        Map<String, String> labels = new HashMap<>();
        deployment.accounts().forEach(a -> labels.put(a.address().toLowerCase(Locale.ROOT), a.label()));
        ScanConfig scan = ScanConfig.forDeployment(rpc, deployment, venueConfig, FEED_DAILY_VOLATILITY);
        this.history = new ScanReplay(scan, policy, "reference venue " + deployment.venue() + " on chain "
                + deployment.chainId() + " at " + rpc, rpc, deployment.chainId(), deployment.venue());
        String description = "every account of the reference venue " + deployment.venue() + " on " + chainName;
        synchronized (lock) {
            startWatcher();
        }
        this.scanner = VenueScanner.start(scan);
        this.venueFeed = new VenueBroadcast(description, () -> { }, history);
        this.scanSubscription = scanner.subscribe(s -> onScan(s, labels));
    }

    /** The policy the accounts are evaluated with (read from the venue contract). */
    public MarginPolicy policy() {
        return policy;
    }

    /** Every account of the venue, block by block, for the risk desk; closed with this watch. */
    public VenueFeed venueFeed() {
        return venueFeed;
    }

    /** The venue's past blocks (the risk desk's replay), over a connection of its own opened on first use. */
    public ScanReplay history() {
        return history;
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
                watched = Set.copyOf(all);
                if (handedOver) {
                    deliverScanned(false); // the scan reads them already: show them without waiting for a block
                } else {
                    stopWatcher();
                    startWatcher();
                }
            }
        });
    }

    private void onScan(VenueScan scan, Map<String, String> labels) {
        try {
            venueFeed.publish(VenueScanStates.of(scan, chainName, deployment.chainId(), policy, labels, rpc.toString()));
        } catch (RuntimeException e) {
            LOG.warn("venue scan state could not be published", e);
        }
        if (scan.snapshot().isEmpty()) {
            return;
        }
        scanned = scan.snapshot().get();
        if (!handedOver) {
            handedOver = true;
            LOG.info("venue scan live: {} accounts read at block {}, {} ms after the scan started; the trader's "
                    + "accounts now come from it", scanned.accounts().size(), scanned.blockNumber(),
                    (System.nanoTime() - started) / 1_000_000);
            restarter.execute(() -> {
                synchronized (lock) {
                    stopWatcher();
                }
            });
        }
        deliverScanned(true);
    }

    /** Hands the scan's newest snapshot to the trader (only the watched accounts) and, if new, to {@code onSnapshot}. */
    private void deliverScanned(boolean raw) {
        synchronized (delivery) {
            ChainSnapshot s = scanned;
            if (s == null) {
                return;
            }
            Set<String> wanted = watched;
            List<Account> accounts = new ArrayList<>(wanted.size());
            for (String address : wanted) {
                Optional<Account> read = s.account(address);
                if (read.isPresent()) {
                    accounts.add(read.get());
                } else if (s.accountIssue(address).isEmpty()) {
                    // never opened on the venue: the contract reads such an address as empty
                    accounts.add(new Account(address, List.of(), List.of()));
                }
            }
            sink.accept(SnapshotStates.of(s, chainName, deployment.chainId(), policy, accounts));
            if (raw && !s.blockHash().equals(lastBlockHash)) {
                lastBlockHash = s.blockHash();
                onSnapshot.accept(s);
            }
        }
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
            if (handedOver) {
                return; // a late block of the small watcher: the scan feeds the trader now
            }
            sink.accept(SnapshotStates.of(snapshot, chainName, deployment.chainId(), policy));
            onSnapshot.accept(snapshot);
        });
    }

    private void stopWatcher() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }

    @Override
    public void close() {
        scanSubscription.close();
        venueFeed.close();
        scanner.close();
        synchronized (lock) {
            closed = true;
            stopWatcher();
        }
        restarter.shutdownNow();
        history.close();
    }
}
