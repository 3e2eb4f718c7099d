package com.solvent.app.venue.stress;

import com.solvent.app.cli.risk.StressAccountRow;
import com.solvent.app.cli.risk.StressRow;
import com.solvent.app.controls.NumberCell;
import com.solvent.app.format.ScreenFormat;
import com.solvent.app.venue.DeskControls;
import com.solvent.app.venue.EmptyStatePane;
import com.solvent.app.venue.ExportFormat;
import com.solvent.model.stress.StressScenario;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;

/**
 * The stress library beside its editor, the run controls, and the results table: one line per
 * scenario with accounts and notional liquidated, penalties, insurance-fund draw, bad debt and the
 * accounts auto-deleveraged. Nodes and bindings only.
 */
public final class StressView extends VBox {
    public static final String STYLE_CLASS = "venue-stress";
    public static final String LIBRARY_ID = "stress-library";
    public static final String NAME_ID = "stress-name";
    public static final String DESCRIPTION_ID = "stress-description";
    public static final String SAVE_ID = "stress-save";
    public static final String RUN_ID = "stress-run";
    public static final String RUN_ALL_ID = "stress-run-all";
    public static final String CANCEL_ID = "stress-cancel";
    public static final String RESULTS_ID = "stress-results";
    public static final String FUND_ID = "stress-fund";
    public static final String IMPORT_ID = "stress-import";
    public static final String DETAIL_ID = "stress-accounts";
    public static final String DETAIL_TITLE_ID = "stress-accounts-title";
    public static final String DETAIL_CSV_ID = "stress-accounts-csv";
    public static final String EXPORT_LIBRARY_ID = "stress-export-library";

    private final VBox shockRows = new VBox();

