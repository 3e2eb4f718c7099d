package com.solvent.app.venue.replay;

import com.solvent.app.controls.HealthBadge;
import com.solvent.app.controls.NumberCell;
import com.solvent.app.format.ScreenFormat;
import com.solvent.app.venue.DeskControls;
import com.solvent.app.venue.EmptyStatePane;
import com.solvent.app.venue.ExportFormat;
import com.solvent.chain.scan.LiquidationDistance;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The replay tab: the form (account or whole book, block range, step), the timeline chart of margin
 * ratio and distance to liquidation per block with the liquidation level (100 %) marked and the
 * cursor's block as a vertical line, the cursor's controls and readout, and one table row per block.
 * Left and right arrows (Home, End) move the cursor when no text field has the focus. Nodes and
 * bindings only.
 */
public final class ReplayView extends VBox {
    public static final String STYLE_CLASS = "venue-replay";
    public static final String TARGET_ID = "replay-target";
    public static final String FROM_ID = "replay-from";
    public static final String TO_ID = "replay-to";
    public static final String EVERY_ID = "replay-every";
    public static final String RUN_ID = "replay-run";
    public static final String CANCEL_ID = "replay-cancel";
    public static final String CHART_ID = "replay-chart";
    public static final String SLIDER_ID = "replay-slider";
    public static final String READOUT_ID = "replay-readout";
    public static final String TIMELINE_ID = "replay-timeline";
    public static final String STOPPED_ID = "replay-stopped";
    public static final String PREVIOUS_ID = "replay-previous";
    public static final String NEXT_ID = "replay-next";
    /** Margin ratios above this are drawn at it (a bankrupt account's ratio is capped at 1,000x): the level stays readable. */
    static final double CHART_CEILING_PERCENT = 300;
    /** Points per series at most; a longer timeline is drawn in buckets of blocks. */
    static final int MAX_DRAWN = 1_500;
    static final String MARGIN_RATIO_SERIES = "Margin ratio";
    static final String DISTANCE_SERIES = "Distance to liquidation";
    static final String LEVEL_SERIES = "Liquidation level (100 %)";
    static final String CURSOR_SERIES = "Cursor";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final ReplayModel model;
    private final LineChart<Number, Number> chart;
    private final XYChart.Series<Number, Number> cursorLine = new XYChart.Series<>();
    private final Label readout = new Label();
    /** The top of the drawn values, percent: the cursor's line spans the plot without stretching its axis. */
    private double top = 110;
    private final TableView<ReplayPoint> timeline;
    private boolean selecting;

    ReplayView(ReplayModel model, ReplayController controller) {
        this.model = model;
        getStyleClass().addAll(STYLE_CLASS, "pane", "desk-pane");

        Label title = new Label("Historical replay");
        title.getStyleClass().add("pane-title");
        Button run = DeskControls.button("Run replay", MaterialDesignP.PLAY, RUN_ID, controller::run);
        run.disableProperty().bind(controller.job().runningProperty().or(model.ready.not()));
        Button cancel = DeskControls.cancelButton(controller.job(), CANCEL_ID);
        Button csv = DeskControls.exportButton("CSV…", () -> controller.export(getScene().getWindow(), ExportFormat.CSV));
        Button json = DeskControls.exportButton("JSON…", () -> controller.export(getScene().getWindow(), ExportFormat.JSON));
        csv.disableProperty().bind(model.outcome.isNull());
        json.disableProperty().bind(model.outcome.isNull());
        HBox header = new HBox(title, run, cancel, DeskControls.jobStatus(controller.job()), DeskControls.spacer(), csv,
                json);
        header.getStyleClass().addAll("desk-header", "form-row");

        ComboBox<ReplayTarget> target = new ComboBox<>(model.targets);
        target.setId(TARGET_ID);
        target.setEditable(true);
        target.setPrefWidth(300);
        target.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReplayTarget t) {
                return t == null ? "" : t.toString();
            }

