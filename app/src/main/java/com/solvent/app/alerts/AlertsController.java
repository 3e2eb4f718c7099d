package com.solvent.app.alerts;

import com.solvent.app.fx.LiveRisk;
import com.solvent.app.watchlist.WatchedAccount;
import com.solvent.model.risk.AccountRisk;
import javafx.animation.PauseTransition;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The alerts' only entry point. Unlike the views, it listens to live reports for the whole
 * session, shown or not: an alert must not depend on which tab is open. Each report's margin
 * ratios go through the {@link AlertMonitor}; raised alerts are logged and, when enabled, shown
 * as a desktop notification: alerts raised within {@link #GATHER} of each other (one block, or
 * the blocks read right after start) make one notification (see {@link AlertNotice}).
 */
public final class AlertsController implements AutoCloseable {
    /** ControlsFX's style class of a notification's bar, and of its dark style. */
    private static final String NOTIFICATION_BAR = ".notification-bar";
    private static final String DARK_STYLE = "dark";

    /** Log entries kept; older ones are dropped. */
    static final int LOG_SIZE = 200;
    /** How long alerts are gathered into one notification after the first of them. */
    static final Duration GATHER = Duration.millis(750);
    /**
     * The same for the first notification of the session: at start the first blocks of every venue
     * arrive within a few seconds (the devnet's Aave market is read about 2 s after the reference
     * venue) and each would otherwise pop up its own notification.
     */
    static final Duration STARTUP_GATHER = Duration.seconds(4);

    private final AlertsModel model = new AlertsModel();
    private final AlertMonitor monitor = new AlertMonitor(AlertRule.DEFAULT);
    private final DistanceMonitor distance = new DistanceMonitor(DistanceRule.DEFAULT);
    private final LiquidationMonitor liquidations = new LiquidationMonitor();
    private final ReadOnlyObjectProperty<LiveRisk> live;
    private final Supplier<List<WatchedAccount>> watched;
    private final BooleanSupplier dark;
    private final ChangeListener<LiveRisk> onLive = (o, a, b) -> apply(b);
    private AlertsView view;
    private final List<AlertNotice.Raised> pending = new ArrayList<>();
    private final PauseTransition gather = new PauseTransition(STARTUP_GATHER);
    private final IntegerProperty notificationsShown = new SimpleIntegerProperty(this, "notificationsShown");
    private AlertNotice lastNotice;

    /**
     * @param live     the latest report, updated on the FX thread
     * @param watched  the watched accounts with their labels
     * @param dark     whether the dark theme is on (notifications are separate windows, styled to match)
     */
    public AlertsController(ReadOnlyObjectProperty<LiveRisk> live, Supplier<List<WatchedAccount>> watched,
                            BooleanSupplier dark) {
        this.live = Objects.requireNonNull(live, "live");
        this.watched = Objects.requireNonNull(watched, "watched");
        this.dark = Objects.requireNonNull(dark, "dark");
        model.threshold.addListener((o, a, b) -> monitor.setRule(monitor.rule().withThreshold(b.doubleValue())));
        model.distance.addListener((o, a, b) -> distance.setRule(distance.rule().withThreshold(b.doubleValue())));
        live.addListener(onLive);
        gather.setOnFinished(e -> notifyPending());
    }

    /** Desktop notifications shown so far (each may stand for several alerts). */
    public ReadOnlyIntegerProperty notificationsShownProperty() {
        return notificationsShown;
    }

    /** The last notification's title and text; null before the first. */
    public AlertNotice lastNotice() {
        return lastNotice;
    }

    public AlertsModel model() {
        return model;
    }

    public AlertsView view() {
        if (view == null) {
            view = new AlertsView(model);
        }
        return view;
    }

    /** Checks every watched account of the report against the rules, and for a liquidation since the last report. */
    void apply(LiveRisk report) {
        if (report == null) {
            return;
        }
        long block = report.inputs().status().block();
        for (WatchedAccount account : watched.get()) {
            String address = account.address().checksummed();
            String name = account.displayName();
            report.result(address).filter(AccountRisk.class::isInstance).map(AccountRisk.class::cast).ifPresent(risk -> {
                liquidations.observe(name, address, risk, block, report.report().asOf())
                        .ifPresent(a -> raise(a, risk.marginRatio()));
                monitor.observe(name, address, risk.marginRatio(), report.report().asOf())
                        .ifPresent(a -> raise(a, risk.marginRatio()));
                distance.observe(name, address, risk, report.report().asOf()).ifPresent(a -> raise(a, risk.marginRatio()));
            });
        }
    }

    private void raise(Alert alert, double marginRatio) {
        model.log.addFirst(alert);
        if (model.log.size() > LOG_SIZE) {
            model.log.remove(LOG_SIZE, model.log.size());
        }
        pending.add(new AlertNotice.Raised(alert, marginRatio));
        if (gather.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            gather.playFromStart();
        }
    }

    private void notifyPending() {
        if (pending.isEmpty()) {
            return;
        }
        AlertNotice notice = AlertNotice.of(pending);
        pending.clear();
        gather.setDuration(GATHER);
        if (model.notify.get() && view != null && view.getScene() != null && view.getScene().getWindow() != null
                && view.getScene().getWindow().isShowing()) {
            Notifications notification = Notifications.create()
                    .owner(view.getScene().getWindow())
                    .title(notice.title())
                    .text(notice.text())
                    .hideAfter(Duration.seconds(8));
            if (dark.getAsBoolean()) {
                notification.darkStyle();
            }
            notification.showWarning();
            lastNotice = notice;
            notificationsShown.set(notificationsShown.get() + 1);
        }
    }

    /**
     * Restyles the notifications still on screen for the theme now on. Each is a window of its own,
     * styled when it was raised; without this one raised just before a theme switch kept the old
     * theme until it hid.
     */
    public void followTheme() {
        boolean on = dark.getAsBoolean();
        for (Window window : Window.getWindows()) {
            if (window instanceof PopupWindow popup && popup.getScene() != null && ownedByTheWorkstation(popup)) {
                for (Node bar : popup.getScene().getRoot().lookupAll(NOTIFICATION_BAR)) {
                    if (!on) {
                        bar.getStyleClass().removeAll(DARK_STYLE);
                    } else if (!bar.getStyleClass().contains(DARK_STYLE)) {
                        bar.getStyleClass().add(DARK_STYLE);
                    }
                }
            }
        }
    }

    private boolean ownedByTheWorkstation(PopupWindow popup) {
        return view != null && view.getScene() != null && popup.getOwnerWindow() == view.getScene().getWindow();
    }

    @Override
    public void close() {
        live.removeListener(onLive);
        gather.stop();
        pending.clear();
    }
}
