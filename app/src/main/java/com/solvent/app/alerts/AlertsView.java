package com.solvent.app.alerts;

import com.solvent.app.controls.States;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The alert settings and log. Nodes and bindings only. */
public final class AlertsView extends VBox {
    public static final String STYLE_CLASS = "alerts";
    public static final String LOG_ID = "alert-log";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    AlertsView(AlertsModel model) {
        getStyleClass().addAll(STYLE_CLASS, "pane");
        Label title = new Label("Alerts");
        title.getStyleClass().add("pane-title");

        Spinner<Integer> threshold = new Spinner<>();
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(10, 100, (int) Math.round(model.threshold.get() * 100), 5);
        threshold.setValueFactory(factory);
        threshold.setEditable(true);
        threshold.setPrefWidth(90);
        factory.valueProperty().addListener((o, a, b) -> model.threshold.set(b / 100.0));
        Label thresholdLabel = new Label("Alert at margin ratio ≥ (%)");
        thresholdLabel.setLabelFor(threshold);
        HBox thresholdRow = new HBox(thresholdLabel, threshold);
        thresholdRow.getStyleClass().add("form-row");

        Spinner<Integer> distance = new Spinner<>();
        SpinnerValueFactory.IntegerSpinnerValueFactory distanceFactory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 50, (int) Math.round(model.distance.get() * 100), 1);
        distance.setValueFactory(distanceFactory);
        distance.setEditable(true);
        distance.setPrefWidth(90);
        distanceFactory.valueProperty().addListener((o, a, b) -> model.distance.set(b / 100.0));
        Label distanceLabel = new Label("Alert at liquidation price within (%)");
        distanceLabel.setLabelFor(distance);
        HBox distanceRow = new HBox(distanceLabel, distance);
        distanceRow.getStyleClass().add("form-row");

        CheckBox notify = new CheckBox("Desktop notifications");
        notify.selectedProperty().bindBidirectional(model.notify);

        ListView<Alert> log = new ListView<>(model.log);
        log.setId(LOG_ID);
        log.getStyleClass().add("alert-log");
        Label empty = new Label("No alerts yet", new FontIcon(MaterialDesignB.BELL_OUTLINE));
        empty.getStyleClass().add("empty-state");
        log.setPlaceholder(empty);
        log.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Alert alert, boolean isEmpty) {
                super.updateItem(alert, isEmpty);
                setText(isEmpty || alert == null ? null : TIME.format(alert.at()) + "  " + alert.message());
                setGraphic(isEmpty || alert == null ? null : new FontIcon(MaterialDesignB.BELL_RING_OUTLINE));
                pseudoClassStateChanged(States.WARNING, !isEmpty && alert != null);
            }
        });
        VBox.setVgrow(log, Priority.ALWAYS);
        getChildren().addAll(title, thresholdRow, distanceRow, notify, log);
    }
}
