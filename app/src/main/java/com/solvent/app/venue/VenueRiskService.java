package com.solvent.app.venue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Evaluates every account of each {@link VenueState} off the FX thread and publishes the ranking
 * ({@link VenueRanking}), latest wins, like {@link com.solvent.app.fx.EngineRiskService} does for
 * the watched accounts.
 *
 * <p>A big venue stays cheap: the accounts are laid out in columns once per account set
 * ({@link VenueRanker}) and only re-evaluated at each block's prices. One worker, a queue of one
 * with discard-oldest: while an evaluation runs, newer states replace the pending one, so work never
 * piles up behind a slow block. Listeners are called on the worker; UI code hands the ranking to an
 * {@link com.solvent.app.fx.FxBridge}.
 */
public final class VenueRiskService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VenueRiskService.class);

    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1), Thread.ofPlatform().daemon().name("venue-evaluator").factory(),
            new ThreadPoolExecutor.DiscardOldestPolicy());
    private final List<Consumer<? super VenueRanking>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicReference<VenueState> lastState = new AtomicReference<>();
    private final AtomicReference<VenueRanking> lastPublished = new AtomicReference<>();
    private final AtomicReference<VenueFeed.Subscription> feed = new AtomicReference<>();
    /** Touched by the worker only. */
    private final VenueRanker ranker = new VenueRanker();

    /** Follows {@code source} from now on (replacing any feed followed before). */
    public void follow(VenueFeed source) {
        VenueFeed.Subscription previous = feed.getAndSet(source.subscribe(this::accept));
        if (previous != null) {
            previous.cancel();
        }
    }

    /** Offers a new state from any thread; evaluated on the worker, latest wins. */
    public void accept(VenueState state) {
        lastState.set(Objects.requireNonNull(state, "state"));
        if (!worker.isShutdown()) {
            worker.execute(this::evaluateLatest);
        }
    }

    /** Registers a listener for every ranking; the latest one, if any, is delivered at once. */
    public VenueFeed.Subscription subscribe(Consumer<? super VenueRanking> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        VenueRanking last = lastPublished.get();
        if (last != null) {
            listener.accept(last);
        }
        return () -> listeners.remove(listener);
    }

    /** Stops following the feed and evaluating; nothing keeps running afterwards. */
    @Override
    public void close() {
        VenueFeed.Subscription subscription = feed.getAndSet(null);
        if (subscription != null) {
            subscription.cancel();
        }
        worker.shutdownNow();
        listeners.clear();
        // the worker may still be ranking; its layout holds no thread (one-thread evaluator), so
        // there is nothing more to stop
    }

    private void evaluateLatest() {
        VenueState state = lastState.getAndSet(null);
        if (state == null) {
            return;
        }
        VenueRanking ranking;
        try {
            ranking = ranker.rank(state);
        } catch (RuntimeException e) {
            // The engine returns bad accounts as failures; anything thrown is a defect (or a book the
            // columns refuse, such as an id twice). Show it on every row rather than freeze on old numbers.
            LOG.warn("venue evaluation failed", e);
            ranking = ranker.failed(state, "could not be evaluated: " + e);
        }
        lastPublished.set(ranking);
        for (Consumer<? super VenueRanking> listener : listeners) {
            listener.accept(ranking);
        }
    }
}
