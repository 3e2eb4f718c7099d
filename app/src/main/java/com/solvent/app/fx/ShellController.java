package com.solvent.app.fx;

import com.solvent.app.account.AccountController;
import com.solvent.app.alerts.AlertsController;
import com.solvent.app.profile.ProfileController;
import com.solvent.app.status.StatusController;
import com.solvent.app.venue.DeskController;
import com.solvent.app.venue.VenueFeed;
import com.solvent.app.venue.VenueRiskService;
import com.solvent.app.venue.VenueRow;
import com.solvent.app.watchlist.AccountAddress;
import com.solvent.app.watchlist.WatchRow;
import com.solvent.app.watchlist.WatchedAccount;
import com.solvent.app.watchlist.WatchlistController;
import com.solvent.app.whatif.WhatIfController;
import com.solvent.app.workspace.LastConnection;
import com.solvent.app.workspace.WindowLayout;
import com.solvent.app.workspace.Workspace;
import com.solvent.app.workspace.WorkspaceStore;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The main window's controller: wires the live risk service to the views through one
 * {@link FxBridge}, restores the workspace at start and saves it on every change and at close.
 *
 * <p>Keyboard: Ctrl+L add an account (address field), Ctrl+1 watchlist, Ctrl+2 positions,
 * Ctrl+T switch theme, Ctrl+D switch between the trader's workstation and the risk desk, Delete
 * remove the selected account.
 */
