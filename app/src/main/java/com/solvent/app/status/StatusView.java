package com.solvent.app.status;

import com.solvent.app.controls.FreshnessBadge;
import com.solvent.app.format.ScreenFormat;
import com.solvent.app.fx.ConnectionState;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.util.Locale;

/** The status bar: connection, chain, block, latency, policy and every feed's freshness. */
public final class StatusView extends HBox {
    public static final String STYLE_CLASS = "status-bar";
    public static final String CONNECTION_ID = "status-connection";
    public static final String BLOCK_ID = "status-block";

    private final StatusModel model;
    private final Label connection = new Label();
    private final Label chain = new Label();
    private final Label block = new Label();
    private final Label latency = new Label();
    private final Label policy = new Label();
    private final HBox feeds = new HBox();

    StatusView(StatusModel model) {
        this.model = model;
        getStyleClass().add(STYLE_CLASS);
        connection.setId(CONNECTION_ID);
        connection.getStyleClass().add("connection");
        block.setId(BLOCK_ID);
        block.getStyleClass().add("numeric");
        latency.getStyleClass().add("numeric");
        feeds.getStyleClass().add("feeds");
        connection.tooltipProperty().bind(model.detail.map(d -> d.isEmpty() ? null : new Tooltip(d)));
        Label detail = new Label();
        detail.getStyleClass().add("connection-detail");
        detail.textProperty().bind(model.detail);
        detail.setMaxWidth(360); // the full reason is in the connection's tooltip
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(connection, detail, separator(), chain, separator(), block, separator(), latency, spacer,
                policy, separator(), feeds);

        model.connection.addListener((o, a, b) -> showConnection(b));
        chain.textProperty().bind(model.chain);
        block.textProperty().bind(model.block.asString().map(s -> model.block.get() > 0
                ? "Block " + ScreenFormat.block(model.block.get()) : "No block"));
        latency.textProperty().bind(model.latencyMillis.asString().map(s -> model.latencyMillis.get() > 0
                ? "RPC " + ScreenFormat.millis(model.latencyMillis.get()) : ""));
        policy.textProperty().bind(model.policy.map(p -> p.isEmpty() ? "" : "Policy: " + p));
        model.feeds.addListener((ListChangeListener<FeedLine>) c -> showFeeds());
        showConnection(model.connection.get());
        showFeeds();
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }

    private void showConnection(ConnectionState state) {
        if (state == null) {
            connection.setText("Connecting…");
            connection.setGraphic(new FontIcon(MaterialDesignT.TIMER_SAND));
            return;
        }
        connection.setText(switch (state) {
            case CONNECTING -> "Connecting…";
            case CONNECTED -> "Connected";
            case LAGGING -> "Lagging";
            case DEGRADED -> "Degraded";
            case RECONNECTING -> "Reconnecting…";
            case FAILED -> "Failed";
            case OFFLINE -> "Offline";
        });
        Ikon icon = switch (state) {
            case CONNECTING, RECONNECTING -> MaterialDesignT.TIMER_SAND;
            case CONNECTED -> MaterialDesignL.LAN_CONNECT;
            case LAGGING, DEGRADED -> MaterialDesignA.ALERT;
            case FAILED -> MaterialDesignL.LAN_DISCONNECT;
            case OFFLINE -> MaterialDesignC.CLOUD_OFF_OUTLINE;
        };
        connection.setGraphic(new FontIcon(icon));
        for (ConnectionState s : ConnectionState.values()) {
            connection.pseudoClassStateChanged(pseudo(s), s == state);
        }
    }

    private static PseudoClass pseudo(ConnectionState state) {
        return PseudoClass.getPseudoClass(state.name().toLowerCase(Locale.ROOT));
    }

    private void showFeeds() {
        feeds.getChildren().clear();
        for (FeedLine feed : model.feeds) {
            FreshnessBadge badge = new FreshnessBadge();
            badge.show(feed.freshness(), feed.ageSeconds());
            badge.setText(feed.asset() + " " + badge.getText());
            feeds.getChildren().add(badge);
        }
    }
}
