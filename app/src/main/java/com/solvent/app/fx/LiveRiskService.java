package com.solvent.app.fx;

import java.util.Collection;
import java.util.function.Consumer;

/**
 * The workstation's only source of live numbers: it takes a {@link MarketState} per block from a
 * chain (or a fixed book), evaluates the watched accounts with the margin engine off the FX
 * thread, and publishes each result as one immutable {@link LiveRisk}.
 *
 * <p>Contract: evaluation runs on a bounded worker pool; when blocks arrive faster than they can
 * be evaluated, the newest wins and older pending ones are dropped. Listeners are called on that
 * worker thread; UI code hands results to an {@link FxBridge}, which applies at most one per pulse.
 */
public interface LiveRiskService extends AutoCloseable {
    /** Replaces the set of watched account ids; takes effect from the next evaluation (re-evaluates the last state). */
    void watch(Collection<String> accountIds);

    /** Registers a listener for every publication; the last one, if any, is delivered at once. */
    Subscription subscribe(Consumer<? super LiveRisk> listener);

    /** Stops evaluating and releases the source; nothing keeps running afterwards. */
    @Override
    void close();

    /** A registration; cancelling it stops deliveries to its listener. */
    @FunctionalInterface
    interface Subscription {
        void cancel();
    }
}
