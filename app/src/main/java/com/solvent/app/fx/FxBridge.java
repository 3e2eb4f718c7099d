package com.solvent.app.fx;

import javafx.application.Platform;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Carries values from worker threads to the FX thread, latest wins.
 *
 * <p>Any number of {@link #publish} calls between two runs of the FX thread schedule one
 * task, which applies only the newest value; intermediate values are dropped, never queued.
 * So a burst of reports (a block with many accounts, a reconnect catching up) costs the FX
 * thread one update, not one per report, and the UI cannot fall behind the chain.
 *
 * <p>The FX executor is injectable so that the coalescing can be tested without a toolkit.
 *
 * @param <T> an immutable value (a report, a status); it crosses threads as is
 */
public final class FxBridge<T> {
    private final AtomicReference<T> latest = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Executor fxThread;
    private final Consumer<? super T> apply;

    /** A bridge that applies values with {@code apply} on the JavaFX application thread. */
    public static <T> FxBridge<T> onFxThread(Consumer<? super T> apply) {
        return new FxBridge<>(Platform::runLater, apply);
    }

    public FxBridge(Executor fxThread, Consumer<? super T> apply) {
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        this.apply = Objects.requireNonNull(apply, "apply");
    }

    /** Offers a new value from any thread; it replaces any value not yet applied. */
    public void publish(T value) {
        latest.set(Objects.requireNonNull(value, "value"));
        if (scheduled.compareAndSet(false, true)) {
            fxThread.execute(this::drain);
        }
    }

    private void drain() {
        // Clear the flag before taking the value: a publish racing with us schedules a new
        // drain instead of being lost.
        scheduled.set(false);
        T value = latest.getAndSet(null);
        if (value != null) {
            apply.accept(value);
        }
    }
}
