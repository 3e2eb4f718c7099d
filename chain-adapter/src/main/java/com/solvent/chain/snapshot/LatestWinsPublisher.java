package com.solvent.chain.snapshot;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands values to subscribers through one slot per subscriber: a subscriber that is still busy
 * when newer values arrive gets only the newest one next, never a queue of stale ones. Each
 * subscriber is called on its own virtual thread, one value at a time, so a slow subscriber
 * delays nobody else.
 */
public final class LatestWinsPublisher<T> {
    private static final Logger LOG = LoggerFactory.getLogger(LatestWinsPublisher.class);

    private final CopyOnWriteArrayList<Slot<T>> slots = new CopyOnWriteArrayList<>();
    private final AtomicReference<T> latest = new AtomicReference<>();
    private final Executor executor;

    public LatestWinsPublisher() {
        this(command -> Thread.ofVirtual().name("snapshot-subscriber").start(command));
    }

    LatestWinsPublisher(Executor executor) {
        this.executor = executor;
    }

    /** Registers {@code subscriber}; it first receives the current value, if any. */
    public Subscription subscribe(Consumer<? super T> subscriber) {
        Slot<T> slot = new Slot<>(Objects.requireNonNull(subscriber, "subscriber"), executor);
        slots.add(slot);
        T current = latest.get();
        if (current != null) {
            slot.offer(current);
        }
        return () -> {
            slot.closed.set(true);
            slots.remove(slot);
        };
    }

    public void publish(T value) {
        latest.set(Objects.requireNonNull(value, "value"));
        for (Slot<T> slot : slots) {
            slot.offer(value);
        }
    }

    /** The newest published value, or null before the first. */
    public T latest() {
        return latest.get();
    }

    private static final class Slot<T> {
        private final Consumer<? super T> subscriber;
        private final Executor executor;
        private final AtomicReference<T> pending = new AtomicReference<>();
        private final AtomicBoolean draining = new AtomicBoolean();
        private final AtomicBoolean closed = new AtomicBoolean();

        Slot(Consumer<? super T> subscriber, Executor executor) {
            this.subscriber = subscriber;
            this.executor = executor;
        }

        void offer(T value) {
            pending.set(value);
            if (draining.compareAndSet(false, true)) {
                executor.execute(this::drain);
            }
        }

        private void drain() {
            while (true) {
                T value = pending.getAndSet(null);
                if (value == null) {
                    draining.set(false);
                    // a value offered between the empty read and the flag reset must not be stranded
                    if (pending.get() != null && draining.compareAndSet(false, true)) {
                        continue;
                    }
                    return;
                }
                if (closed.get()) {
                    continue;
                }
                try {
                    subscriber.accept(value);
                } catch (RuntimeException e) {
                    LOG.warn("snapshot subscriber failed; it stays subscribed", e);
                }
            }
        }
    }
}