            @Override
            public ReplayTarget fromString(String text) {
                String t = text == null ? "" : text.strip();
                for (ReplayTarget known : model.targets) {
                    if (known.toString().equals(t) || known.address().equalsIgnoreCase(t)) {
                        return known;
                    }
                }
                return t.matches("0x[0-9a-fA-F]{40}") ? new ReplayTarget(t, "") : null;
            }
        });
        target.valueProperty().bindBidirectional(model.target);
        target.setTooltip(new Tooltip("The account to replay (pick one or type a 0x address), or the whole book"));
        HBox form = new HBox(DeskControls.caption("Account"), target,
                DeskControls.caption("From block"), field(model.from, FROM_ID, 7, "First block replayed"),
                DeskControls.caption("To block"), field(model.to, TO_ID, 7, "Last block replayed (at most the node's head)"),
                DeskControls.caption("Every"), field(model.every, EVERY_ID, 3, "Replay every k-th block (the last always)"));
        form.getStyleClass().add("form-row");
        Label error = new Label();
        error.getStyleClass().add("input-error");
        error.setWrapText(true);
        error.textProperty().bind(model.formError);
        error.visibleProperty().bind(model.formError.isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label stopped = new Label();
        stopped.setId(STOPPED_ID);
        stopped.getStyleClass().add("input-error");
        stopped.setWrapText(true);
        stopped.textProperty().bind(model.stopped);
        stopped.visibleProperty().bind(model.stopped.isNotEmpty());
        stopped.managedProperty().bind(stopped.visibleProperty());

        NumberAxis blocks = new NumberAxis();
        blocks.setLabel("Block");
        blocks.setForceZeroInRange(false);
        blocks.setMinorTickVisible(false);
        blocks.setTickLabelFormatter(DeskControls.ticks(v -> Long.toString((long) v)));
        NumberAxis percent = new NumberAxis();
        percent.setLabel("Percent");
        percent.setTickLabelFormatter(DeskControls.ticks(v -> String.format(Locale.ROOT, "%.0f %%", v)));
        chart = new LineChart<>(blocks, percent);
        chart.setId(CHART_ID);
        chart.setTitle("Margin ratio and distance to liquidation, block by block");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.getStyleClass().addAll("desk-chart", "replay-chart");
        cursorLine.setName(CURSOR_SERIES);
        EmptyStatePane empty = new EmptyStatePane(model.empty);
        empty.visibleProperty().bind(model.empty.map(e -> !e.none()));
        chart.visibleProperty().bind(empty.visibleProperty().not());
        StackPane chartBox = new StackPane(chart, empty);

        Slider slider = new Slider(0, 0, 0);
        slider.setId(SLIDER_ID);
        slider.setBlockIncrement(1);
        slider.setMajorTickUnit(1);
        slider.setSnapToTicks(true);
        slider.setFocusTraversable(false);
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.points));
        slider.valueProperty().addListener((o, was, now) -> {
            if (!selecting && now.intValue() != model.cursor.get()) {
                controller.moveTo(now.intValue());
            }
        });
        Button first = DeskControls.button("", MaterialDesignS.SKIP_PREVIOUS, null, controller::first);
        first.setTooltip(new Tooltip("First block (Home)"));
        Button previous = DeskControls.button("", MaterialDesignC.CHEVRON_LEFT, PREVIOUS_ID, controller::previous);
        previous.setTooltip(new Tooltip("Previous block (left arrow)"));
        Button next = DeskControls.button("", MaterialDesignC.CHEVRON_RIGHT, NEXT_ID, controller::next);
        next.setTooltip(new Tooltip("Next block (right arrow)"));
        Button last = DeskControls.button("", MaterialDesignS.SKIP_NEXT, null, controller::last);
        last.setTooltip(new Tooltip("Last block (End)"));
        for (Button b : new Button[] {first, previous, next, last}) {
            b.disableProperty().bind(slider.disableProperty());
            b.setFocusTraversable(false);
        }
        readout.setId(READOUT_ID);
        readout.getStyleClass().add("replay-readout");
        readout.setWrapText(true);
        readout.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // two lines, never cut short by the chart
        HBox cursorBar = new HBox(first, previous, slider, next, last);
        cursorBar.getStyleClass().add("form-row");

        timeline = timeline(model);
        VBox top = new VBox(chartBox, cursorBar, readout);
        VBox.setVgrow(chartBox, Priority.ALWAYS);
        SplitPane body = new SplitPane(top, timeline);
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.62);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header, form, error, stopped, body);

        model.points.addListener((ListChangeListener<ReplayPoint>) c -> {
            selecting = true;
            slider.setMax(Math.max(0, model.points.size() - 1));
            selecting = false;
            drawTimeline();
        });
        model.cursor.subscribe(i -> {
            selecting = true;
            int index = i.intValue();
            if (index >= 0) {
                slider.setValue(index);
                if (index < timeline.getItems().size() && timeline.getSelectionModel().getSelectedIndex() != index) {
                    timeline.getSelectionModel().clearAndSelect(index);
                    timeline.scrollTo(Math.max(0, index - 3));
                }
            }
            selecting = false;
            showCursor();
        });
        timeline.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (!selecting && now.intValue() >= 0) {
                controller.moveTo(now.intValue());
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (getScene() != null && getScene().getFocusOwner() instanceof TextInputControl) {
                return; // the arrows edit the text there
            }
            switch (e.getCode()) {
                case LEFT -> controller.previous();
                case RIGHT -> controller.next();
                case HOME -> controller.first();
                case END -> controller.last();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        drawTimeline();
    }

    /** Redraws the series from the points read so far. */
    private void drawTimeline() {
        chart.getData().clear();
        if (model.points.isEmpty()) {
            showCursor();
            return;
        }
        XYChart.Series<Number, Number> ratio = new XYChart.Series<>();
        ratio.setName(MARGIN_RATIO_SERIES);
        XYChart.Series<Number, Number> distance = new XYChart.Series<>();
        distance.setName(DISTANCE_SERIES);
        top = 110;
        // a long range is drawn in buckets of consecutive blocks: the highest ratio and the nearest
        // liquidation of each (a spike toward liquidation is never averaged away)
        int n = model.points.size();
        int step = Math.max(1, (int) Math.ceil(n / (double) MAX_DRAWN));
        for (int start = 0; start < n; start += step) {
            double highest = Double.NaN;
            double nearest = Double.NaN;
            int end = Math.min(n, start + step);
            for (int i = start; i < end; i++) {
                ReplayPoint p = model.points.get(i);
                if (Double.isFinite(p.marginRatio()) && !(p.marginRatio() <= highest)) {
                    highest = p.marginRatio();
                }
                if (Double.isFinite(p.liquidationDistance()) && !(p.liquidationDistance() >= nearest)) {
                    nearest = p.liquidationDistance();
                }
            }
            long block = model.points.get(start).block();
            top = Math.max(top, Math.min(CHART_CEILING_PERCENT, 100 * Math.max(nanToZero(highest), nanToZero(nearest))));
            if (Double.isFinite(highest)) {
                ratio.getData().add(new XYChart.Data<>(block, Math.min(CHART_CEILING_PERCENT, 100 * highest)));
            }
            if (Double.isFinite(nearest)) {
                distance.getData().add(new XYChart.Data<>(block, Math.min(CHART_CEILING_PERCENT, 100 * nearest)));
            }
        }
        XYChart.Series<Number, Number> level = new XYChart.Series<>();
        level.setName(LEVEL_SERIES);
        level.getData().add(new XYChart.Data<>(model.points.getFirst().block(), 100));
        level.getData().add(new XYChart.Data<>(model.points.getLast().block(), 100));
        chart.getData().add(ratio);
        chart.getData().add(distance);
        chart.getData().add(level);
        chart.getData().add(cursorLine);
        NumberAxis blocks = (NumberAxis) chart.getXAxis();
        blocks.setAutoRanging(false);
        long lo = model.points.getFirst().block();
        long hi = Math.max(lo + 1, model.points.getLast().block());
        blocks.setLowerBound(lo);
        blocks.setUpperBound(hi);
        blocks.setTickUnit(Math.max(1, Math.ceil((hi - lo) / 10.0)));
        showCursor();
    }

    private static double nanToZero(double v) {
        return Double.isFinite(v) ? v : 0;
    }

    /** Moves the cursor's line and fills the readout with the cursor block's figures. */
    private void showCursor() {
        int i = model.cursor.get();
        cursorLine.getData().clear();
        if (i < 0 || i >= model.points.size()) {
            readout.setText(model.points.isEmpty() ? "" : "Move the cursor to see a block's figures.");
            return;
        }
        ReplayPoint p = model.points.get(i);
        cursorLine.getData().add(new XYChart.Data<>(p.block(), 0));
        cursorLine.getData().add(new XYChart.Data<>(p.block(), top));
        readout.setText(readout(p, i, model.points.size(), model.target.get()));
    }

    /** The cursor block's figures in one or two lines. */
    static String readout(ReplayPoint p, int index, int count, ReplayTarget target) {
        String at = String.format(Locale.ROOT, "Block %s (%d of %d) · %s UTC", ScreenFormat.block(p.block()), index + 1,
                count, TIME.format(p.blockTime()));
        if (p.health().isEmpty()) {
            return at + " · not evaluated" + (p.book().failures().isEmpty() ? "" : ": " + p.book().failures().values()
                    .iterator().next());
        }
        // the same words as every other health figure ("Liquidatable", "Warning (uncertain)")
        String health = HealthBadge.word(p.health().get(), p.book().ranking().getFirst().uncertain());
        if (p.book().ranking().size() == 1 && target != null && target.account().isPresent()) {
            return at + String.format(Locale.ROOT, " · %s · margin ratio %s · nearest liquidation %s%n"
                            + "Equity %s · maintenance requirement %s · free collateral %s", health,
                    ScreenFormat.percent(p.marginRatio()), liquidation(p.nearest()), ScreenFormat.usd(p.equity()),
                    ScreenFormat.usd(p.maintenanceRequirement()),
                    ScreenFormat.usd(p.book().ranking().getFirst().freeCollateral()));
        }
        String shortAccount = p.account().length() > 12
                ? p.account().substring(0, 6) + "…" + p.account().substring(p.account().length() - 4) : p.account();
        return at + String.format(Locale.ROOT, " · %,d accounts, %,d liquidatable · worst health %s · highest margin "
                        + "ratio %s (%s)%nNearest liquidation over the book %s · equity %s · maintenance requirement %s",
                p.book().totals().accounts(), p.liquidatable(), health, ScreenFormat.percent(p.marginRatio()),
                shortAccount, liquidation(p.nearest()), ScreenFormat.usd(p.equity()),
                ScreenFormat.usd(p.maintenanceRequirement()));
    }

    /** "-12.4 % ETH-PERP (2,810.00)", "now ETH-PERP", "none". */
    static String liquidation(LiquidationDistance d) {
        return switch (d.kind()) {
            case NONE -> "none";
            case NOW -> "now " + d.market();
            case PRICE -> ScreenFormat.signedPercent(d.fraction()) + " " + d.market() + " (" + ScreenFormat.price(d.price()) + ")";
        };
    }

    /** "-12.4 % ETH-PERP", "now ETH-PERP", "none". */
    static String shortLiquidation(LiquidationDistance d) {
        return switch (d.kind()) {
            case NONE -> "none";
            case NOW -> "now " + d.market();
            case PRICE -> ScreenFormat.signedPercent(d.fraction()) + " " + d.market();
        };
    }

    private static TextField field(javafx.beans.property.StringProperty value, String id, int columns, String help) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.setPrefColumnCount(columns);
        field.setTooltip(new Tooltip(help));
        return field;
    }

    private static TableView<ReplayPoint> timeline(ReplayModel model) {
        TableView<ReplayPoint> table = new TableView<>(model.points);
        table.setId(TIMELINE_ID);
        table.getStyleClass().add("replay-timeline");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("One row per replayed block appears here."));
        table.getColumns().add(numeric("Block", "The block read", ReplayPoint::block, v -> Long.toString((long) v)));
        table.getColumns().add(text("Time (UTC)", "The block's timestamp", p -> TIME.format(p.blockTime())));
        table.getColumns().add(health());
        table.getColumns().add(numeric("Margin ratio", "Maintenance requirement / equity; liquidatable at 100 % "
                + "(the highest over the book for the whole book)", ReplayPoint::marginRatio, v -> Double.isFinite(v)
                ? ScreenFormat.percent(v) : ScreenFormat.MISSING));
        table.getColumns().add(text("Nearest liquidation", "The move of the underlying that reaches the nearest "
                + "liquidation price (the price is in the readout above)", p -> shortLiquidation(p.nearest())));
        table.getColumns().add(numeric("Equity", "Equity, USD (the sum for the whole book)", ReplayPoint::equity,
                ScreenFormat::compactWhole));
        table.getColumns().add(numeric("Maint. req.", "Maintenance requirement, USD (the sum for the whole book)",
                ReplayPoint::maintenanceRequirement, ScreenFormat::compactWhole));
        table.getColumns().add(numeric("Liquidatable", "Accounts liquidatable or bankrupt at the block",
                ReplayPoint::liquidatable, v -> String.format(Locale.ROOT, "%,d", (long) v)));
        return table;
    }

    private static TableColumn<ReplayPoint, String> text(String title, String meaning, Function<ReplayPoint, String> value) {
        TableColumn<ReplayPoint, String> column = new TableColumn<>();
        Label label = new Label(title);
        label.setTooltip(new Tooltip(meaning));
        column.setGraphic(label);
        column.setId(title);
        column.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        column.setSortable(false);
        return column;
    }

    private static TableColumn<ReplayPoint, ReplayPoint> numeric(String title, String meaning,
                                                                 ToDoubleFunction<ReplayPoint> value,
                                                                 DoubleFunction<String> format) {
        TableColumn<ReplayPoint, ReplayPoint> column = new TableColumn<>();
        Label label = new Label(title);
        label.setTooltip(new Tooltip(meaning));
        column.setGraphic(label);
        column.setId(title);
        column.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        column.setCellFactory(c -> new NumberCell<ReplayPoint, ReplayPoint>(value, format, r -> false, ReplayPoint::block));
        column.getStyleClass().add("numeric-column");
        column.setSortable(false);
        return column;
    }

    /** The health at the block as the badge every other view shows (icon, word, colour); "—" when not evaluated. */
    private static TableColumn<ReplayPoint, ReplayPoint> health() {
        TableColumn<ReplayPoint, ReplayPoint> column = new TableColumn<>();
        Label label = new Label("Health");
        label.setTooltip(new Tooltip("The account's health (the worst over the book for the whole book)"));
        column.setGraphic(label);
        column.setId("Health");
        column.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final HealthBadge badge = new HealthBadge();

            @Override
            protected void updateItem(ReplayPoint item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null || item.health().isEmpty()) {
                    setGraphic(null);
                    setText(empty || item == null ? null : ScreenFormat.MISSING);
                    return;
                }
                setText(null);
                badge.show(item.health().get(), !item.book().ranking().isEmpty() && item.book().ranking().getFirst().uncertain());
                setGraphic(badge);
            }
        });
        column.setSortable(false);
        return column;
    }

    /** The timeline table, for tests. */
    TableView<ReplayPoint> timelineTable() {
        return timeline;
    }
}
