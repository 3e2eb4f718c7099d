package com.solvent.app.venue.distribution;

import com.solvent.app.format.ScreenFormat;
import com.solvent.app.venue.DeskControls;
import com.solvent.app.venue.EmptyStatePane;
import com.solvent.app.venue.ExportFormat;
import com.solvent.model.distribution.HistogramBin;
import com.solvent.model.distribution.LiquidationLevel;
import com.solvent.model.distribution.LiquidationMap;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Two charts of the venue: notional by margin ratio (the histogram; bands at or past 100% are
 * liquidatable) and, for the chosen asset, notional by liquidation price around the mark (a ladder:
 * longs liquidate below the mark, shorts above). Values on hover. Nodes and bindings only.
 */
public final class DistributionView extends VBox {
    public static final String STYLE_CLASS = "venue-distribution";
    public static final String HISTOGRAM_ID = "venue-histogram";
    public static final String MAP_ID = "venue-liquidation-map";
    public static final String ASSET_ID = "venue-map-asset";

    private final BarChart<String, Number> histogram;
    /** Holds the liquidation map: a new chart per map, since a category axis kept the previous bands' labels. */
    private final StackPane mapHolder = new StackPane();
    private StackedBarChart<Number, String> map;
    private final Label histogramNote = new Label();
    private final Label mapNote = new Label();
    private final DistributionModel model;

    DistributionView(DistributionModel model, DistributionController controller) {
        this.model = model;
        getStyleClass().addAll(STYLE_CLASS, "pane", "desk-pane");

        Label title = new Label("Distributions");
        title.getStyleClass().add("pane-title");
        ComboBox<String> asset = new ComboBox<>(model.assets);
        asset.setId(ASSET_ID);
        asset.valueProperty().bindBidirectional(model.asset);
        asset.setTooltip(new Tooltip("The asset whose liquidation map is shown"));
        ComboBox<Double> range = new ComboBox<>(DistributionModel.RANGES);
        range.valueProperty().bindBidirectional(model.range);
        range.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double r) {
                return r == null ? "" : "±" + Math.round(r * 100) + "%";
            }

