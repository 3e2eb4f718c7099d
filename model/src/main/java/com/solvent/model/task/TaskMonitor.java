package com.solvent.model.task;

import java.util.concurrent.CancellationException;

/**
 * How a long computation (a stress library, a cascade, a distribution over a large book) reports
 * progress and learns that it should stop. The UI runs these computations as background tasks: it
 * passes a monitor whose {@link #isCancelled()} follows its cancel button and whose
 * {@link #progress} updates a progress bar. Computations call {@link #checkpoint} between accounts
 * or chunks of accounts, never per position.
 *
 * <p>Implementations must be thread-safe: {@link #progress} is called from the computing thread.
 */
public interface TaskMonitor {
    /** A monitor that never cancels and ignores progress (cancellation by thread interrupt still works). */
    TaskMonitor NONE = new TaskMonitor() {
        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public void progress(long done, long total) {
        }
    };

    /** True once the caller wants the computation to stop. */
    boolean isCancelled();

    /**
     * Work done so far out of {@code total} units (units are the computation's: accounts, or
     * accounts x scenarios). Called at chunk boundaries, {@code 0 <= done <= total}.
     */
    void progress(long done, long total);

    /**
     * Reports progress and throws {@link CancellationException} when the monitor is cancelled or the
     * calling thread was interrupted (the interrupt flag is left set for the caller's executor).
     */
    default void checkpoint(long done, long total) {
        if (isCancelled() || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("cancelled after " + done + " of " + total);
        }
        progress(done, total);
    }

    /**
     * This monitor seen as a slice of a larger job: {@code progress(done, total)} is reported as
     * {@code progress(offset + done * share / total, grandTotal)} so that several passes show as one bar.
     *
     * @param offset      units of the larger job done before this slice
     * @param share       units of the larger job this slice stands for
     * @param grandTotal  units of the whole job
     */
    default TaskMonitor slice(long offset, long share, long grandTotal) {
        TaskMonitor outer = this;
        return new TaskMonitor() {
            @Override
            public boolean isCancelled() {
                return outer.isCancelled();
            }

            @Override
            public void progress(long done, long total) {
                long scaled = total <= 0 ? share : Math.round((double) done * share / total);
                outer.progress(Math.min(grandTotal, offset + scaled), grandTotal);
            }
        };
    }
}
