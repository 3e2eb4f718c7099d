package com.solvent.chain.scan;

import com.solvent.chain.health.ConnectionHealth;
import com.solvent.chain.rpc.RequestStats;
import com.solvent.chain.snapshot.ChainSnapshot;
import com.solvent.chain.snapshot.ChainWatcher;
import com.solvent.chain.snapshot.LatestWinsPublisher;
import com.solvent.chain.snapshot.Subscription;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every account of a venue, live. It discovers the accounts from the venue's opening events
 * between the deployment block and the head (eth_getLogs in pages the node accepts), reads them all
 * in Multicall3 batches, then follows the chain through a {@link ChainWatcher} whose watched accounts
 * grow with the venue: an account opened later is read in the block that opened it, an account a
 * venue event touches is re-read, a price move re-prices without re-reading accounts, and reconnects,
 * backfills and reorgs behave as the watcher's do.
 *
 * <p>Subscribers get a {@link VenueScan} per block (and per progress step before the first full read),
 * newest only, each on its own thread ({@link LatestWinsPublisher}).
 */
public final class VenueScanner implements AutoCloseable {
    private final ScanConfig config;
    private final AccountDirectory directory;
    private final ChainWatcher watcher;
    private final LatestWinsPublisher<VenueScan> publisher = new LatestWinsPublisher<>();
    private final Object lock = new Object();
    private final Subscription snapshots;
    private final Subscription healths;
    private ScanProgress progress;
    private ChainSnapshot snapshot;
    private ConnectionHealth connection;

    private VenueScanner(ScanConfig config) {
        this.config = config;
        this.progress = ScanProgress.start(config.deploymentBlock());
        this.connection = new ConnectionHealth.Connecting(config.watch().rpc().toString());
        this.directory = new AccountDirectory(config, new AccountDirectory.Listener() {
            @Override
            public void discovering(long scannedTo, long target, int found) {
                update(p -> p.withDiscovery(scannedTo, target, found));
            }

            @Override
            public void reading(int read, int total) {
                update(p -> p.withReading(read, total));
            }

            @Override
            public void opened(DiscoveredAccount account, int total) {
                synchronized (lock) {
                    progress = progress.withFound(total); // published with the block's snapshot
                }
            }
        });
        publish();
        this.watcher = ChainWatcher.start(config.watch(), directory);
        this.healths = watcher.subscribeHealth(this::onHealth);
        this.snapshots = watcher.subscribe(this::onSnapshot);
    }

    /** Starts scanning in the background; progress and snapshots flow to {@link #subscribe}. */
    public static VenueScanner start(ScanConfig config) {
        return new VenueScanner(config);
    }

    /** Delivers the current state and then the newest after each step or block; latest wins. */
    public Subscription subscribe(Consumer<? super VenueScan> subscriber) {
        return publisher.subscribe(subscriber);
    }

    /** The newest published state. */
    public VenueScan latest() {
        return publisher.latest();
    }

    /** Every account discovered so far, in the order the venue opened them. */
    public List<DiscoveredAccount> accounts() {
        return directory.accounts();
    }

    /** JSON-RPC calls made so far, across reconnects. */
    public RequestStats requestStats() {
        return watcher.requestStats();
    }

    public ScanConfig config() {
        return config;
    }

    @Override
    public void close() {
        snapshots.close();
        healths.close();
        watcher.close();
    }

    private void onSnapshot(ChainSnapshot s) {
        synchronized (lock) {
            if (snapshot != null && s.blockNumber() == snapshot.blockNumber() && s.blockHash().equals(snapshot.blockHash())
                    && s.health().equals(snapshot.health())) {
                return;
            }
            boolean fresh = snapshot == null || !s.blockHash().equals(snapshot.blockHash());
            snapshot = s;
            if (fresh) {
                progress = progress.live(s.blockNumber(), directory.size(), s.accounts().size());
            }
            publish();
        }
    }

    private void onHealth(ConnectionHealth health) {
        synchronized (lock) {
            connection = health;
            String reason = switch (health) {
                case ConnectionHealth.Reconnecting r -> r.reason();
                case ConnectionHealth.Degraded d -> d.reason();
                case ConnectionHealth.Failed f -> f.reason();
                default -> null;
            };
            if (reason != null) {
                progress = progress.withError(reason);
            }
            if (health instanceof ConnectionHealth.Failed) {
                progress = progress.with(ScanPhase.FAILED);
            }
            publish();
        }
    }

    private void update(java.util.function.UnaryOperator<ScanProgress> change) {
        synchronized (lock) {
            progress = change.apply(progress);
            publish();
        }
    }

    /** Called with the lock held, so a state is never published after a newer one. */
    private void publish() {
        publisher.publish(new VenueScan(Optional.ofNullable(snapshot), progress, connection));
    }
}
