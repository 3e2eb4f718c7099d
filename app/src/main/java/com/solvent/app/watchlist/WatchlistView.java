package com.solvent.app.watchlist;

import com.solvent.app.controls.FixedRows;
import com.solvent.app.controls.HealthBadge;
import com.solvent.app.controls.MarginRatioBar;
import com.solvent.app.controls.FigureNumberCell;
import com.solvent.app.controls.RowFigureCell;
import com.solvent.app.export.CsvExport;
import com.solvent.app.format.ScreenFormat;
import com.solvent.app.history.RiskHistory;
import com.solvent.app.history.Sparkline;
import com.solvent.app.export.CsvColumn;
import com.solvent.app.export.TableCsv;
import com.solvent.model.risk.AccountResult;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.HealthState;
import javafx.beans.binding.Bindings;
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
    private final TableView<WatchSlot> table = new TableView<>();

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
        // Rows are 28 px as in the stylesheet; fixed, a cell's change never re-measures the rows.
        table.setFixedCellSize(28);
        FixedRows.keepInPlace(table);
        Label empty = new Label(EMPTY_TEXT, new FontIcon(MaterialDesignA.ACCOUNT_PLUS));
        empty.getStyleClass().add("empty-state");
        table.setPlaceholder(empty);
        table.setTooltip(new Tooltip("Up/Down select · Delete remove · Ctrl+E export CSV · Ctrl+2 positions "
                + "· right-click for more"));

        java.util.Map<TableColumn<WatchSlot, ?>, Comparator<WatchRow>> rowOrders = new java.util.HashMap<>();

        TableColumn<WatchSlot, WatchSlot> name = new TableColumn<>("Account");
        name.setCellValueFactory(RowFigureCell.rowItself());
        name.setCellFactory(c -> new AccountCell());
        sortedBy(name, Comparator.comparing(r -> r.account().displayName(), String.CASE_INSENSITIVE_ORDER), rowOrders);
        name.setPrefWidth(88);
        name.setMinWidth(60);

        // Short headers so nothing is cut at 1600 px; the unit and meaning are in each header's tooltip.
        TableColumn<WatchSlot, WatchSlot> equity = numberColumn("Equity", "Equity, USD", AccountRisk::equity,
                ScreenFormat::compactWhole, rowOrders);
        TableColumn<WatchSlot, WatchSlot> free = numberColumn("Free", "Free collateral, USD: equity above the initial "
                + "requirement", AccountRisk::freeCollateral, ScreenFormat::compactWhole, rowOrders);

        TableColumn<WatchSlot, WatchSlot> trend = new TableColumn<>();
        header(trend, "Trend", "Margin ratio over the blocks seen in this session (latest at the right)");
        trend.setCellValueFactory(RowFigureCell.rowItself());
        trend.setCellFactory(c -> new TrendCell());
        trend.setSortable(false);
        trend.setPrefWidth(48);
        trend.setMinWidth(40);

        TableColumn<WatchSlot, WatchSlot> ratio = new TableColumn<>();
        header(ratio, "Margin", "Margin ratio: maintenance requirement / equity; liquidatable at 100%");
        ratio.setCellValueFactory(RowFigureCell.rowItself());
        ratio.setCellFactory(c -> new RatioCell(model));
        sortedBy(ratio, Comparator.comparingDouble(r -> valueOr(r.result(), AccountRisk::marginRatio, -1.0)), rowOrders);
        ratio.setPrefWidth(122);
        ratio.setMinWidth(110);
        ratio.setSortType(TableColumn.SortType.DESCENDING);

        TableColumn<WatchSlot, WatchSlot> health = new TableColumn<>("Health");
        health.setCellValueFactory(RowFigureCell.rowItself());
        health.setCellFactory(c -> new HealthCell());
        sortedBy(health, Comparator.comparingInt(r -> r.result() instanceof AccountRisk a ? a.health().ordinal() : -1),
                rowOrders);
        health.setPrefWidth(130);
        health.setMinWidth(130); // "Liquidatable" with its icon
        health.setSortType(TableColumn.SortType.DESCENDING);

        TableColumn<WatchSlot, WatchSlot> nearest = new TableColumn<>();
        header(nearest, "Liq. move", "Nearest liquidation: the smallest price move that liquidates a position, "
                + "and its market");
        nearest.setCellValueFactory(RowFigureCell.rowItself());
        nearest.setCellFactory(c -> new NearestCell());
        // Nearest first: smaller distance sorts as worse.
        sortedBy(nearest, Comparator.comparingDouble(r -> r.result() instanceof AccountRisk
                ? NearestLiquidation.of(r.positions()).map(NearestLiquidation::distance).orElse(Double.MAX_VALUE)
                : Double.MAX_VALUE), rowOrders);
        nearest.setPrefWidth(106);
        nearest.setMinWidth(100); // "-71.6% WBTC"

        table.getColumns().setAll(List.of(name, equity, trend, ratio, free, health, nearest));

        // The table's lines stay in place; a re-sort sorts which account each line shows.
        ObservableList<WatchSlot> slots = FXCollections.observableArrayList();
        Runnable reorder = () -> {
            List<WatchRow> order = DisplayedRows.order(model.rows, rowOrder(table, rowOrders));
            DisplayedRows.assign(slots, order, WatchSlot::new, WatchSlot::show);
            followSelected(model.selected.get());
        };
        // The rows list fires an update per row at every block: re-sort once, after the whole report.
        model.rows.addListener((ListChangeListener<WatchRow>) c -> {
            if (!model.applying) {
                reorder.run();
            }
        });
        model.blocksApplied.addListener((o, before, after) -> reorder.run());
        table.comparatorProperty().addListener((o, before, after) -> reorder.run());
        table.setSortPolicy(t -> {
            reorder.run();
            return true;
        });
        table.setItems(slots);
        table.getSortOrder().setAll(List.of(health, ratio));
        reorder.run();

        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                controller.select(b.row());
            }
        });
        model.selected.addListener((o, a, b) -> followSelected(b));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                controller.removeSelected();
                e.consume();
            }
        });
        TableCsv<WatchSlot> lines = new TableCsv<>(WatchlistCsv.COLUMNS.columns().stream()
                .map(c -> new CsvColumn<WatchSlot>(c.header(), s -> c.value().apply(s.row()))).toList());
        CsvExport<WatchSlot> export = CsvExport.install(table, "watchlist.csv", lines);
        table.setRowFactory(t -> {
            TableRow<WatchSlot> row = new WatchTableRow();
            MenuItem copy = new MenuItem("Copy address");
            copy.setOnAction(e -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(row.getItem().row().account().address().checksummed());
                Clipboard.getSystemClipboard().setContent(content);
            });
            MenuItem remove = new MenuItem("Remove from watchlist");
            remove.setOnAction(e -> controller.remove(row.getItem().row()));
            ContextMenu menu = new ContextMenu(copy, remove, export.menuItem());
            row.contextMenuProperty().bind(Bindings.when(row.emptyProperty())
                    .then((ContextMenu) null).otherwise(menu));
            return row;
        });
    }

    /**
     * Selects the line showing {@code selected}: the selection belongs to the account, so it moves
     * with the account when the order changes.
     */
    private void followSelected(WatchRow selected) {
        var selection = table.getSelectionModel();
        if (selected == null) {
            if (!selection.isEmpty()) {
                selection.clearSelection();
            }
            return;
        }
        List<WatchSlot> slots = table.getItems();
        for (int i = 0; i < slots.size(); i++) {
            // By address: a restored workspace brings new row objects for the same accounts.
            if (slots.get(i).row().account().address().equals(selected.account().address())) {
                if (selection.getSelectedIndex() != i) {
                    selection.clearAndSelect(i);
                }
                return;
            }
        }
        // Not watched (any more): no line may look selected for it.
        if (!selection.isEmpty()) {
            selection.clearSelection();
        }
    }

    /** The column's order of accounts; the column's own comparator compares the accounts its lines show. */
    private static void sortedBy(TableColumn<WatchSlot, WatchSlot> column, Comparator<WatchRow> order,
                                 java.util.Map<TableColumn<WatchSlot, ?>, Comparator<WatchRow>> rowOrders) {
        rowOrders.put(column, order);
        column.setComparator(Comparator.comparing(WatchSlot::row, order));
    }

    /** The table's sort order (columns clicked, each ascending or descending) over accounts; null when unsorted. */
    private static Comparator<WatchRow> rowOrder(TableView<WatchSlot> table,
                                                 java.util.Map<TableColumn<WatchSlot, ?>, Comparator<WatchRow>> rowOrders) {
        Comparator<WatchRow> order = null;
        for (TableColumn<WatchSlot, ?> column : table.getSortOrder()) {
            Comparator<WatchRow> by = rowOrders.get(column);
            if (by == null || !column.isSortable()) {
                continue;
            }
            if (column.getSortType() == TableColumn.SortType.DESCENDING) {
                by = by.reversed();
            }
            order = order == null ? by : order.thenComparing(by);
        }
        return order;
    }

    /**
     * A row that does not ask for layout when only its line changes (lines added or removed, the
     * table scrolled): rows are of fixed height and their cells lay themselves out
     * ({@code RowFigureCell}). Otherwise {@code VirtualFlow} re-applies CSS to every row given
     * another line. (A re-sort does not reach the rows at all: it gives lines other accounts.)
     */
    private static final class WatchTableRow extends TableRow<WatchSlot> {
        private boolean changingItem;

        @Override
        protected void updateItem(WatchSlot item, boolean empty) {
            changingItem = getTableView() != null && getTableView().getFixedCellSize() > 0;
            try {
                super.updateItem(item, empty);
            } finally {
                changingItem = false;
            }
        }

        @Override
        public void requestLayout() {
            if (!changingItem) {
                super.requestLayout();
            }
        }
    }

    /** A header label with a tooltip, so a short header still says its unit. */
    private static void header(TableColumn<?, ?> column, String title, String meaning) {
        Label label = new Label(title);
        label.setTooltip(new Tooltip(meaning));
        column.setGraphic(label);
        column.setText(null);
        column.setId(title);
    }

    private static TableColumn<WatchSlot, WatchSlot> numberColumn(String title, String meaning,
                                                                  ToDoubleFunction<AccountRisk> value,
                                                                  DoubleFunction<String> format,
                                                                  java.util.Map<TableColumn<WatchSlot, ?>, Comparator<WatchRow>> rowOrders) {
        TableColumn<WatchSlot, WatchSlot> column = new TableColumn<>();
        header(column, title, meaning);
        // Each cell follows its row's result itself: a block lays out only the cells, not the table.
        column.setCellValueFactory(RowFigureCell.rowItself());
        column.setCellFactory(c -> new FigureNumberCell<WatchSlot, WatchSlot.Shown>(WatchSlot::shownProperty,
                s -> valueOr(s.result(), value, Double.NaN), format,
                s -> s.result() instanceof AccountRisk a && a.uncertain(), WatchSlot.Shown::row));
        sortedBy(column, Comparator.comparingDouble(r -> valueOr(r.result(), value, Double.NEGATIVE_INFINITY)), rowOrders);
        column.setPrefWidth(66);
        column.setMinWidth(56);
        column.getStyleClass().add("numeric-column");
        return column;
    }

    private static double valueOr(AccountResult result, ToDoubleFunction<AccountRisk> value, double missing) {
        return result instanceof AccountRisk a ? value.applyAsDouble(a) : missing;
    }

    /** The account's name; its address in the tooltip. */
    private static final class AccountCell extends RowFigureCell<WatchSlot, WatchSlot.Shown> {
        // Reused: a tooltip is a popup window, too costly to create per cell per block.
        private final Tooltip address = new Tooltip();
        private WatchRow account;

        AccountCell() {
            super(WatchSlot::shownProperty);
        }

        @Override
        protected void show(WatchSlot slot, WatchSlot.Shown shown, boolean sameRow) {
            if (shown.row() != account) {
                account = shown.row();
                setText(account.account().displayName());
                address.setText(account.account().address().checksummed());
            }
            setTooltip(address);
        }

        @Override
        protected void clear() {
            account = null;
            setText(null);
            setTooltip(null);
        }
    }

    private static final class RatioCell extends RowFigureCell<WatchSlot, WatchSlot.Shown> {
        private final MarginRatioBar bar = new MarginRatioBar();

        RatioCell(WatchlistModel model) {
            super(WatchSlot::shownProperty);
            bar.warningLevelProperty().bind(model.warningLevel);
        }

        @Override
        protected void show(WatchSlot slot, WatchSlot.Shown shown, boolean sameRow) {
            setText(null);
            if (shown.result() instanceof AccountRisk risk && !HealthBadge.isEmpty(risk)) {
                bar.uncertainProperty().set(risk.uncertain());
                bar.marginRatioProperty().set(risk.marginRatio());
            } else {
                bar.uncertainProperty().set(false);
                bar.marginRatioProperty().set(Double.NaN);
            }
            setGraphic(bar);
        }

        @Override
        protected void clear() {
            setText(null);
            setGraphic(null);
        }
    }

    private static final class HealthCell extends RowFigureCell<WatchSlot, WatchSlot.Shown> {
        private final HealthBadge badge = new HealthBadge();
        private final Tooltip why = new Tooltip();

        HealthCell() {
            super(WatchSlot::shownProperty);
        }

        @Override
        protected void show(WatchSlot slot, WatchSlot.Shown shown, boolean sameRow) {
            WatchRow row = shown.row();
            AccountResult item = shown.result();
            setText(null);
            badge.showAccount(item instanceof AccountRisk a ? a : null, row.liquidated());
            setGraphic(badge);
            String reason = row.problem().orElse(item instanceof AccountRisk a && a.uncertain()
                    ? String.join("; ", a.uncertainty()) : null);
            if (reason != null) {
                why.setText(reason);
            }
            setTooltip(reason == null ? null : why);
        }

        @Override
        protected void clear() {
            setText(null);
            setGraphic(null);
            setTooltip(null);
        }
    }

    /** The line's margin ratio history as a sparkline; repainted only when the history changed or grew. */
    private static final class TrendCell extends RowFigureCell<WatchSlot, WatchSlot.Shown> {
        private final Sparkline line = new Sparkline();
        private RiskHistory history;

        TrendCell() {
            super(WatchSlot::shownProperty);
        }

        @Override
        protected void show(WatchSlot slot, WatchSlot.Shown shown, boolean sameRow) {
            setText(null);
            RiskHistory next = shown.row().history();
            if (next != history) {
                history = next;
                line.show(next);
            } else {
                line.refresh();
            }
            setGraphic(line);
        }

        @Override
        protected void clear() {
            setText(null);
            history = null;
            line.show(null);
            setGraphic(null);
        }
    }

    private static final class NearestCell extends RowFigureCell<WatchSlot, WatchSlot.Shown> {
        private final Tooltip full = new Tooltip();
        private NearestLiquidation shownNearest;

        NearestCell() {
            super(WatchSlot::shownProperty);
            getStyleClass().add("numeric");
            full.setOnShowing(e -> full.setText(shownNearest == null ? "" : shownNearest.text()));
        }

        @Override
        protected void show(WatchSlot slot, WatchSlot.Shown shown, boolean sameRow) {
            if (!(shown.result() instanceof AccountRisk risk)) {
                setText(ScreenFormat.MISSING);
                setTooltip(null);
                return;
            }
            var nearest = NearestLiquidation.of(shown.positions());
            setText(nearest.map(NearestLiquidation::shortText).orElse(HealthBadge.isEmpty(risk) ? ScreenFormat.MISSING
                    : "none"));
            // The tooltip's text is built when it shows, not at every block.
            shownNearest = nearest.orElse(null);
            setTooltip(nearest.isPresent() ? full : null);
        }

        @Override
        protected void clear() {
            setText(null);
            setTooltip(null);
        }
    }
}
