package com.solvent.app.watchlist;

import com.solvent.app.controls.HealthBadge;
import com.solvent.app.controls.MarginRatioBar;
import com.solvent.app.controls.NumberCell;
import com.solvent.app.export.CsvExport;
import com.solvent.app.format.ScreenFormat;
import com.solvent.app.history.Sparkline;
import com.solvent.model.risk.AccountResult;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.HealthState;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;

/** The watchlist: an add form over a sortable table of watched accounts. Nodes and bindings only. */
public final class WatchlistView extends VBox {
    public static final String STYLE_CLASS = "watchlist";
    public static final String ADDRESS_FIELD_ID = "watch-address";
    public static final String LABEL_FIELD_ID = "watch-label";
    public static final String ADD_BUTTON_ID = "watch-add";
    public static final String ERROR_ID = "watch-error";
    public static final String TABLE_ID = "watch-table";
    public static final String EMPTY_TEXT = "No accounts yet — add an address";

    private final TextField address = new TextField();
    private final TableView<WatchRow> table = new TableView<>();

    WatchlistView(WatchlistModel model, WatchlistController controller) {
        getStyleClass().addAll(STYLE_CLASS, "pane");

        Label title = new Label("Watchlist");
        title.getStyleClass().add("pane-title");

        address.setId(ADDRESS_FIELD_ID);
        address.setPromptText("0x… address");
        address.getStyleClass().add("address-field");
        address.textProperty().bindBidirectional(model.addressInput);
        HBox.setHgrow(address, Priority.ALWAYS);
        TextField label = new TextField();
        label.setId(LABEL_FIELD_ID);
        label.setPromptText("Label");
        label.setPrefColumnCount(8);
        label.textProperty().bindBidirectional(model.labelInput);
        Button add = new Button("_Add", new FontIcon(MaterialDesignA.ACCOUNT_PLUS));
        add.setMnemonicParsing(true);
        add.setTooltip(new Tooltip("Watch this address (Enter in the fields, Alt+A)"));
        address.setTooltip(new Tooltip("Account address, 0x and 40 hex digits (Ctrl+L to get here)"));
        add.setId(ADD_BUTTON_ID);
        add.setDefaultButton(false);
        add.setOnAction(e -> controller.addFromInput());
        address.setOnAction(e -> controller.addFromInput());
        label.setOnAction(e -> controller.addFromInput());
        HBox form = new HBox(address, label, add);
        form.getStyleClass().add("add-form");

        Label error = new Label();
        error.setId(ERROR_ID);
        error.getStyleClass().add("input-error");
        error.setWrapText(true);
        error.textProperty().bind(model.inputError);
        error.visibleProperty().bind(model.inputError.isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        buildTable(model, controller);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(title, form, error, table);
    }

    /** Moves keyboard focus to the address field (the shell's "add account" shortcut). */
    public void focusAddress() {
        address.requestFocus();
    }

    /** Moves keyboard focus to the table. */
    public void focusTable() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }

    private void buildTable(WatchlistModel model, WatchlistController controller) {
        table.setId(TABLE_ID);
        table.getStyleClass().add("watch-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
        Label empty = new Label(EMPTY_TEXT, new FontIcon(MaterialDesignA.ACCOUNT_PLUS));
        empty.getStyleClass().add("empty-state");
        table.setPlaceholder(empty);
        table.setTooltip(new Tooltip("Up/Down select · Delete remove · Ctrl+E export CSV · Ctrl+2 positions "
                + "· right-click for more"));

        TableColumn<WatchRow, WatchedAccount> name = new TableColumn<>("Account");
        name.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().account()));
        name.setCellFactory(c -> new AccountCell());
        name.setComparator(Comparator.comparing(WatchedAccount::displayName, String.CASE_INSENSITIVE_ORDER));
        name.setPrefWidth(88);
        name.setMinWidth(60);

        // Short headers so nothing is cut at 1600 px; the unit and meaning are in each header's tooltip.
        TableColumn<WatchRow, AccountResult> equity = numberColumn("Equity", "Equity, USD", AccountRisk::equity,
                ScreenFormat::compactWhole);
        TableColumn<WatchRow, AccountResult> free = numberColumn("Free", "Free collateral, USD: equity above the initial "
                + "requirement", AccountRisk::freeCollateral, ScreenFormat::compactWhole);

