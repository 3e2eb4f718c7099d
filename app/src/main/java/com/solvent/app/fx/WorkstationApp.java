package com.solvent.app.fx;

import com.solvent.app.session.OfflineSession;
import com.solvent.app.session.RpcSession;
import com.solvent.app.session.Session;
import com.solvent.app.session.SessionRequest;
import com.solvent.app.workspace.LastConnection;
import com.solvent.app.workspace.WorkspaceStore;
import com.solvent.model.engine.MarginEngine;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The JavaFX application. The window opens at once; the session the command line asks for
 * ({@link SessionRequest}: the embedded devnet by default, {@code --rpc} a node, {@code --offline}
 * a portfolio file) opens in the background and feeds it as soon as it is up. When a chain session
 * cannot open (the message says why), the workstation shows the bundled demo book instead and the
 * status bar says "Offline".
 */
public final class WorkstationApp extends Application {
    /** Command-line flag: no chain, evaluate the bundled demo book. */
    public static final String OFFLINE_FLAG = SessionRequest.OFFLINE;
    private static final Logger LOG = LoggerFactory.getLogger(WorkstationApp.class);

    private final Object lock = new Object();
    private ShellController shell;
    private EngineRiskService service;
    private Session session;
    private boolean stopped;

    @Override
    public void start(Stage stage) {
        service = new EngineRiskService(new MarginEngine());
        shell = new ShellController(service, WorkspaceStore.atDefaultLocation());
        shell.show(stage);
        SessionRequest request = SessionRequest.parse(getParameters().getRaw());
        if (request instanceof SessionRequest.Offline offline) {
            openOffline(offline.file(), null);
            return;
        }
        Set<String> restored = shell.watchlist().accounts().stream()
                .map(a -> a.address().checksummed()).collect(Collectors.toSet());
        Thread.ofVirtual().name("session-open").start(() -> openChain(request, restored));
    }

    private void openChain(SessionRequest request, Set<String> restored) {
        Session opened;
        try {
            opened = switch (request) {
                case SessionRequest.Rpc rpc -> RpcSession.open(rpc.options(), service, restored);
                default -> DevnetSession.start(service, restored);
            };
        } catch (RuntimeException e) {
            String source = request instanceof SessionRequest.Rpc ? "The node" : "The devnet";
            LOG.warn("session failed to open: {}", e.getMessage());
            Platform.runLater(() -> openOffline(Optional.empty(), source + " could not be opened (" + e.getMessage()
                    + "). Showing the offline demo book instead."));
            return;
        }
        synchronized (lock) {
            if (stopped) {
                opened.close();
                return;
            }
            session = opened;
        }
        Platform.runLater(() -> {
            shell.attachVenue(opened.venueFeed(), opened.describe(), opened.whyNoVenueScan());
            shell.offerFirstAccounts(opened.firstAccounts());
            if (request instanceof SessionRequest.Rpc rpc) {
                shell.rememberConnection(new LastConnection(rpc.options().rpcUrl(), rpc.options().venue(),
                        rpc.options().deployment().map(Object::toString).orElse("")));
            }
        });
        opened.onMoreAccounts(more -> Platform.runLater(() -> shell.offerMoreAccounts(more)));
    }

    private void openOffline(Optional<java.nio.file.Path> file, String why) {
        OfflineSession offline = OfflineSession.open(file, service, Clock.systemUTC());
        offline.problem().or(() -> Optional.ofNullable(why)).ifPresent(shell::notify);
        // the book's accounts are keyed by stand-in addresses a restored watchlist lacks: add them
        shell.showAccounts(offline.firstAccounts());
        shell.attachVenue(offline.venueFeed(), offline.describe());
        synchronized (lock) {
            session = offline;
        }
    }

    @Override
    public void stop() {
        synchronized (lock) {
            stopped = true;
        }
        if (shell != null) {
            shell.close();
        }
        if (session != null) {
            session.close();
        }
    }
}