public final class ShellController {
    private final ShellModel model = new ShellModel();
    private final LiveRiskService service;
    private final WorkspaceStore store;
    private final LiveRiskService.Subscription subscription;
    private final WatchlistController watchlist;
    private final AccountController account;
    private final StatusController status;
    private final WhatIfController whatIf;
    private final AlertsController alerts;
    private final ProfileController profile;
    private final VenueRiskService venue = new VenueRiskService();
    private final DeskController desk;
    private final ShellView view;
    /** Saves run off the FX thread, one at a time. */
    private final ExecutorService saver = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("workspace-saver").factory());
    private final AtomicBoolean closed = new AtomicBoolean();
    private Stage stage;
    private boolean restoring;
    private boolean firstRun;
    /** Touched on the FX thread only. */
    private Optional<LastConnection> lastConnection = Optional.empty();

    public ShellController(LiveRiskService service, WorkspaceStore store) {
        this.service = Objects.requireNonNull(service, "service");
        this.store = Objects.requireNonNull(store, "store");
        FxBridge<LiveRisk> bridge = FxBridge.onFxThread(model.live::set);
        this.subscription = service.subscribe(bridge::publish);
        this.watchlist = new WatchlistController(model.live, this::accountsChanged);
        this.account = new AccountController(model.live, watchlist.selectedProperty().map(WatchRow::account),
                watchlist.selectedProperty());
        this.status = new StatusController(model.live);
        this.whatIf = new WhatIfController(model.live, watchlist.selectedProperty().map(WatchRow::account));
        this.alerts = new AlertsController(model.live, watchlist::accounts,
                () -> model.theme.get() == Theme.DARK);
        this.profile = new ProfileController(model.live, watchlist.selectedProperty().map(WatchRow::account));
        profile.followWhatIf(whatIf.model());
        this.desk = new DeskController(venue, Platform::runLater, this::openInTrader, () -> {
            if (!restoring) {
                save();
            }
        });
        this.view = new ShellView(model, this, watchlist.view(), account.view(),
                List.of(new ShellView.DeskTab("What-if", whatIf.view()), new ShellView.DeskTab("Profile", profile.view()),
                        new ShellView.DeskTab("Alerts", alerts.view())),
                desk.view(), status.view());
    }

    public ShellModel model() {
        return model;
    }

    public WatchlistController watchlist() {
        return watchlist;
    }

    public AccountController account() {
        return account;
    }

    public StatusController status() {
        return status;
    }

    public WhatIfController whatIf() {
        return whatIf;
    }

    public AlertsController alerts() {
        return alerts;
    }

    /** The risk desk. */
    public DeskController desk() {
        return desk;
    }

    /**
     * Gives the risk desk the session's venue feed, or tells it that this session has none
     * ({@code session} describes the session for that message). Call on the FX thread.
     */
    public void attachVenue(Optional<VenueFeed> feed, String session) {
        desk.follow(feed, session);
    }

    /** Like {@link #attachVenue(Optional, String)}; {@code whyNot} says why a session has no venue scan. */
    public void attachVenue(Optional<VenueFeed> feed, String session, String whyNot) {
        desk.follow(feed, session, whyNot);
    }

    /** Shows the trader's workstation or the risk desk, and remembers the choice. */
    public void showDesk(Desk shown) {
        if (model.desk.get() != shown) {
            model.desk.set(shown);
            save();
        }
        if (shown == Desk.RISK) {
            desk.accounts().view().focusTable();
        }
    }

    /**
     * The risk desk's drill-down: shows {@code row}'s account in the trader's workstation, selected in
     * the watchlist; an account not watched yet is added under its label.
     */
    public void openInTrader(VenueRow row) {
        AccountAddress address;
        try {
            address = AccountAddress.parse(row.accountId());
        } catch (AccountAddress.InvalidAddressException e) {
            model.notice.set("Account " + row.accountId() + " cannot be opened in the watchlist: " + e.getMessage());
            return;
        }
        Optional<WatchRow> watched = watchlist.model().rows().stream()
                .filter(r -> r.account().address().equals(address)).findFirst();
        if (watched.isPresent()) {
            watchlist.select(watched.get());
        } else {
            watchlist.add(address.checksummed(), row.label());
        }
        showDesk(Desk.TRADER);
        watchlist.view().focusTable();
    }

    /**
     * Like {@link #show(Stage)}, then {@link #offerFirstAccounts} with {@code firstStart}.
     */
    public Scene show(Stage target, List<WatchedAccount> firstStart) {
        Scene scene = show(target);
        offerFirstAccounts(firstStart);
        return scene;
    }

    /**
     * On a first start (there was no workspace file) with a still empty watchlist, watches
     * {@code accounts} (the devnet's story accounts), so a first look already shows something.
     */
    public void offerFirstAccounts(List<WatchedAccount> accounts) {
        if (firstRun && watchlist.model().rows().isEmpty() && !accounts.isEmpty()) {
            watchlist.restore(accounts);
            watchlist.select(watchlist.model().rows().getFirst());
            save();
        }
    }

    /**
     * On a first start, also watches {@code accounts} not yet in the watchlist (accounts a session
     * found after opening: the devnet's Aave market). A user's own watchlist is never changed.
     */
    public void offerMoreAccounts(List<WatchedAccount> accounts) {
        if (firstRun) {
            showAccounts(accounts);
        }
    }

    /** Watches every account of {@code accounts} not yet in the watchlist (a portfolio file the user opened). */
    public void showAccounts(List<WatchedAccount> accounts) {
        Set<AccountAddress> present = watchlist.accounts().stream().map(WatchedAccount::address).collect(Collectors.toSet());
        List<WatchedAccount> missing = accounts.stream().filter(a -> !present.contains(a.address())).toList();
        if (missing.isEmpty()) {
            return;
        }
        List<WatchedAccount> all = new ArrayList<>(watchlist.accounts());
        all.addAll(missing);
        watchlist.restore(all);
        if (watchlist.selectedProperty().get() == null) {
            watchlist.select(watchlist.model().rows().getFirst());
        }
        save();
    }

    /** Remembers the node now watched in the workspace (the URL as typed; shown only redacted). */
    public void rememberConnection(LastConnection connection) {
        lastConnection = Optional.of(connection);
        save();
    }

    /** The node last watched, as restored from the workspace or set since. */
    public Optional<LastConnection> lastConnection() {
        return lastConnection;
    }

    /** Shows a message above the panes until the user dismisses it. */
    public void notify(String message) {
        model.notice.set(message);
    }

    /** Restores the saved workspace into {@code stage}, shows the window and returns its scene. */
    public Scene show(Stage target) {
        this.stage = target;
        firstRun = !Files.exists(store.file());
        WorkspaceStore.Loaded loaded = store.load();
        loaded.problem().ifPresent(model.notice::set);
        Workspace workspace = loaded.workspace();
        lastConnection = workspace.lastConnection();

        Scene scene = new Scene(view);
        model.theme.subscribe(t -> {
            scene.getStylesheets().setAll(t.stylesheets());
            alerts.followTheme();
        });
        model.theme.set(workspace.theme());
        installShortcuts(scene);

        restoring = true;
        watchlist.restore(workspace.accounts());
        desk.stress().restore(workspace.stressScenarios());
        model.desk.set(workspace.desk());
        restoring = false;
        if (!watchlist.model().rows().isEmpty()) {
            watchlist.select(watchlist.model().rows().getFirst());
        }

        WindowLayout layout = workspace.window();
        target.setTitle("Solvent");
        target.setScene(scene);
        target.setMinWidth(WindowLayout.MIN_WIDTH);
        target.setMinHeight(WindowLayout.MIN_HEIGHT);
        // A layout saved on a larger monitor must still fit this one.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        target.setWidth(Math.min(layout.width(), screen.getWidth()));
        target.setHeight(Math.min(layout.height(), screen.getHeight()));
        if (layout.hasPosition() && screen.contains(layout.x(), layout.y())) {
            target.setX(layout.x());
            target.setY(layout.y());
        } else {
            target.centerOnScreen();
        }
        target.setMaximized(layout.maximized());
        target.show();
        view.setDividers(layout.dividers().isEmpty() ? WindowLayout.DEFAULT.dividers() : layout.dividers());
        return scene;
    }

    public void toggleTheme() {
        model.theme.set(model.theme.get().other());
        save();
    }

    /** The workspace as it is on screen now. */
    public Workspace currentWorkspace() {
        WindowLayout layout = stage == null ? WindowLayout.DEFAULT : new WindowLayout(stage.getX(), stage.getY(),
                stage.getWidth(), stage.getHeight(), stage.isMaximized(), view.dividers());
        return new Workspace(watchlist.accounts(), model.theme.get(), layout, lastConnection, model.desk.get(),
                desk.stress().library());
    }

    /** Saves synchronously, stops listening and closes the service; nothing keeps running. */
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        subscription.cancel();
        desk.close();
        venue.close();
        whatIf.close();
        alerts.close();
        profile.close();
        saver.shutdown();
        try {
            saver.awaitTermination(2, TimeUnit.SECONDS);
            store.save(currentWorkspace());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (UncheckedIOException e) {
            System.err.println(e.getMessage());
        }
        service.close();
    }

    private void accountsChanged(List<WatchedAccount> accounts) {
        service.watch(accounts.stream().map(a -> a.address().checksummed()).toList());
        if (!restoring) {
            save();
        }
    }

    private void save() {
        Workspace snapshot = currentWorkspace();
        if (saver.isShutdown()) {
            return;
        }
        saver.execute(() -> {
            try {
                store.save(snapshot);
            } catch (UncheckedIOException e) {
                Platform.runLater(() -> model.notice.set(e.getMessage()));
            }
        });
    }

    private void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN),
                () -> watchlist.view().focusAddress());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN),
                () -> watchlist.view().focusTable());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN),
                () -> account.view().focusPositions());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN),
                this::toggleTheme);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN),
                () -> showDesk(model.desk.get().other()));
    }
}
