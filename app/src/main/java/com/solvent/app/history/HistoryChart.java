package com.solvent.app.history;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * An account's margin ratio (percent) over block numbers, for the account view. Redrawn from
 * the history only when its version changed; the series is thinned to {@link #MAX_POINTS} so a
 * full 2,000-block history stays cheap to lay out.
 */
public final class HistoryChart extends LineChart<Number, Number> {
    public static final String STYLE_CLASS = "history-chart";
    static final int MAX_POINTS = 200;

    private final XYChart.Series<Number, Number> ratio = new XYChart.Series<>();
    private RiskHistory history;
    private long shownVersion = -1;

    public HistoryChart() {
        super(blockAxis(), percentAxis());
        getStyleClass().add(STYLE_CLASS);
        setAnimated(false);
        setCreateSymbols(false);
        setLegendVisible(false);
        ratio.setName("Margin ratio");
        setData(FXCollections.observableArrayList(List.of(ratio)));
        setTitle(null);
    }

    public void show(RiskHistory next) {
        history = next;
        shownVersion = -1;
        refresh();
    }

    /** Redraws when the history changed since it was last drawn. */
    public void refresh() {
        long version = history == null ? -2 : history.version();
        if (version == shownVersion) {
            return;
        }
        shownVersion = version;
        ObservableList<XYChart.Data<Number, Number>> points = ratio.getData();
        if (history == null || history.isEmpty()) {
            points.clear();
            return;
        }
        int n = history.size();
        int step = Math.max(1, (int) Math.ceil((double) n / MAX_POINTS));
        List<XYChart.Data<Number, Number>> next = new ArrayList<>(n / step + 2);
        for (int i = 0; i < n; i += step) {
            next.add(new XYChart.Data<>(history.block(i), history.marginRatio(i) * 100));
        }
        if ((n - 1) % step != 0) {
            next.add(new XYChart.Data<>(history.block(n - 1), history.marginRatio(n - 1) * 100));
        }
        points.setAll(next);
    }

    private static NumberAxis blockAxis() {
        NumberAxis axis = new NumberAxis();
        axis.setLabel("Block");
        axis.setForceZeroInRange(false);
        axis.setAutoRanging(true);
        axis.setMinorTickVisible(false);
        DecimalFormat whole = new DecimalFormat("#,##0");
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return whole.format(n.longValue());
            }

            @Override
            public Number fromString(String s) {
                throw new UnsupportedOperationException("axis labels are not parsed");
            }
        });
        return axis;
    }

    private static NumberAxis percentAxis() {
        NumberAxis axis = new NumberAxis();
        axis.setLabel("%");
        axis.setForceZeroInRange(true);
        axis.setMinorTickVisible(false);
        return axis;
    }
}
