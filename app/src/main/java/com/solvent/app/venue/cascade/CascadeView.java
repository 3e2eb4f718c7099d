package com.solvent.app.venue.cascade;

import com.solvent.app.cli.risk.CascadeRow;
import com.solvent.app.controls.NumberCell;
import com.solvent.app.format.ScreenFormat;
import com.solvent.app.venue.DeskControls;
import com.solvent.app.venue.EmptyStatePane;
import com.solvent.app.venue.ExportFormat;
import com.solvent.model.cascade.CascadeResult;
import com.solvent.model.stress.LiquidationTotals;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;

/**
 * The cascade form (asset, shock, depth and the other settings), the price path as a chart, the
 * totals, and one table row per round. Nodes and bindings only.
 */
public final class CascadeView extends VBox {
    public static final String STYLE_CLASS = "venue-cascade";
    public static final String ASSET_ID = "cascade-asset";
    public static final String SHOCK_ID = "cascade-shock";
    public static final String DEPTH_ID = "cascade-depth";
    public static final String RUN_ID = "cascade-run";
    public static final String CANCEL_ID = "cascade-cancel";
    public static final String ROUNDS_ID = "cascade-rounds";
    public static final String PATH_ID = "cascade-path";
    public static final String TOTALS_ID = "cascade-totals";

    private final LineChart<Number, Number> path;
    private final Label totals = new Label();

    CascadeView(CascadeModel model, CascadeController controller) {
        getStyleClass().addAll(STYLE_CLASS, "pane", "desk-pane");

        Label title = new Label("Liquidation cascade");
        title.getStyleClass().add("pane-title");
        Button run = DeskControls.button("Run cascade", MaterialDesignP.PLAY, RUN_ID, controller::run);
        run.disableProperty().bind(controller.job().runningProperty().or(model.ready.not()));
        Button cancel = DeskControls.cancelButton(controller.job(), CANCEL_ID);
        Button csv = DeskControls.exportButton("CSV…", () -> controller.export(getScene().getWindow(), ExportFormat.CSV));
        Button json = DeskControls.exportButton("JSON…", () -> controller.export(getScene().getWindow(), ExportFormat.JSON));
        csv.disableProperty().bind(model.outcome.isNull());
        json.disableProperty().bind(model.outcome.isNull());
        HBox header = new HBox(title, run, cancel, DeskControls.jobStatus(controller.job()), DeskControls.spacer(), csv,
                json);
        header.getStyleClass().addAll("desk-header", "form-row");

        ComboBox<String> asset = new ComboBox<>(model.assets);
        asset.setId(ASSET_ID);
        asset.valueProperty().bindBidirectional(model.asset);
        GridPane form = new GridPane();
        form.getStyleClass().add("editor-grid");
        form.addRow(0, DeskControls.caption("Asset"), asset, DeskControls.caption("Shock %"), field(model.shock, SHOCK_ID, 5,
                "Initial move of the asset, percent, e.g. -20"));
        form.addRow(1, DeskControls.caption("Depth USD"), field(model.depth, DEPTH_ID, 7,
                "Net notional sold whose sale moves the asset's price by -impact, e.g. 50M"),
                DeskControls.caption("Other assets' depth USD"), field(model.otherDepth, null, 7,
                        "Depth of every other asset whose positions get liquidated; blank: their prices do not move"));
        form.addRow(2, DeskControls.caption("Impact"), field(model.impact, null, 5,
                "Impact coefficient: selling the depth moves the price by -impact x 100%"),
                DeskControls.caption("Tolerance %"), field(model.tolerance, null, 5,
                        "Stop when no price moves more than this in a round"));
        form.addRow(3, DeskControls.caption("Max rounds"), field(model.maxRounds, null, 5, "Round limit"),
                DeskControls.caption("Insurance fund USD"), field(model.insuranceFund, null, 7, "Insurance fund at the start"));
        Label rule = new Label("Price after each round = shocked price × (1 − impact × net notional sold / depth); "
                + "whole accounts are re-evaluated every round.");
        rule.getStyleClass().add("field-caption");
        rule.setWrapText(true);
        Label error = new Label();
        error.getStyleClass().add("input-error");
        error.setWrapText(true);
        error.textProperty().bind(model.formError);
        error.visibleProperty().bind(model.formError.isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        totals.setId(TOTALS_ID);
        totals.getStyleClass().add("cascade-totals");
        totals.setWrapText(true);
        totals.visibleProperty().bind(model.outcome.isNotNull());
        totals.managedProperty().bind(totals.visibleProperty());
        VBox left = new VBox(form, rule, error, totals);
        left.getStyleClass().add("cascade-form");

        NumberAxis rounds = new NumberAxis();
        rounds.setLabel("Round (last point: the price after the last round)");
        rounds.setMinorTickVisible(false);
        rounds.setTickUnit(1);
        rounds.setForceZeroInRange(true);
        NumberAxis prices = new NumberAxis();
        prices.setForceZeroInRange(false);
        prices.setTickLabelFormatter(DeskControls.ticks(ScreenFormat::plainPrice));
        path = new LineChart<>(rounds, prices);
        path.setId(PATH_ID);
        path.setTitle("Price path");
        path.setLegendVisible(false);
        path.setAnimated(false);
        path.getStyleClass().addAll("desk-chart", "price-path");
        path.visibleProperty().bind(model.outcome.isNotNull());
        Label noPath = new Label("The price path appears here after a run, round by round.");
        noPath.getStyleClass().add("field-caption");
        noPath.visibleProperty().bind(model.outcome.isNull());
        StackPane chart = new StackPane(path, noPath);
        HBox.setHgrow(chart, Priority.ALWAYS);
        HBox top = new HBox(left, chart);
        top.getStyleClass().add("cascade-top");

        TableView<CascadeRow> table = rounds(model);
        SplitPane body = new SplitPane(top, table);
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.55);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header, body);