        TableColumn<WatchRow, AccountResult> trend = new TableColumn<>();
        header(trend, "Trend", "Margin ratio over the blocks seen in this session (latest at the right)");
        trend.setCellValueFactory(cd -> cd.getValue().resultProperty());
        trend.setCellFactory(c -> new TrendCell());
        trend.setSortable(false);
        trend.setPrefWidth(56);
        trend.setMinWidth(40);

        TableColumn<WatchRow, AccountResult> ratio = new TableColumn<>();
        header(ratio, "Margin", "Margin ratio: maintenance requirement / equity; liquidatable at 100%");
        ratio.setCellValueFactory(cd -> cd.getValue().resultProperty());
        ratio.setCellFactory(c -> new RatioCell(model));
        ratio.setComparator(Comparator.comparingDouble(r -> valueOr(r, AccountRisk::marginRatio, -1.0)));
        ratio.setPrefWidth(122);
        ratio.setMinWidth(110);
        ratio.setSortType(TableColumn.SortType.DESCENDING);

        TableColumn<WatchRow, AccountResult> health = new TableColumn<>("Health");
        health.setCellValueFactory(cd -> cd.getValue().resultProperty());
        health.setCellFactory(c -> new HealthCell());
        health.setComparator(Comparator.comparingInt(r -> r instanceof AccountRisk a ? a.health().ordinal() : -1));
        health.setPrefWidth(130);
        health.setMinWidth(130);
        health.setSortType(TableColumn.SortType.DESCENDING);

        TableColumn<WatchRow, AccountResult> nearest = new TableColumn<>();
        header(nearest, "Liq. move", "Nearest liquidation: the smallest price move that liquidates a position, "
                + "and its market");
        nearest.setCellValueFactory(cd -> cd.getValue().resultProperty());
        nearest.setCellFactory(c -> new NearestCell());
        // Nearest first: smaller distance sorts as worse.
        nearest.setComparator(Comparator.comparingDouble(r -> r instanceof AccountRisk a
                ? NearestLiquidation.of(a).map(NearestLiquidation::distance).orElse(Double.MAX_VALUE)
                : Double.MAX_VALUE));
        nearest.setPrefWidth(104);
        nearest.setMinWidth(80);

        table.getColumns().setAll(List.of(name, equity, trend, ratio, free, health, nearest));

