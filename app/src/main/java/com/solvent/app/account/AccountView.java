package com.solvent.app.account;

import com.solvent.app.controls.FixedRows;
import com.solvent.app.fx.PositionSummary;
import com.solvent.app.controls.ExplanationPane;
import com.solvent.app.controls.Flash;
import com.solvent.app.controls.FreshnessBadge;
import com.solvent.app.controls.HeadlineFigure;
import com.solvent.app.controls.HealthBadge;
import com.solvent.app.controls.MarginRatioBar;
import com.solvent.app.controls.FigureNumberCell;
import com.solvent.app.controls.RowFigureCell;
import com.solvent.app.controls.States;
import com.solvent.app.export.CsvColumn;
import com.solvent.app.export.CsvExport;
import com.solvent.app.export.TableCsv;
import com.solvent.app.format.ScreenFormat;
import com.solvent.app.history.HistoryChart;
import com.solvent.model.account.MarginMode;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.HealthState;
import com.solvent.model.risk.LiquidationPrice;
import com.solvent.model.risk.PositionRisk;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * One account in full: headline figures (each explains itself on hover or click), the
 * collateral table and the positions table with totals. Nodes and bindings only.
 */
public final class AccountView extends VBox {
    public static final String STYLE_CLASS = "account-view";
    public static final String MARGIN_RATIO_ID = "account-margin-ratio";
    public static final String POSITIONS_ID = "account-positions";
    public static final String COLLATERAL_ID = "account-collateral";
    public static final String PROBLEM_ID = "account-problem";
    public static final String EMPTY_NOTE_ID = "account-empty";
    public static final String HISTORY_ID = "account-history";
    public static final String TOTALS_ID = "account-totals";
    /** Shown instead of "Safe 0.00%" for an account with no positions and no equity. */
    public static final String EMPTY_TEXT = "Empty account: no positions and no equity, nothing at risk.";

    private final AccountModel model;
    private final Label title = new Label();
    private final Label address = new Label();
    private final HealthBadge health = new HealthBadge();
    private final Label uncertainty = new Label();
    private final HeadlineFigure equity = new HeadlineFigure("Equity");
    private final HeadlineFigure marginRatio = new HeadlineFigure("Margin ratio");
    private final MarginRatioBar ratioBar = new MarginRatioBar();
    private final HeadlineFigure maintenance = new HeadlineFigure("Maintenance requirement");
    private final HeadlineFigure initial = new HeadlineFigure("Initial requirement");
    private final HeadlineFigure free = new HeadlineFigure("Free collateral");
    private final HeadlineFigure withdrawable = new HeadlineFigure("Max withdrawable");
    private final HeadlineFigure leverage = new HeadlineFigure("Leverage");
    private final HeadlineFigure uniformMove = new HeadlineFigure("Market-wide move to liq.");
    private final Label totals = new TotalsLine();
    private final TableView<PositionRow> positions = new TableView<>();
    private final HistoryChart history = new HistoryChart();
    private final Label emptyNote = new Label();
    private final Label historyWaiting = new Label("The chart starts once a second block has been read.");
    private double lastRatio = Double.NaN;