            @Override
            public Double fromString(String s) {
                return null;
            }
        });
        range.setTooltip(new Tooltip("Price range of the liquidation map around the mark"));
        Button histogramCsv = DeskControls.exportButton("Histogram CSV…", () -> controller.export(getScene().getWindow(),
                ExportFormat.CSV, true));
        Button mapCsv = DeskControls.exportButton("Map CSV…", () -> controller.export(getScene().getWindow(), ExportFormat.CSV, false));
        Button json = DeskControls.exportButton("JSON…", () -> controller.export(getScene().getWindow(), ExportFormat.JSON, false));
        HBox header = new HBox(title, DeskControls.caption("Liquidation map of"), asset, DeskControls.caption("over"),
                range, DeskControls.jobStatus(controller.job()), DeskControls.spacer(), histogramCsv, mapCsv, json);
        header.getStyleClass().addAll("desk-header", "form-row");

        CategoryAxis ratioAxis = new CategoryAxis();
        ratioAxis.setAutoRanging(false);
        ratioAxis.setLabel("Margin ratio, % (maintenance / equity; liquidatable from 100)");
        NumberAxis notionalAxis = new NumberAxis();
        notionalAxis.setLabel("Notional, USD");
        notionalAxis.setTickLabelFormatter(DeskControls.ticks(ScreenFormat::compactWhole));
        histogram = new BarChart<>(ratioAxis, notionalAxis);
        histogram.setId(HISTOGRAM_ID);
        histogram.setTitle("Notional by margin ratio");
        histogram.setLegendVisible(false);
        histogram.setAnimated(false);
        histogram.setCategoryGap(2);
        histogram.getStyleClass().add("desk-chart");

        map = newMap();
        mapHolder.getChildren().setAll(map);
        histogramNote.getStyleClass().add("totals");
        histogramNote.setWrapText(true);
        mapNote.getStyleClass().add("totals");
        mapNote.setWrapText(true);
        VBox left = new VBox(histogram, histogramNote);
        VBox right = new VBox(mapHolder, mapNote);
        VBox.setVgrow(histogram, Priority.ALWAYS);
        VBox.setVgrow(mapHolder, Priority.ALWAYS);
        left.getStyleClass().add("chart-column");
        right.getStyleClass().add("chart-column");
        javafx.scene.control.SplitPane charts = new javafx.scene.control.SplitPane(left, right);
        charts.setOrientation(Orientation.HORIZONTAL);
        charts.setDividerPositions(0.5);

        EmptyStatePane empty = new EmptyStatePane(model.empty);
        empty.visibleProperty().bind(model.empty.map(s -> !s.none()));
        charts.visibleProperty().bind(empty.visibleProperty().not());
        StackPane body = new StackPane(charts, empty);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header, body);

        model.distributions.subscribe(d -> {
            showHistogram(d);
            showMap();
        });
        model.asset.subscribe(a -> showMap());
    }




    /** A band's label in percent: {@code 90–100}, the last {@code ≥200}. */
    static String bandLabel(HistogramBin bin, boolean last) {
        long from = Math.round(bin.fromRatio() * 100);
        return last ? "≥" + from : from + "–" + Math.round(bin.toRatio() * 100);
    }

    private void showHistogram(Distributions d) {
        histogram.getData().clear();
        if (d == null) {
            histogramNote.setText("");
            return;
        }
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        List<HistogramBin> bins = d.histogram().bins();
        double warning = d.ranking().state().market().policy().warningLevel();
        List<String> categories = new ArrayList<>();
        for (int i = 0; i < bins.size(); i++) {
            HistogramBin bin = bins.get(i);
            String label = bandLabel(bin, i == bins.size() - 1);
            categories.add(label);
            XYChart.Data<String, Number> bar = new XYChart.Data<>(label, bin.notional());
            StackPane node = new StackPane();
            node.setUserData(bin.fromRatio() >= 1.0 ? "liquidatable-band"
                    : bin.toRatio() > warning ? "warning-band" : "safe-band");
            Tooltip.install(node, new Tooltip(String.format(Locale.ROOT, "Margin ratio %s%%: %,d accounts, %s USD notional",
                    label, bin.accounts(), ScreenFormat.whole(bin.notional()))));
            bar.setNode(node);
            series.getData().add(bar);
        }
        ((CategoryAxis) histogram.getXAxis()).setCategories(FXCollections.observableArrayList(categories));
        histogram.getData().add(series);
        bandClasses(series);
        double total = d.histogram().totalNotional();
        double liquidatable = d.histogram().liquidatableNotional();
        histogramNote.setText(String.format(Locale.ROOT, "%s USD of %s USD notional (%s) sits at a margin ratio of "
                        + "100%% or more%s.", ScreenFormat.whole(liquidatable), ScreenFormat.whole(total),
                ScreenFormat.percent(d.liquidatableShare()),
                d.histogram().accountsFailed() > 0 ? "; " + d.histogram().accountsFailed() + " accounts not evaluated" : ""));
    }

    private static StackedBarChart<Number, String> newMap() {
        NumberAxis notional = new NumberAxis();
        notional.setLabel("Notional becoming liquidatable, USD");
        notional.setTickLabelFormatter(DeskControls.ticks(ScreenFormat::compactWhole));
        CategoryAxis prices = new CategoryAxis();
        prices.setLabel("Liquidation price, USD");
        StackedBarChart<Number, String> chart = new StackedBarChart<>(notional, prices);
        chart.setId(MAP_ID);
        chart.setAnimated(false);
        chart.setCategoryGap(1);
        chart.getStyleClass().add("desk-chart");
        return chart;
    }

    private void showMap() {
        map = newMap();
        mapHolder.getChildren().setAll(map);
        Distributions d = model.distributions.get();
        LiquidationMap m = d == null || model.asset.get() == null ? null : d.maps().get(model.asset.get());
        if (m == null) {
            map.setTitle("Liquidation map");
            mapNote.setText("");
            return;
        }
        map.setTitle("Liquidation map of " + m.asset() + " around " + ScreenFormat.price(m.mark()));
        XYChart.Series<Number, String> longs = new XYChart.Series<>();
        longs.setName("Longs (liquidated as the price falls)");
        XYChart.Series<Number, String> shorts = new XYChart.Series<>();
        shorts.setName("Shorts (liquidated as the price rises)");
        List<String> categories = new ArrayList<>();
        boolean markPlaced = false;
        for (LiquidationLevel level : m.levels()) {
            if (!markPlaced && level.priceFrom() >= m.mark() - 1e-9 * m.mark()) {
                categories.add(markLabel(m));
                markPlaced = true;
            }
            String label = priceEdges(level);
            categories.add(label);
            longs.getData().add(bar(label, level.longNotional(), level, "long"));
            shorts.getData().add(bar(label, level.shortNotional(), level, "short"));
        }
        if (!markPlaced) {
            categories.add(markLabel(m));
        }
        ((CategoryAxis) map.getYAxis()).setCategories(FXCollections.observableArrayList(categories));
        map.getData().add(longs);
        map.getData().add(shorts);
        bandClasses(longs);
        bandClasses(shorts);
        mapNote.setText(String.format(Locale.ROOT, "Within ±%d%% of the mark: %s USD becomes liquidatable below it, "
                        + "%s USD above it; %d positions (%s USD) are liquidatable now.",
                Math.round(d.range() * 100), ScreenFormat.whole(Distributions.notionalBelowMark(m)),
                ScreenFormat.whole(Distributions.notionalAboveMark(m)), m.positionsNow(),
                ScreenFormat.whole(m.notionalNow())));
    }

    /**
     * A chart sets its bars' style classes when they are added (replacing any), so a bar's band class,
     * kept in its node's user data, is added afterwards.
     */
    private static <X, Y> void bandClasses(XYChart.Series<X, Y> series) {
        for (XYChart.Data<X, Y> d : series.getData()) {
            if (d.getNode() != null && d.getNode().getUserData() instanceof String band) {
                d.getNode().getStyleClass().add(band);
            }
        }
    }

    /** A band's price edges: whole dollars when bands are wide, cents otherwise. */
    static String priceEdges(LiquidationLevel level) {
        java.util.function.DoubleFunction<String> price = level.priceTo() - level.priceFrom() >= 10
                ? ScreenFormat::whole : ScreenFormat::plainPrice;
        return price.apply(level.priceFrom()) + "–" + price.apply(level.priceTo());
    }

    static String markLabel(LiquidationMap m) {
        return "▶ mark " + ScreenFormat.plainPrice(m.mark());
    }

    private static XYChart.Data<Number, String> bar(String label, double notional, LiquidationLevel level, String side) {
        XYChart.Data<Number, String> bar = new XYChart.Data<>(notional, label);
        StackPane node = new StackPane();
        node.setUserData(side + "-band");
        Tooltip.install(node, new Tooltip(String.format(Locale.ROOT, "%s–%s USD: %s USD of %s notional (%d positions "
                        + "in the band, longs and shorts)", ScreenFormat.plainPrice(level.priceFrom()),
                ScreenFormat.plainPrice(level.priceTo()), ScreenFormat.whole(notional), side + "s", level.positions())));
        bar.setNode(node);
        return bar;
    }
}
