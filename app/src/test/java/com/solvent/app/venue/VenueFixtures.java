package com.solvent.app.venue;

import com.solvent.app.session.OfflineSession;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The demo book as the risk desk sees it, and a stand-in for the FX thread: one thread that applies
 * every update and answers the tests' questions, so properties are only ever touched there.
 */
public final class VenueFixtures implements AutoCloseable {
    /** The bundled demo portfolio (examples/demo-portfolio.json) as an offline session's venue. */
    public static VenueState demoVenue() {
        OfflineSession session = OfflineSession.read(Optional.empty(), Clock.systemUTC());
        return latest(session.venueFeed().orElseThrow());
    }

    static VenueState latest(VenueFeed feed) {
        VenueState[] seen = new VenueState[1];
        feed.subscribe(s -> seen[0] = s).cancel();
        return seen[0];
    }

    /** The stand-in FX thread. */
    public final ExecutorService fx = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("test-fx").factory());
    public final SimpleObjectProperty<VenueRanking> ranking = new SimpleObjectProperty<>();
    public final SimpleObjectProperty<DeskAvailability> availability = new SimpleObjectProperty<>(DeskAvailability.AVAILABLE);
    public final SimpleStringProperty session = new SimpleStringProperty("offline: demo book");
    public final DeskExport export = new DeskExport(fx, m -> { });
    public final DeskContext desk = new DeskContext(ranking, availability, session, fx, export, new VenueAnalytics(1));

    /** The ranking of {@code state}, evaluated by a real risk service and set on the stand-in FX thread. */
    public VenueRanking rank(VenueState state) {
        try (VenueRiskService service = new VenueRiskService()) {
            VenueRanking[] out = new VenueRanking[1];
            service.subscribe(r -> out[0] = r);
            service.accept(state);
            waitUntil(() -> out[0] != null);
            onFx(() -> {
                ranking.set(out[0]);
                return null;
            });
            return out[0];
        }
    }

    /** Runs {@code question} on the stand-in FX thread and returns its answer. */
    public <T> T onFx(Callable<T> question) {
        try {
            return fx.submit(question).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits (on the test thread) until {@code condition}, asked on the stand-in FX thread, holds. */
    public void waitOnFx(BooleanSupplier condition) {
        waitUntil(() -> onFx(condition::getAsBoolean));
    }

    public static void waitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }


    @Override
    public void close() {
        fx.shutdownNow();
    }
}
