package com.solvent.app.venue;

import com.solvent.app.fx.FxBridge;
import com.solvent.model.task.TaskMonitor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One cancellable background computation at a time for a desk view (a stress run, a cascade, a
 * distribution): runs on its own daemon thread, reports progress through a {@link TaskMonitor}
 * (coalesced to one update per pulse), and delivers its result, its cancellation or its failure on
 * the FX thread. The properties are written on the FX executor only; tests pass an executor of
 * their own instead of {@code Platform::runLater}.
 */
public final class DeskJob implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeskJob.class);

    private final Executor fx;
    private final ExecutorService worker;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final FxBridge<Double> progressBridge;
    private AtomicBoolean cancelled = new AtomicBoolean();
    private Future<?> current;
    /** Bumped at every start, so a late report of an earlier run is ignored. */
    private long generation;

    /**
     * @param name  the worker thread's name
     * @param fx    runs updates on the FX thread ({@code Platform::runLater})
     */
    public DeskJob(String name, Executor fx) {
        this.fx = Objects.requireNonNull(fx, "fx");
        this.worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name(name).factory());
        this.progressBridge = new FxBridge<>(fx, p -> {
            if (running.get()) {
                progress.set(p);
            }
        });
    }

    /** Whether a computation runs now. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Share done of the running computation, in [0, 1]. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What happened last, for the user: "Running crash-20…", "Cancelled", "Failed: …"; empty after a success. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * Starts {@code work} (call on the FX thread) unless a computation runs already.
     *
     * @param what    what runs, for the message (e.g. "crash-20")
     * @param work    the computation; must call the monitor's checkpoint now and then
     * @param onDone  receives the result on the FX thread
     * @return false when another computation was running (nothing started)
     */
    public <T> boolean start(String what, Function<TaskMonitor, T> work, Consumer<? super T> onDone) {
        if (running.get() || worker.isShutdown()) {
            return false;
        }
        long run = ++generation;
        AtomicBoolean flag = new AtomicBoolean();
        cancelled = flag;
        running.set(true);
        progress.set(0);
        message.set("Running " + what + "…");
        TaskMonitor monitor = new TaskMonitor() {
            @Override
            public boolean isCancelled() {
                return flag.get();
            }

            @Override
            public void progress(long done, long total) {
                progressBridge.publish(total <= 0 ? 0.0 : Math.min(1.0, (double) done / total));
            }
        };
        current = worker.submit(() -> {
            try {
                T result = work.apply(monitor);
                fx.execute(() -> finish(run, "", () -> onDone.accept(result)));
            } catch (CancellationException e) {
                fx.execute(() -> finish(run, "Cancelled: " + what + " stopped before it finished.", () -> { }));
            } catch (RuntimeException e) {
                LOG.warn("{} failed", what, e);
                String reason = e.getMessage() == null ? e.toString() : e.getMessage();
                fx.execute(() -> finish(run, "Failed: " + what + ": " + reason, () -> { }));
            }
        });
        return true;
    }

    /** Asks the running computation to stop at its next checkpoint. */
    public void cancel() {
        cancelled.set(true);
    }

    private void finish(long run, String outcome, Runnable deliver) {
        if (run != generation) {
            return;
        }
        running.set(false);
        progress.set(outcome.isEmpty() ? 1.0 : 0.0);
        message.set(outcome);
        deliver.run();
    }

    @Override
    public void close() {
        cancel();
        Future<?> running = current;
        if (running != null) {
            running.cancel(true);
        }
        worker.shutdownNow();
    }
}
