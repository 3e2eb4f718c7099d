package com.solvent.chain.snapshot;

import com.solvent.chain.health.ConnectionHealth;
import com.solvent.chain.rpc.AbsurdValueException;
import com.solvent.chain.rpc.BlockHead;
import com.solvent.chain.rpc.CallRevertedException;
import com.solvent.chain.rpc.ChainIdMismatchException;
import com.solvent.chain.rpc.ChainRpc;
import com.solvent.chain.rpc.RequestMeter;
import com.solvent.chain.rpc.RequestStats;
import com.solvent.chain.rpc.UndeliverableErrors;
import io.reactivex.disposables.Disposable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Turns an EVM RPC endpoint into a stream of {@link ChainSnapshot}s, one per block, for the
 * watched feeds and accounts.
 *
 * <p>Over WebSocket it subscribes to {@code newHeads}; over HTTP it polls the head every
 * {@link WatchConfig#pollInterval()}. Each head goes through a {@link ChainFollower}, which fetches
 * only what the block can have changed, backfills gaps with eth_getLogs and rolls reorgs back. A lost
 * connection is retried with exponential backoff and jitter; meanwhile subscribers keep the last good
 * snapshot, re-published with a RECONNECTING health so the UI can show it is aging. A data failure
 * (revert, malformed or absurd answer) keeps the connection and the last snapshot, with a DEGRADED
 * health, and is retried at the next block.
 *
 * <p>Started with an {@link AccountDiscovery}, the watched accounts grow with the venue: every account
 * opened up to the first block is read with it, and an account opened later in the block that opens it
 * (the venue scan, {@code com.solvent.chain.scan.VenueScanner}).
 *
 * <p>All chain I/O runs on one daemon thread (a platform thread: it wakes on every head, and a
 * virtual thread added a scheduling hop to that path); subscribers are called on their own threads with
 * the newest snapshot only (see {@link LatestWinsPublisher}).
 */
public final class ChainWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChainWatcher.class);

    private final WatchConfig config;
    private final LatestWinsPublisher<ChainSnapshot> publisher = new LatestWinsPublisher<>();
    private final LatestWinsPublisher<ConnectionHealth> healthPublisher = new LatestWinsPublisher<>();
    private final RequestMeter meter = new RequestMeter();
    private final Random jitter = new Random();
    private final ChainState state;
    private final ChainFollower follower;
    private final Thread thread;
    private volatile ConnectionHealth health;
    private volatile boolean closed;
    /** The node's latest announced head number, updated as heads arrive (even while a block is processed). */
    private final java.util.concurrent.atomic.AtomicLong newestHeadSeen = new java.util.concurrent.atomic.AtomicLong(-1);
    private Instant degradedSince;
    private int attemptsSinceSuccess;

    private ChainWatcher(WatchConfig config, AccountDiscovery discovery) {
        UndeliverableErrors.install();
        this.config = config;
        this.state = new ChainState(config, discovery);
        this.follower = new ChainFollower(config, state);
        this.health = new ConnectionHealth.Connecting(config.rpc().toString());
        healthPublisher.publish(health);
        this.thread = Thread.ofPlatform().daemon().name("chain-watcher").unstarted(this::run);
    }

    /** Starts watching in the background; snapshots flow to {@link #subscribe} from the first block on. */
    public static ChainWatcher start(WatchConfig config) {
        return start(config, null);
    }

    /**
     * Starts watching {@code config}'s accounts and every account {@code discovery} finds: before the
     * first snapshot it is asked for the accounts up to the first block, and the venue logs of each
     * new block may add more (see {@link AccountDiscovery}). Null watches only the configured accounts.
     */
    public static ChainWatcher start(WatchConfig config, AccountDiscovery discovery) {
        ChainWatcher watcher = new ChainWatcher(config, discovery);
        watcher.thread.start();
        return watcher;
    }

    /**
     * A one-off full read at {@code block} (the head when empty): what a fresh watcher would show.
     * Used to check a running watcher against the chain, and by the command line.
     */
    public static ChainSnapshot readOnce(WatchConfig config, OptionalLong block) throws IOException {
        try (ChainRpc rpc = ChainRpc.connect(config.rpc(), config.limits(), config.pollInterval(), new RequestMeter())) {
            checkChainId(rpc, config);
            BlockHead head = block.isPresent() ? rpc.headAt(block.getAsLong()) : rpc.latestHead();
            return readAt(rpc, config, null, head);
        }
    }

    /**
     * A full read at {@code head} over an open connection whose chain id the caller has checked: the
     * feeds and {@code config}'s accounts, plus every account {@code discovery} (may be null) finds up
     * to that block, with freshness judged at the block's time. What a fresh watcher would show there.
     *
     * @throws com.solvent.chain.rpc.HistoryUnavailableException when the node has pruned that block's state
     */
    public static ChainSnapshot readAt(ChainRpc rpc, WatchConfig config, AccountDiscovery discovery, BlockHead head)
            throws IOException {
        ChainState fresh = new ChainState(config, discovery);
        fresh.discover(rpc, head.number());
        fresh.read(rpc, fresh.everything(), head.number(), true);
        return fresh.snapshot(head, new ConnectionHealth.Connected(rpc.service().meter().latency()), Duration.ZERO);
    }

    /** Delivers the current snapshot (if any) and then the newest one after each block; latest wins. */
    public Subscription subscribe(Consumer<? super ChainSnapshot> subscriber) {
        return publisher.subscribe(subscriber);
    }

    /**
     * Delivers the current connection health and then each change of its state (connecting, connected,
     * lagging, degraded, reconnecting, failed), also before the first snapshot exists; latest wins.
     */
    public Subscription subscribeHealth(Consumer<? super ConnectionHealth> subscriber) {
        return healthPublisher.subscribe(subscriber);
    }

    public Optional<ChainSnapshot> latest() {
        return Optional.ofNullable(publisher.latest());
    }

    public ConnectionHealth health() {
        return health;
    }

    /** JSON-RPC calls made so far, across reconnects. */
    public RequestStats requestStats() {
        return meter.stats();
    }

    public WatchConfig config() {
        return config;
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (!closed) {
            try (ChainRpc rpc = ChainRpc.connect(config.rpc(), config.limits(), config.pollInterval(), meter)) {
                checkChainId(rpc, config);
                follow(rpc);
            } catch (ChainIdMismatchException e) {
                LOG.error(e.getMessage());
                setHealth(new ConnectionHealth.Failed(e.getMessage()));
                return;
            } catch (IOException | RuntimeException e) {
                if (closed) {
                    break;
                }
                int attempt = ++attemptsSinceSuccess;
                Duration delay = config.backoff().delay(attempt, jitter);
                String reason = describe(e);
                LOG.warn("connection to {} lost ({}); reconnect attempt {} in {} ms", config.rpc(), reason, attempt,
                        delay.toMillis());
                if (!(e instanceof IOException)) {
                    LOG.debug("unexpected failure", e);
                }
                setHealth(new ConnectionHealth.Reconnecting(attempt, Instant.now().plus(delay), reason));
                sleep(delay);
            }
        }
    }

    /** Processes heads until the connection fails or the watcher closes. */
    private void follow(ChainRpc rpc) throws IOException {
        newestHeadSeen.set(-1); // a restarted node may be shorter than the one we lost
        // subscribe before the first read: heads mined meanwhile wait in the queue; the
        // subscription is closed before the connection (try-with-resources order)
        try (HeadSource heads = rpc.canPush() ? new PushedHeads(rpc) : new PolledHeads(rpc, config.pollInterval())) {
            LOG.info("watching {} (chain {}, {})", config.rpc(), config.chainId(), rpc.canPush() ? "push" : "polling");
            process(rpc, new Arrival(rpc.latestHead(), System.nanoTime()));
            attemptsSinceSuccess = 0;
            while (!closed) {
                Arrival next = heads.next(config.stallTimeout());
                if (next == null) {
                    // nothing for a while: probe, so a dead link or a missed push is noticed
                    next = new Arrival(rpc.latestHead(), System.nanoTime());
                }
                process(rpc, next);
            }
        }
    }

    private static void checkChainId(ChainRpc rpc, WatchConfig config) throws IOException {
        long actual = rpc.chainId();
        if (actual != config.chainId()) {
            throw new ChainIdMismatchException(config.rpc(), actual, config.chainId());
        }
    }

    private void process(ChainRpc rpc, Arrival arrival) throws IOException {
        newestHeadSeen.accumulateAndGet(arrival.head().number(), Math::max); // pushes may already be newer
        boolean changed;
        try {
            changed = follower.advance(rpc, arrival.heads());
        } catch (AbsurdValueException | CallRevertedException e) {
            // the node answered but the data is unusable: keep the last good state, retry next block
            if (degradedSince == null) {
                degradedSince = Instant.now();
            }
            String reason = config.rpc().scrub(e.getMessage());
            LOG.warn("read at block {} failed: {}", arrival.head().number(), reason);
            setHealth(new ConnectionHealth.Degraded(reason, degradedSince, meter.latency()));
            return;
        }
        degradedSince = null;
        BlockHead last = follower.last();
        if (last == null) {
            return; // the chain is shorter than the confirmation depth: nothing to show yet
        }
        long behind = newestHeadSeen.get() - config.confirmations() - last.number();
        ConnectionHealth now = behind > config.lagThreshold()
                ? new ConnectionHealth.Lagging(behind, meter.latency())
                : new ConnectionHealth.Connected(meter.latency());
        if (changed) {
            if (now.state() != health.state()) {
                healthPublisher.publish(now);
            }
            health = now;
            publisher.publish(state.snapshot(last, now, Duration.ofNanos(System.nanoTime() - arrival.nanos())));
        } else if (now.state() != health.state()) {
            setHealth(now);
        }
    }

    /** Records a health change and re-publishes the last snapshot under it, so subscribers see it age. */
    private void setHealth(ConnectionHealth newHealth) {
        health = newHealth;
        healthPublisher.publish(newHealth);
        ChainSnapshot last = publisher.latest();
        if (last != null) {
            publisher.publish(last.withHealth(newHealth));
        }
    }

    private String describe(Throwable e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException
                || e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException) {
            text = "malformed JSON from the node: " + text;
        } else if (text.contains("429")) {
            text = "rate limited by the node (HTTP 429): " + text;
        }
        return config.rpc().scrub(text);
    }

    private void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Heads that arrived together, oldest first, and when the newest reached us
     * ({@link System#nanoTime()}), for the processing-time figure.
     */
    private record Arrival(List<BlockHead> heads, long nanos) {
        Arrival(BlockHead head, long nanos) {
            this(List.of(head), nanos);
        }

        BlockHead head() {
            return heads.getLast();
        }
    }

    /** Where new heads come from: the WebSocket push or an HTTP poll. */
    private interface HeadSource extends AutoCloseable {
        /** The newest head that arrived, waiting at most {@code timeout}; null when none came. */
        Arrival next(Duration timeout) throws IOException;

        @Override
        void close();
    }

    /** newHeads over WebSocket. Heads that pile up while a block is processed are handled together. */
    private final class PushedHeads implements HeadSource {
        /** Beyond this many piled-up heads the follower reconciles from the newest instead. */
        private static final int MAX_COALESCED = 64;
        private final LinkedBlockingQueue<Object> queue = new LinkedBlockingQueue<>();
        private final Disposable subscription;

        PushedHeads(ChainRpc rpc) {
            subscription = rpc.newHeads().subscribe(
                    h -> {
                        newestHeadSeen.set(h.number());
                        queue.offer(new Arrival(h, System.nanoTime()));
                    },
                    e -> queue.offer(e),
                    () -> queue.offer(new IOException("newHeads subscription ended")));
        }

        @Override
        public Arrival next(Duration timeout) throws IOException {
            Object item;
            try {
                item = queue.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("stopped");
            }
            if (item == null) {
                return null;
            }
            List<BlockHead> heads = new ArrayList<>();
            long nanos = 0;
            do {
                if (item instanceof Throwable t) {
                    throw t instanceof IOException io ? io
                            : new IOException("newHeads subscription failed: " + t.getMessage(), t);
                }
                Arrival a = (Arrival) item;
                heads.addAll(a.heads());
                nanos = a.nanos();
                item = heads.size() < MAX_COALESCED ? queue.poll() : null;
            } while (item != null);
            return new Arrival(heads, nanos);
        }

        @Override
        public void close() {
            try {
                subscription.dispose();
            } catch (RuntimeException e) {
                // unsubscribing over a dead socket fails; the subscription dies with it anyway
            }
        }
    }

    /** eth_getBlockByNumber("latest") every poll interval, for endpoints without push. */
    private static final class PolledHeads implements HeadSource {
        private final ChainRpc rpc;
        private final Duration interval;
        private String lastHash = "";

        PolledHeads(ChainRpc rpc, Duration interval) {
            this.rpc = rpc;
            this.interval = interval;
        }

        @Override
        public Arrival next(Duration timeout) throws IOException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                BlockHead head = rpc.latestHead();
                if (!head.hash().equals(lastHash)) {
                    lastHash = head.hash();
                    return new Arrival(head, System.nanoTime());
                }
                if (System.nanoTime() + interval.toNanos() > deadline) {
                    return null;
                }
                try {
                    Thread.sleep(interval);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("stopped");
                }
            }
        }

        @Override
        public void close() {
            // nothing held between polls
        }
    }
}
