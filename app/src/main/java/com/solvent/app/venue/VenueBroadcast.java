package com.solvent.app.venue;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A {@link VenueFeed} that hands on what its source {@link #publish}es: the offline feed publishes
 * one state; a chain scanner's adapter publishes one per block. Keeps the latest state for late
 * subscribers. Thread-safe; publish from one thread at a time to keep the order.
 */
public final class VenueBroadcast implements VenueFeed {
    private final String description;
    private final List<Consumer<? super VenueState>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicReference<VenueState> latest = new AtomicReference<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Runnable onClose;
    private final ReplaySource history;

    /**
     * @param description  what is scanned, for the user (RPC URLs redacted)
     * @param onClose      stops the source (a scanner); run once, at {@link #close()}
     */
    public VenueBroadcast(String description, Runnable onClose) {
        this(description, onClose, null);
    }

    /**
     * @param description  what is scanned, for the user (RPC URLs redacted)
     * @param onClose      stops the source (a scanner); run once, at {@link #close()}
     * @param history      the venue's past blocks, null when there are none
     */
    public VenueBroadcast(String description, Runnable onClose, ReplaySource history) {
        this.description = Objects.requireNonNull(description, "description");
        this.onClose = Objects.requireNonNull(onClose, "onClose");
        this.history = history;
    }

    @Override
    public java.util.Optional<ReplaySource> history() {
        return java.util.Optional.ofNullable(history);
    }

    /** A feed of one fixed state: a portfolio file, evaluated once. */
    public static VenueBroadcast fixed(String description, VenueState state) {
        VenueBroadcast feed = new VenueBroadcast(description, () -> { });
        feed.publish(state);
        return feed;
    }

    /** Hands {@code state} to every listener (on the caller's thread) and keeps it for late subscribers. */
    public void publish(VenueState state) {
        Objects.requireNonNull(state, "state");
        if (closed.get()) {
            return;
        }
        latest.set(state);
        for (Consumer<? super VenueState> listener : listeners) {
            listener.accept(state);
        }
    }

    @Override
    public Subscription subscribe(Consumer<? super VenueState> listener) {
        Objects.requireNonNull(listener, "listener");
        listeners.add(listener);
        VenueState last = latest.get();
        if (last != null) {
            listener.accept(last);
        }
        return () -> listeners.remove(listener);
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            listeners.clear();
            onClose.run();
        }
    }
}