        ObservableList<WatchRow> shown = FXCollections.observableArrayList();
        Runnable reorder = () -> DisplayedRows.show(shown, model.rows, table.getComparator());
        // The rows list fires an update per row at every block: only a change of order reaches the table.
        model.rows.addListener((ListChangeListener<WatchRow>) c -> reorder.run());
        table.comparatorProperty().addListener((o, before, after) -> reorder.run());
        table.setSortPolicy(t -> {
            reorder.run();
            return true;
        });
        table.setItems(shown);
        table.getSortOrder().setAll(List.of(health, ratio));
        reorder.run();

        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                controller.select(b);
            }
        });
        model.selected.addListener((o, a, b) -> {
            if (b != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(b);
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                controller.removeSelected();
                e.consume();
            }
        });
        CsvExport<WatchRow> export = CsvExport.install(table, "watchlist.csv", WatchlistCsv.COLUMNS);
        table.setRowFactory(t -> {
            TableRow<WatchRow> row = new TableRow<>();
            MenuItem copy = new MenuItem("Copy address");
            copy.setOnAction(e -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(row.getItem().account().address().checksummed());
                Clipboard.getSystemClipboard().setContent(content);
            });
            MenuItem remove = new MenuItem("Remove from watchlist");
            remove.setOnAction(e -> controller.remove(row.getItem()));
            ContextMenu menu = new ContextMenu(copy, remove, export.menuItem());
            row.contextMenuProperty().bind(Bindings.when(row.emptyProperty())
                    .then((ContextMenu) null).otherwise(menu));
            return row;
        });
    }

    /** A header label with a tooltip, so a short header still says its unit. */
    private static void header(TableColumn<?, ?> column, String title, String meaning) {
        Label label = new Label(title);
        label.setTooltip(new Tooltip(meaning));
        column.setGraphic(label);
        column.setText(null);
        column.setId(title);
    }

    private static TableColumn<WatchRow, AccountResult> numberColumn(String title, String meaning,
                                                                     ToDoubleFunction<AccountRisk> value,
                                                                     DoubleFunction<String> format) {
        TableColumn<WatchRow, AccountResult> column = new TableColumn<>();
        header(column, title, meaning);
        column.setCellValueFactory(cd -> cd.getValue().resultProperty());
        column.setCellFactory(c -> new NumberCell<WatchRow, AccountResult>(r -> valueOr(r, value, Double.NaN), format,
                r -> r instanceof AccountRisk a && a.uncertain(), WatchRow::account));
        column.setComparator(Comparator.comparingDouble(r -> valueOr(r, value, Double.NEGATIVE_INFINITY)));
        column.setPrefWidth(66);
        column.setMinWidth(56);
        column.getStyleClass().add("numeric-column");
        return column;
    }

    private static double valueOr(AccountResult result, ToDoubleFunction<AccountRisk> value, double missing) {
        return result instanceof AccountRisk a ? value.applyAsDouble(a) : missing;
    }

    /** Label over short address. */
    private static final class AccountCell extends TableCell<WatchRow, WatchedAccount> {
        // Reused: a tooltip is a popup window, too costly to create per cell per block.
        private final Tooltip address = new Tooltip();

        @Override
        protected void updateItem(WatchedAccount item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(item.displayName());
            address.setText(item.address().checksummed());
            setTooltip(address);
        }
    }

    private static final class RatioCell extends TableCell<WatchRow, AccountResult> {
        private final MarginRatioBar bar = new MarginRatioBar();

        RatioCell(WatchlistModel model) {
            bar.warningLevelProperty().bind(model.warningLevel);
        }

        @Override
        protected void updateItem(AccountResult item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty) {
                setGraphic(null);
                return;
            }
            if (item instanceof AccountRisk risk && !HealthBadge.isEmpty(risk)) {
                bar.uncertainProperty().set(risk.uncertain());
                bar.marginRatioProperty().set(risk.marginRatio());
            } else {
                bar.uncertainProperty().set(false);
                bar.marginRatioProperty().set(Double.NaN);
            }
            setGraphic(bar);
        }
    }

    private static final class HealthCell extends TableCell<WatchRow, AccountResult> {
        private final HealthBadge badge = new HealthBadge();
        private final Tooltip why = new Tooltip();

        @Override
        protected void updateItem(AccountResult item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || getTableRow() == null || getTableRow().getItem() == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            WatchRow row = getTableRow().getItem();
            badge.showAccount(item instanceof AccountRisk a ? a : null, row.liquidated());
            setGraphic(badge);
            String reason = row.problem().orElse(item instanceof AccountRisk a && a.uncertain()
                    ? String.join("; ", a.uncertainty()) : null);
            if (reason != null) {
                why.setText(reason);
            }
            setTooltip(reason == null ? null : why);
        }
    }

    /** The row's margin ratio history as a sparkline; repainted only when the history grew. */
    private static final class TrendCell extends TableCell<WatchRow, AccountResult> {
        private final Sparkline line = new Sparkline();

        @Override
        protected void updateItem(AccountResult item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            WatchRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (row == null) {
                line.show(null);
                setGraphic(null);
                return;
            }
            line.show(row.history());
            setGraphic(line);
        }
    }

    private static final class NearestCell extends TableCell<WatchRow, AccountResult> {
        private final Tooltip full = new Tooltip();

        NearestCell() {
            getStyleClass().add("numeric");
        }

        @Override
        protected void updateItem(AccountResult item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || !(item instanceof AccountRisk risk)) {
                setText(empty ? null : ScreenFormat.MISSING);
                return;
            }
            var nearest = NearestLiquidation.of(risk);
            setText(nearest.map(NearestLiquidation::shortText).orElse(HealthBadge.isEmpty(risk) ? ScreenFormat.MISSING
                    : "none"));
            nearest.ifPresent(n -> full.setText(n.text()));
            setTooltip(nearest.isPresent() ? full : null);
        }
    }
}
