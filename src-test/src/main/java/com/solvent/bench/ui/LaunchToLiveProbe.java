package com.solvent.bench.ui;

import com.solvent.app.fx.Workstation;
import com.solvent.app.watchlist.WatchRow;
import com.solvent.app.watchlist.WatchSlot;
import com.solvent.app.watchlist.WatchlistView;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.stage.Window;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Manual measurement: time from JVM start to the first live numbers on the devnet, i.e. the
 * watchlist showing evaluated rows from a chain block (not the offline book). Run under a display
 * with an empty workspace folder so the devnet's story accounts are watched:
 * <pre>
 *   DISPLAY=:99 java -Dsolvent.workspace.dir=$(mktemp -d) -cp ... com.solvent.bench.ui.LaunchToLiveProbe
 * </pre>
 * Prints the time to the window and to the first live numbers, then exits.
 */
public final class LaunchToLiveProbe {
    private LaunchToLiveProbe() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        Thread.ofPlatform().daemon().start(() -> Workstation.launch(new String[0]));
        long window = -1;
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
            CompletableFuture<int[]> state = new CompletableFuture<>();
            try {
                Platform.runLater(() -> state.complete(look()));
            } catch (IllegalStateException notYet) {
                continue; // the toolkit is not up yet
            }
            int[] s;
            try {
                s = state.get(5, TimeUnit.SECONDS);
            } catch (TimeoutException busy) {
                continue; // the FX thread is still building the window (slow under a profiler): ask again
            }
            if (s[0] > 0 && window < 0) {
                window = System.currentTimeMillis() - jvmStart;
                System.out.printf("window shown after %d ms%n", window);
            }
            if (s[1] > 0) {
                System.out.printf("first live numbers after %d ms (%d evaluated rows)%n",
                        System.currentTimeMillis() - jvmStart, s[1]);
                Platform.exit();
                System.exit(0);
            }
        }
        System.out.println("no live numbers within 120 s");
        System.exit(1);
    }

    /** {windows shown, evaluated rows from a chain block}. */
    private static int[] look() {
        int windows = 0;
        int rows = 0;
        for (Window w : Window.getWindows()) {
            if (!w.isShowing() || w.getScene() == null) {
                continue;
            }
            windows++;
            if (w.getScene().lookup("#" + WatchlistView.TABLE_ID) instanceof TableView<?> table
                    && w.getScene().getRoot().lookup(".status-bar") != null) {
                for (Object item : table.getItems()) {
                    if (item instanceof WatchSlot line && line.row() instanceof WatchRow row && row.risk().isPresent()
                            && row.history().size() > 0 && row.history().block(0) > 0 && !offline(w)) {
                        rows++;
                    }
                }
            }
        }
        return new int[] {windows, rows};
    }

    private static boolean offline(Window w) {
        return w.getScene().getRoot().lookupAll(".label").stream()
                .anyMatch(n -> n instanceof javafx.scene.control.Label l && "Offline".equals(l.getText()));
    }
}
