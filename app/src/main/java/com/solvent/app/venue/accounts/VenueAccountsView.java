package com.solvent.app.venue.accounts;

import com.solvent.app.controls.HealthBadge;
import com.solvent.app.controls.MarginRatioBar;
import com.solvent.app.controls.NumberCell;
import com.solvent.app.format.ScreenFormat;
import com.solvent.app.venue.DeskControls;
import com.solvent.app.venue.EmptyStatePane;
import com.solvent.app.venue.ExportFormat;
import com.solvent.app.venue.VenueRow;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;

/**
 * Every account of the venue, ranked worst first: filters (margin mode, notional range, asset, health
 * chips with their counts), a summary line and the table. Enter or a double-click opens the account
 * in the trader's view. Nodes and bindings only.
 */
public final class VenueAccountsView extends VBox {
    public static final String STYLE_CLASS = "venue-accounts";
    public static final String TABLE_ID = "venue-table";
    public static final String MODE_ID = "venue-mode";
    public static final String MIN_NOTIONAL_ID = "venue-min-notional";
    public static final String MAX_NOTIONAL_ID = "venue-max-notional";
    public static final String ASSET_ID = "venue-asset";
    public static final String SUMMARY_ID = "venue-summary";
    public static final String CHIP_ID_PREFIX = "venue-chip-";
    public static final String EXPORT_CSV_ID = "venue-export-csv";
    public static final String EXPORT_JSON_ID = "venue-export-json";

    private final TableView<VenueRow> table = new TableView<>();
    private final ObservableList<VenueRow> items = FXCollections.observableArrayList();

    VenueAccountsView(VenueAccountsModel model, VenueAccountsController controller) {
        getStyleClass().addAll(STYLE_CLASS, "pane", "desk-pane");

        Label title = new Label("Venue accounts");
        title.getStyleClass().add("pane-title");
        Button csv = DeskControls.exportButton("CSV…", () -> controller.export(getScene().getWindow(), ExportFormat.CSV));
        Button json = DeskControls.exportButton("JSON…", () -> controller.export(getScene().getWindow(), ExportFormat.JSON));
        csv.setId(EXPORT_CSV_ID);
        json.setId(EXPORT_JSON_ID);
        HBox header = new HBox(title, DeskControls.spacer(), csv, json);
        header.getStyleClass().add("desk-header");

        ComboBox<ModeFilter> mode = new ComboBox<>(FXCollections.observableArrayList(ModeFilter.values()));
        mode.setId(MODE_ID);
        mode.valueProperty().bindBidirectional(model.mode);
        mode.setTooltip(new Tooltip("Margin mode: accounts holding a cross position, an isolated one, or both"));
        TextField min = amountField(MIN_NOTIONAL_ID, "min", model.minNotional);
        TextField max = amountField(MAX_NOTIONAL_ID, "max", model.maxNotional);
        ComboBox<String> asset = new ComboBox<>(model.assets);
        asset.setId(ASSET_ID);
        asset.valueProperty().bindBidirectional(model.asset);
        asset.setTooltip(new Tooltip("Accounts exposed to this asset: a position or option on it, or collateral priced by it"));
        Button clear = new Button("Clear filters", new FontIcon(MaterialDesignF.FILTER_REMOVE_OUTLINE));
        clear.setOnAction(e -> controller.clearFilters());
        HBox notional = new HBox(DeskControls.caption("Notional"), min, DeskControls.caption("to"), max, DeskControls.caption("USD"));
        notional.getStyleClass().add("form-row");
        HBox filters = new HBox(mode, notional, asset, clear);
        filters.getStyleClass().addAll("form-row", "venue-filters");

        FlowPane chips = new FlowPane();
        chips.getStyleClass().add("health-chips");
        Map<HealthChoice, ToggleButton> chipByChoice = new EnumMap<>(HealthChoice.class);
        for (HealthChoice choice : HealthChoice.values()) {
            ToggleButton chip = chip(choice, model, controller);
            chipByChoice.put(choice, chip);
            chips.getChildren().add(chip);
        }
        model.health.addListener((SetChangeListener<HealthChoice>) c ->
                chipByChoice.forEach((choice, chip) -> chip.setSelected(model.health.contains(choice))));
        model.selection.subscribe(s -> chipByChoice.forEach((choice, chip) ->
                chip.setText(s == null ? "" : String.format(java.util.Locale.ROOT, "%,d", choice.count(s.matching())))));

        Label summary = new Label();
        summary.setId(SUMMARY_ID);
        summary.getStyleClass().add("totals");
        summary.textProperty().bind(model.summary);
        Label error = new Label();
        error.getStyleClass().add("input-error");
        error.setWrapText(true);
        error.textProperty().bind(model.filterError);
        error.visibleProperty().bind(model.filterError.isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        buildTable(model, controller);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(header, filters, chips, error, summary, table);
    }

    /** Moves keyboard focus to the table, selecting the worst account when none is. */
    public void focusTable() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !items.isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }


    private static TextField amountField(String id, String prompt, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(6);
        field.setTooltip(new Tooltip("Notional bound in USD, e.g. 250000, 250k or 1.5M; blank for none"));
        // typed text applies on Enter or when the field loses focus, not at every keystroke
        field.setText(value.get());
        field.setOnAction(e -> value.set(field.getText()));
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                value.set(field.getText());
            }
        });
        value.addListener((o, a, b) -> {
            if (!b.equals(field.getText())) {
                field.setText(b);
            }
        });
        return field;
    }


    private static ToggleButton chip(HealthChoice choice, VenueAccountsModel model, VenueAccountsController controller) {
        HealthBadge badge = new HealthBadge();
        badge.show(choice.state(), false);
        ToggleButton chip = new ToggleButton("", badge);
        chip.setId(CHIP_ID_PREFIX + choice.name().toLowerCase(java.util.Locale.ROOT));
        chip.getStyleClass().add("health-chip");
        chip.setSelected(model.health.contains(choice));
        chip.setContentDisplay(javafx.scene.control.ContentDisplay.LEFT);
        chip.setTooltip(new Tooltip("Show or hide " + choice.word().toLowerCase(java.util.Locale.ROOT)
                + " accounts; the number counts those matching the other filters. Double-click: only these."));
        chip.setOnAction(e -> {
            if (chip.isSelected()) {
                model.health.add(choice);
            } else {
                model.health.remove(choice);
            }
        });
        chip.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                controller.showOnly(choice);
            }
        });
        return chip;
    }

    private void buildTable(VenueAccountsModel model, VenueAccountsController controller) {
        table.setId(TABLE_ID);
        table.getStyleClass().add("venue-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new EmptyStatePane(model.empty)
                .withAction("Clear filters", controller::clearFilters,
                        model.selection.map(s -> s != null && !s.filter().isAll() && s.rows().isEmpty())));
        table.setTooltip(new Tooltip("Enter or double-click: open the account in the trader's view · "
                + "click a header to sort, a third click returns to the ranking"));

        TableColumn<VenueRow, VenueRow> account = column("Account", "The account: its label, or its short address",
                VenueSort.Column.ACCOUNT);
        account.setCellFactory(c -> new AccountCell());
        account.setPrefWidth(260);
        account.setMinWidth(120);

        TableColumn<VenueRow, VenueRow> equity = number("Equity", "Equity, USD", VenueRow::equity,
                ScreenFormat::compactWhole, VenueSort.Column.EQUITY);
        TableColumn<VenueRow, VenueRow> maintenance = number("Maint.", "Maintenance requirement, USD",
                VenueRow::maintenanceRequirement, ScreenFormat::compactWhole, VenueSort.Column.MAINTENANCE);
        TableColumn<VenueRow, VenueRow> ratio = column("Margin", "Margin ratio: maintenance requirement / equity; "
                + "liquidatable at 100%", VenueSort.Column.MARGIN_RATIO);
        ratio.setCellFactory(c -> new RatioCell(model));
        ratio.setPrefWidth(150);
        ratio.setMinWidth(120);
        TableColumn<VenueRow, VenueRow> free = number("Free", "Free collateral, USD: cross equity above the cross "
                + "initial requirement", VenueRow::freeCollateral, ScreenFormat::compactWhole,
                VenueSort.Column.FREE_COLLATERAL);
        TableColumn<VenueRow, VenueRow> health = column("Health", "Worst health over the account's margin groups",
                VenueSort.Column.HEALTH);
        health.setCellFactory(c -> new HealthCell());
        health.setPrefWidth(130);
        health.setMinWidth(130);
        TableColumn<VenueRow, VenueRow> mode = column("Mode", "Margin mode of the account's positions",
                VenueSort.Column.MODE);
        mode.setCellFactory(c -> new TextCell(r -> r.mode().word()));
        mode.setPrefWidth(112);
        mode.setMinWidth(80);
        TableColumn<VenueRow, VenueRow> notional = number("Notional", "Open notional, USD: |size| x mark over positions "
                + "(options |size| x forward)", VenueRow::notional, ScreenFormat::compactWhole, VenueSort.Column.NOTIONAL);
        TableColumn<VenueRow, VenueRow> assets = column("Assets", "Assets the account is exposed to: its positions' "
                + "underlyings and its collateral", VenueSort.Column.ASSETS);
        assets.setCellFactory(c -> new TextCell(r -> String.join(" ", r.assets())));
        assets.setPrefWidth(120);
        assets.setMinWidth(70);

        table.getColumns().setAll(List.of(account, equity, maintenance, ratio, free, health, mode, notional, assets));
        table.setItems(items);
        table.setSortPolicy(t -> {
            TableColumn<VenueRow, ?> first = table.getSortOrder().isEmpty() ? null : table.getSortOrder().getFirst();
            model.sort.set(first == null ? VenueSort.RANKING : new VenueSort((VenueSort.Column) first.getUserData(),
                    first.getSortType() == TableColumn.SortType.DESCENDING));
            return true;
        });

        model.selection.subscribe(selection -> {
            VenueRow chosen = table.getSelectionModel().getSelectedItem();
            items.setAll(selection == null ? List.of() : selection.rows());
            if (chosen != null) {
                for (int i = 0; i < items.size(); i++) {
                    if (items.get(i).accountId().equals(chosen.accountId())) {
                        table.getSelectionModel().select(i);
                        break;
                    }
                }
            }
        });

        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                controller.open(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        table.setRowFactory(t -> {
            TableRow<VenueRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    controller.open(row.getItem());
                }
            });
            return row;
        });
    }

    private static TableColumn<VenueRow, VenueRow> column(String title, String meaning, VenueSort.Column sort) {
        TableColumn<VenueRow, VenueRow> column = new TableColumn<>();
        Label label = new Label(title);
        label.setTooltip(new Tooltip(meaning));
        column.setGraphic(label);
        column.setId(title);
        column.setUserData(sort);
        column.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        return column;
    }

    private static TableColumn<VenueRow, VenueRow> number(String title, String meaning, ToDoubleFunction<VenueRow> value,
                                                          DoubleFunction<String> format, VenueSort.Column sort) {
        TableColumn<VenueRow, VenueRow> column = column(title, meaning, sort);
        column.setCellFactory(c -> new NumberCell<VenueRow, VenueRow>(value, format, VenueRow::uncertain,
                VenueRow::accountId));
        column.setPrefWidth(84);
        column.setMinWidth(64);
        column.getStyleClass().add("numeric-column");
        return column;
    }

    /** Label, with the full id on hover. */
    private static final class AccountCell extends TableCell<VenueRow, VenueRow> {
        private final Tooltip id = new Tooltip();

        @Override
        protected void updateItem(VenueRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(item.label().isEmpty() ? item.shortId() : item.label() + "  " + item.shortId());
            id.setText(item.accountId() + (item.failure().isEmpty() ? "" : "\n" + item.failure()));
            setTooltip(id);
        }
    }

    private static final class TextCell extends TableCell<VenueRow, VenueRow> {
        private final java.util.function.Function<VenueRow, String> text;

        TextCell(java.util.function.Function<VenueRow, String> text) {
            this.text = text;
        }

        @Override
        protected void updateItem(VenueRow item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : text.apply(item));
        }
    }

    private static final class RatioCell extends TableCell<VenueRow, VenueRow> {
        private final MarginRatioBar bar = new MarginRatioBar();

        RatioCell(VenueAccountsModel model) {
            bar.warningLevelProperty().bind(model.warningLevel);
        }

        @Override
        protected void updateItem(VenueRow item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            boolean shown = item.evaluated() && !item.empty();
            bar.uncertainProperty().set(shown && item.uncertain());
            bar.marginRatioProperty().set(shown ? item.marginRatio() : Double.NaN);
            setGraphic(bar);
        }
    }

    private static final class HealthCell extends TableCell<VenueRow, VenueRow> {
        private final HealthBadge badge = new HealthBadge();
        private final Tooltip why = new Tooltip();

        @Override
        protected void updateItem(VenueRow item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            badge.show(item.health(), item.uncertain(), item.empty());
            setGraphic(badge);
            String reason = !item.failure().isEmpty() ? item.failure()
                    : item.uncertain() ? "A price this account depends on is not fresh: its figures may be out of date" : null;
            if (reason != null) {
                why.setText(reason);
            }
            setTooltip(reason == null ? null : why);
        }
    }
}
