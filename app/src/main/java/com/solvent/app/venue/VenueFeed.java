package com.solvent.app.venue;

import java.util.function.Consumer;

/**
 * The whole venue, block by block: publishes a {@link VenueState} of every account of a
 * deployment whenever the scan learns something (a block, a batch of accounts read, a problem).
 * A session that can scan its venue offers one ({@link com.solvent.app.session.Session#venueFeed()});
 * the risk desk subscribes through the {@link VenueRiskService}.
 *
 * <p>Contract: states are published from the feed's own thread, in order, each complete (never a
 * half-updated account list); a new subscriber receives the latest state at once, if there is one.
 */
public interface VenueFeed extends AutoCloseable {
    /** Registers a listener for every state from now on; the latest one, if any, is delivered at once. */
    Subscription subscribe(Consumer<? super VenueState> listener);

    /** One line for the user: what is scanned, with any RPC URL redacted. */
    String describe();

    /** The venue's past blocks for the desk's replay; empty when the source has no history (a portfolio file). */
    default java.util.Optional<ReplaySource> history() {
        return java.util.Optional.empty();
    }

    /** Stops scanning; no state is published afterwards. */
    @Override
    void close();

    /** A registration; cancelling it stops deliveries to its listener. */
    @FunctionalInterface
    interface Subscription {
        void cancel();
    }
}