        model.outcome.subscribe(this::show);
    }


    private static TextField field(javafx.beans.property.StringProperty value, String id, int columns, String help) {
        TextField field = new TextField();
        if (id != null) {
            field.setId(id);
        }
        field.textProperty().bindBidirectional(value);
        field.setPrefColumnCount(columns);
        field.setTooltip(new Tooltip(help));
        return field;
    }


    private void show(CascadeOutcome outcome) {
        path.getData().clear();
        if (outcome == null) {
            totals.setText("");
            path.getYAxis().setLabel("");
            return;
        }
        CascadeResult r = outcome.result();
        path.getYAxis().setLabel(outcome.asset() + " price, USD");
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        List<Double> points = r.pricePath(outcome.asset());
        for (int i = 0; i < points.size(); i++) {
            XYChart.Data<Number, Number> point = new XYChart.Data<>(i, points.get(i));
            StackPane dot = new StackPane();
            dot.getStyleClass().add("path-point");
            String when = i < r.rounds().size() ? "Round " + i : "After round " + (r.rounds().size() - 1);
            Tooltip.install(dot, new Tooltip(when + ": " + ScreenFormat.price(points.get(i))));
            point.setNode(dot);
            series.getData().add(point);
        }
        NumberAxis rounds = (NumberAxis) path.getXAxis();
        rounds.setAutoRanging(false);
        rounds.setLowerBound(0);
        rounds.setUpperBound(Math.max(1, points.size() - 1));
        rounds.setTickUnit(Math.max(1, Math.ceil((points.size() - 1) / 10.0)));
        path.getData().add(series);
        totals.setText(totalsText(outcome));
    }

    /** The cascade's outcome in a few lines, as {@code solvent cascade} prints them. */
    static String totalsText(CascadeOutcome outcome) {
        CascadeResult r = outcome.result();
        LiquidationTotals t = r.totals();
        double before = outcome.priceBefore();
        double after = r.finalMarks().get(outcome.asset());
        return String.format(Locale.ROOT, "%s after %d round%s. %s %s → %s (%s from before the shock).%n"
                        + "Liquidations: %,d account-rounds, notional %s. Penalties %s.%n"
                        + "Insurance fund draw %s (fund after %s). Bad debt %s; %,d account%s auto-deleveraged.",
                r.converged() ? "Converged" : "NOT converged (round limit reached)", r.rounds().size(),
                r.rounds().size() == 1 ? "" : "s", outcome.asset(),
                ScreenFormat.price(before), ScreenFormat.price(after), ScreenFormat.signedPercent(after / before - 1),
                t.accountsLiquidated(), ScreenFormat.usd(t.notionalLiquidated()), ScreenFormat.usd(t.penalties()),
                ScreenFormat.usd(t.insuranceDraw()), ScreenFormat.usd(r.insuranceFundAfter()), ScreenFormat.usd(t.badDebt()),
                t.accountsDeleveraged(), t.accountsDeleveraged() == 1 ? "" : "s");
    }

    private static TableView<CascadeRow> rounds(CascadeModel model) {
        TableView<CascadeRow> table = new TableView<>();
        table.setId(ROUNDS_ID);
        table.getStyleClass().add("cascade-rounds");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new EmptyStatePane(model.empty));
        table.getColumns().add(numeric("Round", "Round: 0 at the shocked price", CascadeRow::round,
                v -> Long.toString((long) v)));
        table.getColumns().add(numeric("Price", "The shocked asset's price in the round, USD", CascadeRow::priceUsd,
                ScreenFormat::plainPrice));
        table.getColumns().add(numeric("Liquidated", "Accounts liquidated in the round", CascadeRow::accountsLiquidated,
                v -> String.format(Locale.ROOT, "%,d", (long) v)));
        table.getColumns().add(numeric("Notional liq.", "Notional liquidated in the round, USD",
                CascadeRow::notionalLiquidatedUsd, ScreenFormat::compactWhole));
        table.getColumns().add(numeric("Net sold", "Net notional of the asset sold by the round's liquidations, USD "
                + "(buying counts negative)", CascadeRow::netSoldUsd, ScreenFormat::compactWhole));
        table.getColumns().add(numeric("Penalties", "Liquidation penalties paid, USD", CascadeRow::penaltiesUsd,
                ScreenFormat::compactWhole));
        table.getColumns().add(numeric("Fund draw", "Paid by the insurance fund, USD", CascadeRow::insuranceDrawUsd,
                ScreenFormat::compactWhole));
        table.getColumns().add(numeric("Bad debt", "Negative equity the fund could not cover, USD", CascadeRow::badDebtUsd,
                ScreenFormat::compactWhole));
        table.getColumns().add(numeric("ADL", "Counterparty accounts auto-deleveraged", CascadeRow::accountsDeleveraged,
                v -> String.format(Locale.ROOT, "%,d", (long) v)));
        ObservableList<CascadeRow> rows = FXCollections.observableArrayList();
        table.setItems(rows);
        model.outcome.subscribe(o -> rows.setAll(o == null ? List.of() : o.rows()));
        return table;
    }

    private static TableColumn<CascadeRow, CascadeRow> numeric(String title, String meaning,
                                                               ToDoubleFunction<CascadeRow> value,
                                                               DoubleFunction<String> format) {
        TableColumn<CascadeRow, CascadeRow> column = new TableColumn<>();
        Label label = new Label(title);
        label.setTooltip(new Tooltip(meaning));
        column.setGraphic(label);
        column.setId(title);
        column.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        column.setCellFactory(c -> new NumberCell<CascadeRow, CascadeRow>(value, format, r -> false, CascadeRow::round));
        column.getStyleClass().add("numeric-column");
        column.setSortable(false);
        return column;
    }
}
