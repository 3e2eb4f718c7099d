package com.solvent.app.fx;

import com.solvent.app.watchlist.WatchSlot;
import com.solvent.app.watchlist.WatchlistView;
import com.solvent.app.workspace.WorkspaceStore;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.stage.Window;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The build's training run for the JDK's ahead-of-time cache ({@code -XX:AOTCacheOutput}, JEP 514):
 * the workstation opens on the devnet exactly as a user's launch does, but on the headless Monocle
 * platform and in a throw-away workspace (under the build's target folder), runs until the watchlist
 * has shown {@link #BLOCKS} live blocks, and exits. The JVM then writes the classes it loaded and
 * linked, and the profiles of the methods it ran, into the cache that every later launch maps
 * (README's launch command): the path to the first live numbers is the one trained. The user's
 * workspace is never read or written.
 */
final class TrainingRun {
    /** Live blocks the watchlist shows before the run ends: the per-block path is trained, not only the first. */
    static final int BLOCKS = 3;
    /** The run ends by then whatever it saw: a cache of what was loaded is still a valid cache. */
    static final Duration LIMIT = Duration.ofSeconds(90);

    private static final Logger LOG = LoggerFactory.getLogger(TrainingRun.class);

    private TrainingRun() {
    }

    static int run() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        if (System.getProperty(WorkspaceStore.DIR_PROPERTY) == null) {
            // never the user's workspace: the build gives a folder under target/, anyone else gets a fresh one
            try {
                System.setProperty(WorkspaceStore.DIR_PROPERTY,
                        Files.createTempDirectory("solvent-training").toString());
            } catch (IOException e) {
                throw new UncheckedIOException("no temporary folder for the training run's workspace", e);
            }
        }
        Workstation.startDevnetEarly();
        Thread.ofPlatform().name("training-workstation").daemon().start(() -> Workstation.launch(new String[0]));
        long deadline = System.nanoTime() + LIMIT.toNanos();
        int blocks = 0;
        while (blocks < BLOCKS && System.nanoTime() < deadline) {
            sleep();
            blocks = liveBlocksShown();
        }
        if (blocks < BLOCKS) {
            LOG.warn("training run: {} live blocks shown within {} s, the cache holds what was loaded so far",
                    blocks, LIMIT.toSeconds());
        }
        Platform.exit();
        return 0;
    }

    /** The most blocks of history any evaluated watchlist line has; 0 before the toolkit is up. */
    private static int liveBlocksShown() {
        CompletableFuture<Integer> shown = new CompletableFuture<>();
        try {
            Platform.runLater(() -> shown.complete(Window.getWindows().stream()
                    .filter(w -> w.isShowing() && w.getScene() != null)
                    .map(w -> w.getScene().lookup("#" + WatchlistView.TABLE_ID))
                    .filter(TableView.class::isInstance)
                    .flatMap(table -> ((TableView<?>) table).getItems().stream())
                    .filter(WatchSlot.class::isInstance)
                    .map(line -> ((WatchSlot) line).row())
                    .filter(row -> row.risk().isPresent())
                    .mapToInt(row -> row.history().size())
                    .max().orElse(0)));
            return shown.get(5, TimeUnit.SECONDS);
        } catch (IllegalStateException | TimeoutException | ExecutionException notUpOrBusy) {
            return 0; // the toolkit is not up yet, or the FX thread is still building the window: ask again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