    StressView(StressModel model, StressController controller) {
        getStyleClass().addAll(STYLE_CLASS, "pane", "desk-pane");

        Label title = new Label("Stress tests");
        title.getStyleClass().add("pane-title");
        TextField fund = new TextField();
        fund.setId(FUND_ID);
        fund.setPrefColumnCount(7);
        fund.textProperty().bindBidirectional(model.insuranceFund);
        fund.setTooltip(new Tooltip("Insurance fund before each scenario, USD (e.g. 0, 250k, 5M)"));
        Button run = DeskControls.button("Run selected", MaterialDesignP.PLAY, RUN_ID, controller::runSelected);
        Button runAll = DeskControls.button("Run all", MaterialDesignP.PLAY_BOX_MULTIPLE_OUTLINE, RUN_ALL_ID,
                controller::runAll);
        run.disableProperty().bind(controller.job().runningProperty().or(model.ready.not()));
        runAll.disableProperty().bind(controller.job().runningProperty().or(model.ready.not()));
        Button cancel = DeskControls.cancelButton(controller.job(), CANCEL_ID);
        Button csv = DeskControls.exportButton("CSV…", () -> controller.export(getScene().getWindow(), ExportFormat.CSV));
        Button json = DeskControls.exportButton("JSON…", () -> controller.export(getScene().getWindow(), ExportFormat.JSON));
        csv.disableProperty().bind(model.outcome.isNull());
        json.disableProperty().bind(model.outcome.isNull());
        HBox header = new HBox(title, DeskControls.caption("Insurance fund"), fund, DeskControls.caption("USD"), run,
                runAll, cancel, DeskControls.jobStatus(controller.job()), DeskControls.spacer(), csv, json);
        header.getStyleClass().addAll("desk-header", "form-row");

        SplitPane top = new SplitPane(library(model, controller), editor(model, controller));
        top.setOrientation(Orientation.HORIZONTAL);
        top.setDividerPositions(0.32);
        top.getStyleClass().add("stress-top");

        TableView<StressRow> results = results(model);
        results.getSelectionModel().selectedItemProperty().subscribe(row -> {
            if (row != null) {
                model.detailScenario.set(row.scenario());
            }
        });
        model.detailScenario.subscribe(name -> {
            StressRow selected = results.getSelectionModel().getSelectedItem();
            if (name != null && (selected == null || !selected.scenario().equals(name))) {
                results.getItems().stream().filter(r -> r.scenario().equals(name)).findFirst()
                        .ifPresent(r -> results.getSelectionModel().select(r));
            }
        });
        SplitPane bottom = new SplitPane(results, detail(model, controller));
        bottom.setOrientation(Orientation.HORIZONTAL);
        bottom.setDividerPositions(0.62);
        SplitPane body = new SplitPane(top, bottom);
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.5);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header, body);
    }



    private VBox library(StressModel model, StressController controller) {
        Label title = new Label("Scenario library");
        title.getStyleClass().add("section-title");
        ListView<StressScenario> list = new ListView<>(model.library);
        list.setId(LIBRARY_ID);
        list.getStyleClass().add("scenario-list");
        list.setCellFactory(l -> new ScenarioCell());
        list.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() != model.selected.get() && b.intValue() >= 0) {
                controller.select(b.intValue());
            }
        });
        model.selected.subscribe(i -> {
            if (list.getSelectionModel().getSelectedIndex() != i.intValue()) {
                list.getSelectionModel().select(i.intValue());
            }
        });
        model.library.addListener((ListChangeListener<StressScenario>) c -> {
            if (list.getSelectionModel().getSelectedIndex() != model.selected.get()) {
                list.getSelectionModel().select(model.selected.get());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Button add = DeskControls.button("Add", MaterialDesignP.PLUS, null, controller::addScenario);
        Button duplicate = DeskControls.button("Duplicate", MaterialDesignC.CONTENT_COPY, null, controller::duplicate);
        Button remove = DeskControls.button("Remove", MaterialDesignD.DELETE_OUTLINE, null, controller::removeSelected);
        Button reset = DeskControls.button("Defaults", MaterialDesignR.RESTORE, null, () -> {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Replace your scenarios with the standard library?",
                    ButtonType.OK, ButtonType.CANCEL);
            confirm.setHeaderText("Reset to defaults");
            if (getScene() != null) {
                confirm.initOwner(getScene().getWindow());
            }
            confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(b -> controller.resetToDefaults());
        });
        reset.setTooltip(new Tooltip("Reset the library to the standard scenarios"));
        remove.disableProperty().bind(model.selected.lessThan(0));
        duplicate.disableProperty().bind(model.selected.lessThan(0));
        Button importLibrary = DeskControls.button("Import…", MaterialDesignF.FILE_IMPORT_OUTLINE, IMPORT_ID,
                () -> controller.importLibrary(getScene().getWindow()));
        importLibrary.setTooltip(new Tooltip("Replace the library by a stress-library file (the format solvent stress "
                + "--library reads)"));
        Button exportLibrary = DeskControls.button("Export…", MaterialDesignF.FILE_EXPORT_OUTLINE, EXPORT_LIBRARY_ID,
                () -> controller.exportLibrary(getScene().getWindow()));
        exportLibrary.setTooltip(new Tooltip("Save the library as a stress-library file"));
        // wraps onto a second line in a narrow pane instead of shortening the labels
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(6, 6, add, duplicate, remove, reset,
                importLibrary, exportLibrary);
        buttons.getStyleClass().add("library-buttons");
        VBox box = new VBox(title, list, buttons);
        box.getStyleClass().add("stress-library");
        return box;
    }

    private VBox editor(StressModel model, StressController controller) {
        Label title = new Label("Scenario");
        title.getStyleClass().add("section-title");
        TextField name = new TextField();
        name.setId(NAME_ID);
        name.textProperty().bindBidirectional(model.name);
        name.setPrefColumnCount(14);
        TextField description = new TextField();
        description.setId(DESCRIPTION_ID);
        description.textProperty().bindBidirectional(model.description);
        GridPane fields = new GridPane();
        fields.getStyleClass().add("editor-grid");
        fields.addRow(0, DeskControls.caption("Name"), name);
        fields.addRow(1, DeskControls.caption("Description"), description);
        GridPane.setHgrow(description, Priority.ALWAYS);

        Label shocksTitle = new Label("Price shocks, applied in order (a frozen oracle last)");
        shocksTitle.getStyleClass().add("field-caption");
        shockRows.getStyleClass().add("shock-rows");
        model.shocks.subscribe(() -> rebuildShocks(model, controller));
        rebuildShocks(model, controller);

        Button addShock = DeskControls.button("Add shock", MaterialDesignP.PLUS, null, controller::addShock);
        Button save = DeskControls.button("Save scenario", MaterialDesignC.CONTENT_SAVE_OUTLINE, SAVE_ID, controller::saveEdits);
        save.disableProperty().bind(model.selected.lessThan(0));
        Button revert = DeskControls.button("Revert", MaterialDesignU.UNDO, null, () -> controller.select(model.selected.get()));
        HBox buttons = new HBox(addShock, save, revert);
        buttons.getStyleClass().add("form-row");
        Label error = new Label();
        error.getStyleClass().add("input-error");
        error.setWrapText(true);
        error.textProperty().bind(model.editError);
        error.visibleProperty().bind(model.editError.isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(shockRows);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("shock-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox box = new VBox(title, fields, shocksTitle, scroll, buttons, error);
        box.getStyleClass().add("stress-editor");
        box.disableProperty().bind(model.selected.lessThan(0));
        return box;
    }

    private void rebuildShocks(StressModel model, StressController controller) {
        shockRows.getChildren().clear();
        for (ShockDraft shock : model.shocks) {
            ComboBox<ShockKind> kind = new ComboBox<>(FXCollections.observableArrayList(ShockKind.values()));
            kind.valueProperty().bindBidirectional(shock.kind);
            TextField asset = field(shock.asset, "asset", 5);
            TextField first = field(shock.first, "", 6);
            TextField second = field(shock.second, "", 5);
            Label firstUnit = new Label();
            firstUnit.getStyleClass().add("field-caption");
            Label secondUnit = new Label();
            secondUnit.getStyleClass().add("field-caption");
            Button remove = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
            remove.getStyleClass().add("flat-button");
            remove.setAccessibleText("Remove this shock");
            remove.setOnAction(e -> controller.removeShock(shock));
            shock.kind.subscribe(k -> {
                show(asset, k.usesAsset());
                first.setPromptText(k.firstField());
                show(first, !k.firstField().isEmpty());
                firstUnit.setText(k.firstField());
                show(firstUnit, !k.firstField().isEmpty());
                second.setPromptText(k.secondField());
                show(second, !k.secondField().isEmpty());
                secondUnit.setText(k.secondField());
                show(secondUnit, !k.secondField().isEmpty());
                first.setTooltip(k.firstField().isEmpty() ? null : new Tooltip(k.firstField()));
                second.setTooltip(k.secondField().isEmpty() ? null : new Tooltip(k.secondField()));
            });
            HBox row = new HBox(kind, asset, first, firstUnit, second, secondUnit, remove);
            row.getStyleClass().addAll("form-row", "shock-row");
            shockRows.getChildren().add(row);
        }
        if (model.shocks.isEmpty()) {
            Label none = new Label("No shock: prices stay as they are.");
            none.getStyleClass().add("field-caption");
            shockRows.getChildren().add(none);
        }
    }

    private static void show(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private static TextField field(javafx.beans.property.StringProperty value, String prompt, int columns) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(value);
        field.setPromptText(prompt);
        field.setPrefColumnCount(columns);
        return field;
    }

    /** The accounts the selected scenario liquidated or deleveraged, with its own exports. */
    private VBox detail(StressModel model, StressController controller) {
        Label title = new Label();
        title.setId(DETAIL_TITLE_ID);
        title.getStyleClass().add("pane-subtitle");
        title.textProperty().bind(model.detailScenario.map(s -> "Accounts liquidated in " + s)
                .orElse("Accounts liquidated"));
        Button csv = DeskControls.exportButton("CSV…", () -> controller.exportAccounts(getScene().getWindow(), ExportFormat.CSV));
        csv.setId(DETAIL_CSV_ID);
        Button json = DeskControls.exportButton("JSON…", () -> controller.exportAccounts(getScene().getWindow(),
                ExportFormat.JSON));
        csv.disableProperty().bind(model.detailScenario.isNull());
        json.disableProperty().bind(model.detailScenario.isNull());
        HBox header = new HBox(title, DeskControls.spacer(), csv, json);
        header.getStyleClass().add("form-row");

        TableView<StressAccountRow> table = new TableView<>();
        table.setId(DETAIL_ID);
        table.getStyleClass().add("stress-accounts");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label none = new Label();
        none.getStyleClass().add("field-caption");
        none.setWrapText(true);
        none.textProperty().bind(model.detailScenario.map(s -> s + " liquidates no account and deleverages none.")
                .orElse("Run a scenario, then pick it in the results: its liquidated accounts are listed here."));
        table.setPlaceholder(none);
        TableColumn<StressAccountRow, String> account = new TableColumn<>("Account");
        account.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().label().isEmpty()
                ? cd.getValue().account() : cd.getValue().label()));
        account.setPrefWidth(130);
        table.getColumns().add(account);
        table.getColumns().add(accountText("Liquidated", "Whether the sweep liquidated it (else it was only "
                + "auto-deleveraged); \"shortfall\": it held no position, only collateral and debt, and the "
                + "scenario's prices left the collateral short of the debt (its bad debt)",
                r -> r.collateralShortfall() ? "shortfall" : r.liquidated() ? "yes" : "no", 84));
        table.getColumns().add(accountUsd("Notional liq.", "Notional its liquidation closed, USD",
                StressAccountRow::notionalLiquidatedUsd));
        table.getColumns().add(accountUsd("Penalty", "Liquidation penalty charged, USD", StressAccountRow::penaltyUsd));
        table.getColumns().add(accountUsd("Bad debt", "Negative equity left uncovered after the insurance fund, USD",
                StressAccountRow::badDebtUsd));
        table.getColumns().add(accountText("ADL'd", "Whether auto-deleveraging closed some of its positions (at "
                + "the bankrupt accounts' bankruptcy prices)", r -> r.autoDeleveraged() ? "yes" : "no", 56));
        ObservableList<StressAccountRow> rows = FXCollections.observableArrayList();
        table.setItems(rows);
        Runnable fill = () -> {
            StressOutcome outcome = model.outcome.get();
            String scenario = model.detailScenario.get();
            rows.setAll(outcome == null || scenario == null ? List.of() : outcome.accounts(scenario));
        };
        model.outcome.subscribe(o -> fill.run());
        model.detailScenario.subscribe(s -> fill.run());
        VBox box = new VBox(header, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.getStyleClass().add("stress-detail");
        return box;
    }

    private static TableColumn<StressAccountRow, String> accountText(String title, String meaning,
                                                                     java.util.function.Function<StressAccountRow, String> value,
                                                                     double width) {
        TableColumn<StressAccountRow, String> column = new TableColumn<>();
        Label label = new Label(title);
        label.setTooltip(new Tooltip(meaning));
        column.setGraphic(label);
        column.setId(title);
        column.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(width);
        return column;
    }

    private static TableColumn<StressAccountRow, StressAccountRow> accountUsd(String title, String meaning,
                                                                              ToDoubleFunction<StressAccountRow> value) {
        TableColumn<StressAccountRow, StressAccountRow> column = new TableColumn<>();
        Label label = new Label(title);
        label.setTooltip(new Tooltip(meaning));
        column.setGraphic(label);
        column.setId(title);
        column.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        column.setCellFactory(c -> new NumberCell<StressAccountRow, StressAccountRow>(value, ScreenFormat::compactWhole,
                StressAccountRow::uncertain, StressAccountRow::account));
        column.getStyleClass().add("numeric-column");
        column.setPrefWidth(100);
        column.setMinWidth(80);
        return column;
    }

    private static TableView<StressRow> results(StressModel model) {
        TableView<StressRow> table = new TableView<>();
        table.setId(RESULTS_ID);
        table.getStyleClass().add("stress-results");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new EmptyStatePane(model.empty));
        TableColumn<StressRow, String> scenario = new TableColumn<>("Scenario");
        scenario.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().scenario()));
        scenario.setPrefWidth(150);
        table.getColumns().add(scenario);
        table.getColumns().add(count("Liquidated", "Accounts liquidated (at least one margin group)",
                StressRow::accountsLiquidated));
        table.getColumns().add(count("Bankrupt", "Of those, accounts bankrupt (equity <= 0) when liquidation began",
                StressRow::accountsBankrupt));
        table.getColumns().add(usd("Notional liq.", "Notional liquidated, USD", StressRow::notionalLiquidatedUsd));
        table.getColumns().add(usd("Penalties", "Liquidation penalties paid, USD", StressRow::penaltiesUsd));
        table.getColumns().add(usd("Fund draw", "Paid by the insurance fund to cover negative equity, USD",
                StressRow::insuranceDrawUsd));
        table.getColumns().add(usd("Bad debt", "Negative equity the insurance fund could not cover, USD",
                StressRow::badDebtUsd));
        table.getColumns().add(count("ADL", "Counterparty accounts auto-deleveraged", StressRow::accountsDeleveraged));
        table.getColumns().add(count("Uncertain", "Accounts valued with a price that is not FRESH (a frozen oracle "
                + "hides them from liquidation)", StressRow::accountsUncertain));
        table.getColumns().add(count("Failed", "Accounts the engine could not evaluate", StressRow::accountsFailed));
        ObservableList<StressRow> rows = FXCollections.observableArrayList();
        table.setItems(rows);
        model.outcome.subscribe(o -> rows.setAll(o == null ? List.of() : o.rows()));
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<StressRow> row = new javafx.scene.control.TableRow<>();
            Tooltip description = new Tooltip();
            row.itemProperty().subscribe(item -> {
                if (item != null) {
                    description.setText(item.description() + (item.staleAssets().isEmpty() ? ""
                            : " (stale: " + item.staleAssets() + ")"));
                }
                row.setTooltip(item == null ? null : description);
            });
            return row;
        });
        return table;
    }

    private static TableColumn<StressRow, StressRow> usd(String title, String meaning, ToDoubleFunction<StressRow> value) {
        return numeric(title, meaning, value, ScreenFormat::compactWhole);
    }

    private static TableColumn<StressRow, StressRow> count(String title, String meaning, ToIntFunction<StressRow> value) {
        return numeric(title, meaning, r -> value.applyAsInt(r), v -> String.format(java.util.Locale.ROOT, "%,d", (long) v));
    }

    private static TableColumn<StressRow, StressRow> numeric(String title, String meaning, ToDoubleFunction<StressRow> value,
                                                             DoubleFunction<String> format) {
        TableColumn<StressRow, StressRow> column = new TableColumn<>();
        Label label = new Label(title);
        label.setTooltip(new Tooltip(meaning));
        column.setGraphic(label);
        column.setId(title);
        column.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        // a scenario's totals are not figures on a stale price (uncertain accounts have a column of their own)
        column.setCellFactory(c -> new NumberCell<StressRow, StressRow>(value, format, r -> false, StressRow::scenario));
        column.getStyleClass().add("numeric-column");
        column.setPrefWidth(90);
        return column;
    }

    /** Name over description. */
    private static final class ScenarioCell extends ListCell<StressScenario> {
        private final Label name = new Label();
        private final Label description = new Label();
        private final VBox box = new VBox(name, description);

        ScenarioCell() {
            name.getStyleClass().add("scenario-name");
            description.getStyleClass().add("scenario-description");
        }

        @Override
        protected void updateItem(StressScenario item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            name.setText(item.name());
            description.setText(item.description());
            setGraphic(box);
        }
    }
}
