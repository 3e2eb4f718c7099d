package com.solvent.app.venue;

import com.solvent.app.fx.EngineRiskService;
import com.solvent.app.fx.MarketState;
import com.solvent.app.fx.ShellController;
import com.solvent.app.workspace.WorkspaceStore;
import com.solvent.model.account.Account;
import com.solvent.model.engine.MarginEngine;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;

/**
 * The risk desk on a synthetic venue scanned the way a chain scanner publishes (for looking at it
 * under Xvfb; also a worked example of feeding {@link VenueBroadcast}): {@code -Dpreview.accounts=3000}
 * accounts are discovered over about ten seconds, read in batches, then followed live with ETH moving
 * every two seconds ({@code -Dpreview.step=400}: milliseconds between scan updates). {@code -Dpreview.dark=true}
 * switches to the dark theme.
 */
public final class DeskPreview {
    private DeskPreview() {
    }

    /** A main class that is not an {@link Application}, so the class path launch needs no JavaFX modules. */
    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The preview itself. */
    public static final class App extends Application {
    private ShellController shell;
    private VenueBroadcast feed;
    private volatile boolean stopped;

    @Override
    public void start(Stage stage) {
        shell = new ShellController(new EngineRiskService(new MarginEngine()), WorkspaceStore.atDefaultLocation());
        shell.show(stage);
        feed = new VenueBroadcast("synthetic venue scan", () -> stopped = true);
        shell.attachVenue(Optional.of(feed), feed.describe());
        shell.showDesk(com.solvent.app.fx.Desk.RISK);
        if (Boolean.getBoolean("preview.dark") && shell.model().themeProperty().get() == com.solvent.app.fx.Theme.LIGHT) {
            shell.toggleTheme();
        }
        Thread.ofPlatform().daemon().name("preview-scan").start(this::scan);
        // Xvfb has no window manager: repaint now and then so a screenshot never catches a lost frame
        Thread.ofPlatform().daemon().start(() -> {
            for (int i = 0; !stopped; i++) {
                double opacity = i % 2 == 0 ? 0.999 : 1.0;
                Platform.runLater(() -> Window.getWindows().forEach(w -> w.getScene().getRoot().setOpacity(opacity)));
                pause(1_000);
            }
        });
    }

    private void scan() {
        int n = Integer.getInteger("preview.accounts", 3_000);
        long step = Long.getLong("preview.step", 400);
        VenueState venue = VenueRiskServiceTest.generated(n, 11L);
        MarketState all = venue.market();
        long blocks = 5_000;
        for (long b = 0; b <= blocks && !stopped; b += 250) {
            int found = (int) (n * b / blocks);
            feed.publish(state(all, all.accounts().subList(0, 0), new ScanStatus(ScanPhase.DISCOVERING, b, blocks,
                    found, 0, b >= 2_500 ? "eth_getLogs 2,500-2,749 timed out once; retried" : "")));
            pause(step);
        }
        for (int read = 0; read <= n && !stopped; read += Math.max(1, n / 10)) {
            feed.publish(state(all, all.accounts().subList(0, read), new ScanStatus(ScanPhase.READING, blocks, blocks,
                    n, read, "")));
            pause(step);
        }
        double eth = 3_000;
        for (long block = blocks + 1; !stopped; block++) {
            eth *= 1 + (Math.random() - 0.5) * 0.004;
            MarketState moved = new MarketState(all.accounts(), all.prices().withMark("ETH", eth), all.policy(),
                    all.status());
            feed.publish(state(moved, moved.accounts(), new ScanStatus(ScanPhase.LIVE, block, block, n, n, "")));
            pause(2_000);
        }
    }

    private static VenueState state(MarketState market, List<Account> read, ScanStatus scan) {
        return new VenueState(new MarketState(read, market.prices(), market.policy(), market.status()), scan,
                java.util.Map.of());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        stopped = true;
        if (shell != null) {
            shell.close();
        }
        if (feed != null) {
            feed.close();
        }
    }
    }
}
