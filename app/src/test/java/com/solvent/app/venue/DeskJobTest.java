package com.solvent.app.venue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** A desk job: result, cancellation and failure as the views see them. */
class DeskJobTest {
    private final VenueFixtures fixtures = new VenueFixtures();
    private final DeskJob job = new DeskJob("test-job", fixtures.fx);

    @AfterEach
    void close() {
        job.close();
        fixtures.close();
    }

    @Test
    void aResultArrivesOnTheFxThreadWithTheProgressFull() {
        AtomicReference<String> thread = new AtomicReference<>();
        fixtures.onFx(() -> job.start("sum", m -> {
            m.checkpoint(1, 2);
            return 42;
        }, v -> thread.set(Thread.currentThread().getName() + ":" + v)));
        fixtures.waitOnFx(() -> !job.runningProperty().get());

        assertThat(thread.get()).isEqualTo("test-fx:42");
        assertThat(fixtures.onFx(() -> job.progressProperty().get())).isEqualTo(1.0);
        assertThat(fixtures.onFx(() -> job.messageProperty().get())).isEmpty();
    }

    @Test
    void aCancelledRunStopsAtItsNextCheckpointAndSaysSo() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Object> delivered = new AtomicReference<>();
        boolean began = fixtures.onFx(() -> job.start("endless", m -> {
            started.countDown();
            for (long i = 0; ; i++) {
                m.checkpoint(i % 100, 100);
                Thread.onSpinWait();
            }
        }, delivered::set));
        assertThat(began).isTrue();
        started.await();
        assertThat(fixtures.onFx(() -> job.start("second", m -> 1, v -> { }))).as("one at a time").isFalse();

        fixtures.onFx(() -> {
            job.cancel();
            return null;
        });
        fixtures.waitOnFx(() -> !job.runningProperty().get());

        assertThat(fixtures.onFx(() -> job.messageProperty().get())).startsWith("Cancelled: endless");
        assertThat(delivered.get()).isNull();
    }

    @Test
    void aFailureIsShownWithItsReason() {
        fixtures.onFx(() -> job.start("broken", m -> {
            throw new IllegalArgumentException("scenario shocks SOL but the prices have no SOL");
        }, v -> { }));
        fixtures.waitOnFx(() -> !job.runningProperty().get());

        assertThat(fixtures.onFx(() -> job.messageProperty().get()))
                .isEqualTo("Failed: broken: scenario shocks SOL but the prices have no SOL");
    }
}
