package com.solvent.app.fx;

import com.solvent.app.workspace.WorkspaceStore;
import com.solvent.model.engine.MarginEngine;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The JavaFX application. The window opens at once; the embedded devnet starts in the
 * background and feeds it as soon as it is up. With {@code --offline}, or when the devnet cannot
 * start (the message says why), the workstation evaluates the {@link OfflineBook} instead and
 * the status bar says "Offline".
 */
public final class WorkstationApp extends Application {
    /** Command-line flag: no devnet, evaluate the offline book. */
    public static final String OFFLINE_FLAG = "--offline";

    private final Object lock = new Object();
    private ShellController shell;
    private EngineRiskService service;
    private DevnetSession devnet;
    private boolean stopped;

    @Override
    public void start(Stage stage) {
        service = new EngineRiskService(new MarginEngine());
        shell = new ShellController(service, WorkspaceStore.atDefaultLocation());
        shell.show(stage);
        if (getParameters().getRaw().contains(OFFLINE_FLAG)) {
            startOffline(null);
            return;
        }
        Set<String> restored = shell.watchlist().accounts().stream()
                .map(a -> a.address().checksummed()).collect(Collectors.toSet());
        Thread.ofVirtual().name("devnet-start").start(() -> startDevnet(restored));
    }

    private void startDevnet(Set<String> restored) {
        DevnetSession session;
        try {
            session = DevnetSession.start(service, restored);
        } catch (RuntimeException e) {
            Platform.runLater(() -> startOffline("The devnet could not start (" + e.getMessage()
                    + "). Showing the offline book instead."));
            return;
        }
        synchronized (lock) {
            if (stopped) {
                session.close();
                return;
            }
            devnet = session;
        }
        Platform.runLater(() -> shell.offerFirstAccounts(session.storyAccounts()));
    }

    private void startOffline(String why) {
        if (why != null) {
            shell.notify(why);
        }
        shell.offerFirstAccounts(OfflineBook.labelled());
        service.accept(OfflineBook.at(Instant.now()));
    }

    @Override
    public void stop() {
        synchronized (lock) {
            stopped = true;
        }
        if (shell != null) {
            shell.close();
        }
        if (devnet != null) {
            devnet.close();
        }
    }
}
