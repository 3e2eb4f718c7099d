package com.solvent.app.fx;

import com.solvent.chain.devnet.Devnet;
import com.solvent.chain.devnet.DevnetConfig;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The embedded devnet started at JVM start, beside the JavaFX toolkit rather than after the window:
 * anvil, deployment and seeding take about as long as bringing the toolkit and the first window up
 * (1.5-4 s each on two shared cores), and launch-to-first-live-numbers is the sum when they run one
 * after the other. Handed over once to the {@link DevnetSession} of the default session; a JVM that
 * never takes it stops its anvil at exit (the process's own shutdown hook).
 */
final class EarlyDevnet {
    /** Marks the early devnet as handed over: one per JVM. */
    private static final CompletableFuture<Devnet> TAKEN = new CompletableFuture<>();
    private static final AtomicReference<CompletableFuture<Devnet>> STARTED = new AtomicReference<>();

    private static final Logger LOG = LoggerFactory.getLogger(EarlyDevnet.class);

    private EarlyDevnet() {
    }

    /** Starts the default devnet (keepers off: the session starts them after the Aave market) in the background. */
    static void begin() {
        CompletableFuture<Devnet> future = new CompletableFuture<>();
        if (STARTED.compareAndSet(null, future)) {
            Thread.ofPlatform().name("devnet-early-start").daemon().start(() -> {
                try {
                    Devnet devnet = Devnet.start(DevnetConfig.defaults().withKeepers(false));
                    LOG.info("devnet up in {} ms (anvil, contracts, {} seeded accounts), {} ms after JVM start",
                            devnet.startupTime().toMillis(), devnet.info().accounts().size(),
                            ManagementFactory.getRuntimeMXBean().getUptime());
                    future.complete(devnet);
                } catch (RuntimeException e) {
                    future.completeExceptionally(e);
                }
            });
        }
    }

    /**
     * The devnet begun by {@link #begin()}, once (blocking until it is up); empty if none was begun
     * or it was taken already. Its start failure is rethrown as it was thrown.
     */
    static Optional<Devnet> take() {
        CompletableFuture<Devnet> future = STARTED.getAndSet(TAKEN);
        if (future == null || future == TAKEN) {
            return Optional.empty();
        }
        try {
            return Optional.of(future.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }
}