    AccountView(AccountModel model) {
        this.model = model;
        getStyleClass().addAll(STYLE_CLASS, "pane");

        title.getStyleClass().add("pane-title");
        title.setMinWidth(Region.USE_PREF_SIZE); // the address gives way first
        address.getStyleClass().add("address");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        health.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(title, address, spacer, health);
        header.getStyleClass().add("account-header");

        uncertainty.getStyleClass().add("uncertainty-banner");
        uncertainty.setGraphic(new FontIcon(MaterialDesignC.CLOCK_ALERT_OUTLINE));
        uncertainty.setWrapText(true);
        uncertainty.managedProperty().bind(uncertainty.visibleProperty());

        Label aging = new Label();
        aging.getStyleClass().addAll("uncertainty-banner", "aging-banner");
        aging.setGraphic(new FontIcon(MaterialDesignC.CLOCK_ALERT_OUTLINE));
        aging.setWrapText(true);
        aging.textProperty().bind(model.connectionNote);
        aging.visibleProperty().bind(model.connectionNote.isNotEmpty());
        aging.managedProperty().bind(aging.visibleProperty());

        Label problem = new Label();
        problem.setId(PROBLEM_ID);
        problem.getStyleClass().add("empty-state");
        problem.textProperty().bind(model.problem);
        problem.visibleProperty().bind(model.problem.isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        ratioBar.setId(MARGIN_RATIO_ID);
        ratioBar.warningLevelProperty().bind(model.warningLevel);
        marginRatio.setValueNode(ratioBar);
        FlowPane headlines = new FlowPane(equity, marginRatio, maintenance, initial, free, withdrawable, leverage,
                uniformMove);
        headlines.getStyleClass().add("headlines");

        Label collateralTitle = new Label("Collateral");
        collateralTitle.getStyleClass().add("section-title");
        TableView<CollateralSlot> collateral = collateralTable();
        Label positionsTitle = new Label("Positions");
        positionsTitle.getStyleClass().add("section-title");
        buildPositions();
        totals.setId(TOTALS_ID);
        totals.getStyleClass().addAll("totals", "numeric");
        totals.setWrapText(true);
        // Wraps rather than ending in "…" when the pane is narrow (the positions table gives way).
        totals.setMinHeight(Region.USE_PREF_SIZE);

        emptyNote.setId(EMPTY_NOTE_ID);
        emptyNote.getStyleClass().add("empty-state");
        emptyNote.setWrapText(true); // the liquidated note is longer than the pane
        emptyNote.setMinHeight(Region.USE_PREF_SIZE);
        emptyNote.managedProperty().bind(emptyNote.visibleProperty());
        emptyNote.setVisible(false);
        Label historyTitle = new Label("Margin ratio by block (this session)");
        historyTitle.getStyleClass().add("section-title");
        history.setId(HISTORY_ID);
        history.setPrefHeight(150);
        history.setMinHeight(110);
        model.history.subscribe(history::show);
        historyWaiting.getStyleClass().add("empty-state");
        historyWaiting.managedProperty().bind(historyWaiting.visibleProperty());
        history.managedProperty().bind(history.visibleProperty());

        VBox details = new VBox(emptyNote, headlines, historyTitle, history, historyWaiting, collateralTitle, collateral, positionsTitle,
                positions, totals);
        details.getStyleClass().add("account-details");
        // Set only when it changes: bound to risk.isNotNull(), every block's new figures invalidated
        // the visibility and, through it, "managed", which asked the whole window for layout.
        model.risk.subscribe(r -> details.setVisible(r != null));
        details.managedProperty().bind(details.visibleProperty());
        VBox.setVgrow(positions, Priority.ALWAYS);
        VBox.setVgrow(details, Priority.ALWAYS);

        getChildren().addAll(header, aging, uncertainty, problem, details);
        model.account.addListener((o, a, b) -> showAccount());
        model.risk.addListener((o, a, b) -> showRisk(b));
        // An emptied account's figures can stay the same object from block to block while the
        // watchlist learns that it was liquidated: the badge and note follow that too.
        model.liquidated.addListener((o, a, b) -> showRisk(model.risk.get()));
        showAccount();
        showRisk(model.risk.get());
    }

    /** Moves keyboard focus to the positions table. */
    public void focusPositions() {
        positions.requestFocus();
    }

    private void showAccount() {
        var account = model.account.get();
        title.setText(account == null ? "Account" : account.displayName());
        address.setText(account == null ? "" : account.address().checksummed());
    }

    private void showRisk(AccountRisk risk) {
        if (risk == null) {
            health.show((HealthState) null, false);
            emptyNote.setVisible(false);
            uncertainty.setVisible(false);
            for (HeadlineFigure f : List.of(equity, marginRatio, maintenance, initial, free, withdrawable, leverage,
                    uniformMove)) {
                f.clear();
            }
            lastRatio = Double.NaN;
            ratioBar.marginRatioProperty().set(Double.NaN);
            showTotals(null);
            return;
        }
        boolean doubt = risk.uncertain();
        history.refresh();
        boolean drawable = model.history.get() != null && model.history.get().size() >= 2;
        history.setVisible(drawable);
        historyWaiting.setVisible(!drawable);
        boolean empty = HealthBadge.isEmpty(risk);
        health.showAccount(risk, model.liquidated.get());
        emptyNote.setVisible(empty);
        emptyNote.setText(model.liquidated.get() ? "Liquidated: this account was liquidatable while watched and now "
                + "holds no positions and no equity." : EMPTY_TEXT);
        uncertainty.setVisible(doubt);
        uncertainty.setText("Uncertain: " + String.join("; ", risk.uncertainty())
                + ". Figures use the last known price.");
        equity.show(ScreenFormat.usd(risk.equity()), risk.equity(), doubt);
        equity.explanationProperty().set(risk.equityExplained());
        ratioBar.uncertainProperty().set(doubt);
        ratioBar.marginRatioProperty().set(empty ? Double.NaN : risk.marginRatio());
        Flash.flashIfChanged(ratioBar, lastRatio, risk.marginRatio());
        lastRatio = risk.marginRatio();
        marginRatio.explanationProperty().set(risk.maintenanceExplained());
        maintenance.show(ScreenFormat.usd(risk.maintenanceRequirement()), risk.maintenanceRequirement(), doubt);
        maintenance.explanationProperty().set(risk.maintenanceExplained());
        initial.show(ScreenFormat.usd(risk.initialRequirement()), risk.initialRequirement(), doubt);
        initial.explanationProperty().set(risk.initialExplained());
        free.show(ScreenFormat.usd(risk.freeCollateral()), risk.freeCollateral(), doubt);
        withdrawable.show(ScreenFormat.usd(risk.maxWithdrawable()), risk.maxWithdrawable(), doubt);
        leverage.show(risk.leverage() >= MarginEngine.LEVERAGE_CAP ? "no equity" : ScreenFormat.multiple(risk.leverage()),
                risk.leverage(), doubt);
        var move = risk.uniformMoveToLiquidation();
        String moveText = switch (move.kind()) {
            case PRICE -> ScreenFormat.signedPercent(move.fraction());
            case NOW -> "now";
            case NONE -> "none";
        };
        uniformMove.show(moveText, move.fraction(), doubt);
        uniformMove.explanationProperty().set(move.how());
        showTotals(risk);
    }

    /**
     * Totals of the report's positions (see {@link PositionTotals}), summed with the report off the
     * FX thread; set only when the text changed.
     */
    private void showTotals(AccountRisk risk) {
        PositionSummary summed = model.positionSummary.get();
        String text = risk == null || risk.positions().isEmpty() ? ""
                : PositionTotals.of(summed != null ? summed : PositionSummary.of(risk), risk).text();
        if (!text.equals(totals.getText())) {
            totals.setText(text);
        }
    }

    /**
     * A row of the collateral table: one asset, whose line is replaced in place at each block
     * (replacing the table's items made it rebuild every row and cell at each block).
     */
    static final class CollateralSlot {
        private final String asset;
        private final ReadOnlyObjectWrapper<CollateralLine> line;

        CollateralSlot(CollateralLine line) {
            this.asset = line.asset();
            this.line = new ReadOnlyObjectWrapper<>(line);
        }

        String asset() {
            return asset;
        }

        CollateralLine line() {
            return line.get();
        }

        javafx.beans.value.ObservableValue<CollateralLine> lineProperty() {
            return line.getReadOnlyProperty();
        }
    }

    /** Puts the model's collateral lines on the table's slots, in place when the assets are the same. */
    private static void syncSlots(javafx.collections.ObservableList<CollateralSlot> slots, List<CollateralLine> lines) {
        boolean same = slots.size() == lines.size();
        for (int i = 0; same && i < lines.size(); i++) {
            same = slots.get(i).asset().equals(lines.get(i).asset());
        }
        if (same) {
            for (int i = 0; i < lines.size(); i++) {
                slots.get(i).line.set(lines.get(i));
            }
        } else {
            slots.setAll(lines.stream().map(CollateralSlot::new).toList());
        }
    }

    private TableView<CollateralSlot> collateralTable() {
        javafx.collections.ObservableList<CollateralSlot> slots = javafx.collections.FXCollections.observableArrayList();
        model.collateral.addListener((javafx.collections.ListChangeListener<CollateralLine>) c -> syncSlots(slots,
                model.collateral));
        syncSlots(slots, model.collateral);
        TableView<CollateralSlot> table = new TableView<>(slots);
        table.setId(COLLATERAL_ID);
        table.getStyleClass().add("collateral-table");
        table.setPlaceholder(new Label("No collateral"));
        table.setFixedCellSize(28);
        FixedRows.keepInPlace(table);
        // Header + up to 4 rows without scrolling; the positions table takes the rest.
        table.setPrefHeight(28 * 4 + 32);
        table.setMinHeight(28 * 2 + 32);

        TableColumn<CollateralSlot, CollateralSlot> asset = new TableColumn<>("Asset");
        asset.setCellValueFactory(RowFigureCell.rowItself());
        asset.setCellFactory(c -> RowFigureCell.text(CollateralSlot::lineProperty, (slot, line) -> slot.asset()));
        asset.setComparator(Comparator.comparing(CollateralSlot::asset));
        TableColumn<CollateralSlot, CollateralSlot> balance = collateralNumber("Balance", l -> l.risk().amount(),
                ScreenFormat::number);
        TableColumn<CollateralSlot, CollateralSlot> price = collateralNumber("Price", l -> l.risk().price(),
                ScreenFormat::price);
        TableColumn<CollateralSlot, CollateralSlot> feed = new TableColumn<>("Feed");
        feed.setCellValueFactory(RowFigureCell.rowItself());
        feed.setCellFactory(c -> new RowFigureCell<CollateralSlot, CollateralLine>(CollateralSlot::lineProperty) {
            private final FreshnessBadge badge = new FreshnessBadge();

            @Override
            protected void show(CollateralSlot slot, CollateralLine item, boolean sameRow) {
                if (item == null || item.freshness() == null) {
                    setGraphic(null);
                    setText(ScreenFormat.MISSING);
                    return;
                }
                setText(null);
                badge.show(item.freshness(), item.ageSeconds());
                setGraphic(badge);
            }

            @Override
            protected void clear() {
                setGraphic(null);
                setText(null);
            }
        });
        TableColumn<CollateralSlot, CollateralSlot> weight = collateralNumber("Weight", l -> l.risk().weight(),
                ScreenFormat::number);
        TableColumn<CollateralSlot, CollateralSlot> value = collateralNumber("Counts",
                l -> l.risk().weightedValue(), ScreenFormat::usd);
        Label valueHeader = new Label("Counts");
        valueHeader.setTooltip(new Tooltip("Weighted value, USD: balance x price x weight, what counts towards equity"));
        value.setGraphic(valueHeader);
        value.setText(null);
        asset.setPrefWidth(64);
        balance.setPrefWidth(96);
        price.setPrefWidth(96);
        feed.setPrefWidth(96);
        weight.setPrefWidth(56);
        value.setPrefWidth(110);
        table.getColumns().setAll(List.of(asset, balance, price, feed, weight, value));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        CsvExport.install(table, "collateral.csv", TableCsv.of(
                CsvColumn.text("asset", CollateralSlot::asset),
                CsvColumn.number("balance", s -> s.line().risk().amount()),
                CsvColumn.number("price_usd", s -> s.line().risk().price()),
                CsvColumn.text("feed", s -> s.line().freshness() == null ? "" : s.line().freshness().name()),
                CsvColumn.number("feed_age_s", s -> s.line().ageSeconds() < 0 ? Double.NaN : s.line().ageSeconds()),
                CsvColumn.number("weight", s -> s.line().risk().weight()),
                CsvColumn.number("weighted_value_usd", s -> s.line().risk().weightedValue())));
        return table;
    }

    private static TableColumn<CollateralSlot, CollateralSlot> collateralNumber(String title,
                                                                                ToDoubleFunction<CollateralLine> value,
                                                                                DoubleFunction<String> format) {
        TableColumn<CollateralSlot, CollateralSlot> column = new TableColumn<>(title);
        column.setCellValueFactory(RowFigureCell.rowItself());
        column.setCellFactory(c -> new FigureNumberCell<CollateralSlot, CollateralLine>(CollateralSlot::lineProperty,
                value, format, l -> l.risk().uncertain()));
        column.setComparator(Comparator.comparingDouble(s -> value.applyAsDouble(s.line())));
        column.getStyleClass().add("numeric-column");
        return column;
    }

    private void buildPositions() {
        positions.setId(POSITIONS_ID);
        positions.setItems(model.positions);
        positions.getStyleClass().add("positions-table");
        positions.setPlaceholder(new Label("No open positions"));
        positions.setMinHeight(28 * 2 + 32);
        // Rows are all 28 px (as in the stylesheet): with a fixed size the table lays out only the
        // visible rows instead of estimating the height of 10,000.
        positions.setFixedCellSize(28);
        FixedRows.keepInPlace(positions);

        TableColumn<PositionRow, PositionRow> market = text("Market", PositionRisk::marketId, 84);
        market.setComparator(Comparator.comparing(r -> r.risk().marketId()));
        TableColumn<PositionRow, PositionRow> side = text("Side", p -> p.size() > 0 ? "Long" : "Short", 52);
        side.setComparator(Comparator.comparingDouble(r -> Math.signum(r.risk().size())));
        TableColumn<PositionRow, PositionRow> mode = text("Mode", p -> p.mode() == MarginMode.CROSS ? "Cross" : "Isolated",
                70);
        mode.setComparator(Comparator.comparing(r -> r.risk().mode()));
        TableColumn<PositionRow, PositionRow> liquidation = new TableColumn<>("Liq. price");
        positions.setTooltip(new Tooltip("Prices and amounts in USD. Right-click or "
                + CsvExport.SHORTCUT.getDisplayText() + ": export CSV"));
        liquidation.setCellValueFactory(RowFigureCell.rowItself());
        liquidation.setCellFactory(c -> new LiquidationCell(false));
        liquidation.setComparator(Comparator.comparingDouble(r -> liquidationOrder(r.risk().liquidationPrice(), false)));
        liquidation.getStyleClass().add("numeric-column");
        liquidation.setPrefWidth(90);
        TableColumn<PositionRow, PositionRow> distance = new TableColumn<>("To liq.");
        distance.setCellValueFactory(RowFigureCell.rowItself());
        distance.setCellFactory(c -> new LiquidationCell(true));
        distance.setComparator(Comparator.comparingDouble(r -> liquidationOrder(r.risk().liquidationPrice(), true)));
        distance.getStyleClass().add("numeric-column");
        distance.setPrefWidth(150);
        Label distanceHeader = new Label("To liq.");
        distanceHeader.setTooltip(new Tooltip("Move of the mark to the liquidation price, in percent and in daily "
                + "volatilities (σ)"));
        distance.setGraphic(distanceHeader);
        distance.setText(null);

        // What decides the account first (market to distance to liquidation, about 540 px), so it
        // fits without scrolling sideways at 1600 px; money detail and greeks follow.
        positions.getColumns().setAll(List.of(market, side,
                position("Size", PositionRisk::size, ScreenFormat::size, 72),
                position("Mark", PositionRisk::markPrice, ScreenFormat::plainPrice, 90),
                liquidation, distance,
                position("uPnL", PositionRisk::unrealizedPnl, ScreenFormat::signedPlainUsd, 100),
                position("Entry", PositionRisk::entryPrice, ScreenFormat::plainPrice, 90),
                mode,
                position("IM", PositionRisk::initialRequirement, ScreenFormat::plainUsd, 90),
                position("MM", PositionRisk::maintenanceRequirement, ScreenFormat::plainUsd, 90),
                position("Delta", p -> p.greeks().delta(), ScreenFormat::number, 80),
                position("Gamma", p -> p.greeks().gamma(), ScreenFormat::number, 70),
                position("Vega", p -> p.greeks().vega(), ScreenFormat::number, 70),
                position("Theta", p -> p.greeks().theta(), ScreenFormat::number, 70)));
        CsvExport.install(positions, "positions.csv", PositionsCsv.ROWS);
    }

    private static TableColumn<PositionRow, PositionRow> position(String title, ToDoubleFunction<PositionRisk> value,
                                                                 DoubleFunction<String> format, double width) {
        TableColumn<PositionRow, PositionRow> column = new TableColumn<>(title);
        // The cell follows its row's figures itself: a block redraws only the visible cells.
        column.setCellValueFactory(RowFigureCell.rowItself());
        column.setCellFactory(c -> FigureNumberCell.<PositionRow, PositionRisk>sharing(PositionRow::blocks,
                PositionRow::risk, value, format, PositionRisk::uncertain));
        column.setComparator(Comparator.comparingDouble(r -> value.applyAsDouble(r.risk())));
        column.getStyleClass().add("numeric-column");
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<PositionRow, PositionRow> text(String title, Function<PositionRisk, String> text,
                                                             double width) {
        TableColumn<PositionRow, PositionRow> column = new TableColumn<>(title);
        column.setCellValueFactory(RowFigureCell.rowItself());
        column.setCellFactory(c -> new RowFigureCell<PositionRow, PositionRisk>(PositionRow::blocks, PositionRow::risk) {
            /** Set again only when it changes (see FigureNumberCell). */
            private boolean negative;

            @Override
            protected void show(PositionRow row, PositionRisk figures, boolean sameRow) {
                if (figures == null) {
                    clear();
                    return;
                }
                setText(text.apply(figures));
                showNegative("Side".equals(title) && figures.size() < 0);
            }

            @Override
            protected void clear() {
                setText(null);
                showNegative(false);
            }

            private void showNegative(boolean is) {
                if (is != negative) {
                    negative = is;
                    pseudoClassStateChanged(States.NEGATIVE, is);
                }
            }
        });
        column.setPrefWidth(width);
        return column;
    }

    /**
     * The totals line, whose text changes at every block. Its preferred width does not follow its
     * text, and a new text that keeps the line's height lays out the line alone. Why: as a plain
     * label, each new text changed its preferred width and so asked every pane up to the window's
     * root for a layout at every block. The line fills the pane's width (the stylesheet's maximum
     * width) and wraps when the pane is narrow; a text that needs another height asks the panes
     * as before.
     */
    private static final class TotalsLine extends Label {
        /** False while the superclass constructors run (they may request layout before the fields exist). */
        private final boolean constructed;

        TotalsLine() {
            constructed = true;
        }

        @Override
        protected double computePrefWidth(double height) {
            // About "Totals, USD": the pane's width comes from its tables, never from this text.
            return 120;
        }

        @Override
        public void requestLayout() {
            if (constructed && getScene() != null && getParent() != null && getWidth() > 0
                    && snapSizeY(prefHeight(getWidth())) == snapSizeY(getHeight())) {
                setNeedsLayout(true);
            } else {
                super.requestLayout();
            }
        }
    }

    /** Sort key of a liquidation price (or its distance): "now" first, "none" last. */
    private static double liquidationOrder(LiquidationPrice lp, boolean distance) {
        return switch (lp.kind()) {
            case NOW -> Double.NEGATIVE_INFINITY;
            case NONE -> Double.POSITIVE_INFINITY;
            case PRICE -> distance ? Math.abs(lp.distanceFraction()) : lp.price();
        };
    }

    /** Liquidation price, or its distance from the mark in percent and daily volatilities. */
    private static final class LiquidationCell extends RowFigureCell<PositionRow, PositionRisk> {
        private final boolean distance;
        /**
         * One tooltip per cell whose text is built only when it shows: creating a tooltip (a popup
         * window) per cell per block was the largest cost of a block with many positions.
         */
        private final Tooltip how = new Tooltip();
        private PositionRisk shown;
        private boolean uncertain;
        private boolean liquidatable;

        LiquidationCell(boolean distance) {
            super(PositionRow::blocks, PositionRow::risk);
            this.distance = distance;
            getStyleClass().add("numeric");
            how.setOnShowing(e -> how.setText(shown == null ? "" : ExplanationPane.asText(shown.liquidationPrice().how())));
        }

        @Override
        protected void show(PositionRow row, PositionRisk p, boolean sameRow) {
            if (p == null) {
                clear();
                return;
            }
            shown = p;
            LiquidationPrice lp = p.liquidationPrice();
            setText(switch (lp.kind()) {
                case NOW -> "now";
                case NONE -> "none";
                case PRICE -> distance
                        ? ScreenFormat.signedPercent(lp.distanceFraction()) + "  " + ScreenFormat.dailyVols(lp.distanceInDailyVols())
                        : ScreenFormat.plainPrice(lp.price());
            });
            showStates(p.uncertain(), lp.kind() == LiquidationPrice.Kind.NOW);
            setTooltip(how);
        }

        /** Set again only when they change (see FigureNumberCell). */
        private void showStates(boolean isUncertain, boolean isLiquidatable) {
            if (isUncertain != uncertain) {
                uncertain = isUncertain;
                pseudoClassStateChanged(States.UNCERTAIN, isUncertain);
            }
            if (isLiquidatable != liquidatable) {
                liquidatable = isLiquidatable;
                pseudoClassStateChanged(States.LIQUIDATABLE, isLiquidatable);
            }
        }

        @Override
        protected void clear() {
            shown = null;
            setText(null);
            setTooltip(null);
            showStates(false, false);
        }
    }
}
