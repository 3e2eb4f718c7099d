package com.solvent.app.profile;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

/** Equity and maintenance requirement against one asset's price. Nodes and bindings only. */
public final class ProfileView extends VBox {
    public static final String STYLE_CLASS = "risk-profile";

    private final XYChart.Series<Number, Number> equity = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> maintenance = new XYChart.Series<>();

    ProfileView(ProfileModel model) {
        getStyleClass().addAll(STYLE_CLASS, "pane");
        Label title = new Label("Risk profile");
        title.getStyleClass().add("pane-title");
        ComboBox<String> asset = new ComboBox<>(model.assets);
        asset.valueProperty().bindBidirectional(model.asset);
        Label assetLabel = new Label("Price of");
        assetLabel.setLabelFor(asset);
        HBox chooser = new HBox(assetLabel, asset);
        chooser.getStyleClass().add("form-row");

        NumberAxis x = new NumberAxis();
        x.setLabel("Price, USD");
        x.setForceZeroInRange(false);
        NumberAxis y = new NumberAxis();
        y.setLabel("USD");
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        equity.setName("Equity");
        maintenance.setName("Maintenance requirement");
        chart.getData().setAll(List.of(equity, maintenance));
        VBox.setVgrow(chart, Priority.ALWAYS);

        Label note = new Label("Whole account, other prices held: where equity meets the maintenance requirement "
                + "the cross pool is liquidatable. Isolated positions are liquidated on their own (see their liquidation prices).");
        note.getStyleClass().add("explanation-method");
        note.setWrapText(true);

        getChildren().addAll(title, chooser, chart, note);
        model.points.subscribe(this::show);
    }

    private void show(List<RiskProfile.Point> points) {
        equity.getData().setAll(points.stream()
                .map(p -> new XYChart.Data<Number, Number>(p.price(), p.equity())).toList());
        maintenance.getData().setAll(points.stream()
                .map(p -> new XYChart.Data<Number, Number>(p.price(), p.maintenance())).toList());
    }
}
