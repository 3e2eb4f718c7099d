package com.solvent.app.history;

import com.solvent.app.format.DisplayFormat;

import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.PaintConverter;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.List;

/**
 * An account's margin ratio (percent) over block numbers, for the account view, drawn on one
 * canvas: percent axis from 0 with three labels, the first and last block under the line, and a
 * dashed line at 100 % (liquidation) once the ratio comes near it. It repaints only when the
 * history changed (its version) or the control was resized, and draws at most
 * {@link #MAX_POINTS} points (thinned, the latest always kept).
 *
 * <p>Why a canvas: the JavaFX {@code LineChart} it replaces laid out its axes, tick marks and
 * series path at every block, about a third of the account view's layout pass with 10,000
 * positions. Colours come from CSS ({@code -solvent-line-color}, {@code -solvent-axis-color},
 * {@code -fx-background-color}), so the themes colour it.
 */
public final class HistoryChart extends HistoryCanvas {
    public static final String STYLE_CLASS = "history-chart";
    static final int MAX_POINTS = 200;
    private static final double LEFT = 46;
    private static final double BOTTOM = 18;
    private static final double TOP = 8;
    private static final double RIGHT = 8;

    private static final CssMetaData<HistoryChart, Paint> LINE_COLOR = color("-solvent-line-color", c -> c.lineColor);
    private static final CssMetaData<HistoryChart, Paint> AXIS_COLOR = color("-solvent-axis-color", c -> c.axisColor);
    private static final List<CssMetaData<? extends Styleable, ?>> CSS;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Region.getClassCssMetaData());
        all.add(LINE_COLOR);
        all.add(AXIS_COLOR);
        CSS = List.copyOf(all);
    }

    private final StyleableObjectProperty<Paint> lineColor = new SimpleStyleableObjectProperty<>(LINE_COLOR, this,
            "lineColor", Color.SEAGREEN);
    private final StyleableObjectProperty<Paint> axisColor = new SimpleStyleableObjectProperty<>(AXIS_COLOR, this,
            "axisColor", Color.GRAY);

    public HistoryChart() {
        getStyleClass().add(STYLE_CLASS);
        setPrefSize(400, 150);
        setMinSize(120, 60);
        lineColor.addListener(o -> repaint());
        axisColor.addListener(o -> repaint());
    }

    /** Indexes of the history drawn: every {@code step}-th block and always the latest. */
    static int[] drawn(int size, int maxPoints) {
        if (size <= 0) {
            return new int[0];
        }
        int step = Math.max(1, (int) Math.ceil((double) size / maxPoints));
        int count = (size - 1) / step + 1 + ((size - 1) % step != 0 ? 1 : 0);
        int[] out = new int[count];
        int k = 0;
        for (int i = 0; i < size; i += step) {
            out[k++] = i;
        }
        if (k < count) {
            out[k] = size - 1;
        }
        return out;
    }

    /** The top of the percent axis: the largest ratio rounded up to a round number, at least 10 %. */
    static double axisTop(double maxPercent) {
        double top = Math.max(10, maxPercent * 1.1);
        double unit = Math.pow(10, Math.floor(Math.log10(top)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * unit >= top) {
                return m * unit;
            }
        }
        return 10 * unit;
    }

    @Override
    protected void repaint() {
        RiskHistory history = history();
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (history == null || history.size() < 2 || w < LEFT + RIGHT + 10 || h < TOP + BOTTOM + 10) {
            return;
        }
        int[] points = drawn(history.size(), MAX_POINTS);
        double max = 0;
        for (int i : points) {
            double r = history.marginRatio(i) * 100;
            if (Double.isFinite(r)) {
                max = Math.max(max, Math.min(r, 1_000));
            }
        }
        double top = axisTop(max);
        double plotW = w - LEFT - RIGHT;
        double plotH = h - TOP - BOTTOM;
        long first = history.block(points[0]);
        long last = history.block(points[points.length - 1]);
        double span = Math.max(1, last - first);

        g.setFont(Font.font(11));
        g.setFill(axisColor.get());
        g.setStroke(axisColor.get());
        g.setLineWidth(1);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        for (double v : new double[] {0, top / 2, top}) {
            double y = TOP + plotH * (1 - v / top);
            g.fillText(grouped(v) + " %", LEFT - 6, y);
            g.setGlobalAlpha(0.25);
            g.strokeLine(LEFT, Math.round(y) + 0.5, LEFT + plotW, Math.round(y) + 0.5);
            g.setGlobalAlpha(1);
        }
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("block " + grouped(first), LEFT, TOP + plotH + 3);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(grouped(last), LEFT + plotW, TOP + plotH + 3);
        if (top >= 100) {
            double y = Math.round(TOP + plotH * (1 - 100 / top)) + 0.5;
            g.setLineDashes(4, 3);
            g.strokeLine(LEFT, y, LEFT + plotW, y);
            g.setLineDashes((double[]) null);
        }

        g.setStroke(lineColor.get());
        g.setLineWidth(1.5);
        g.beginPath();
        boolean started = false;
        for (int i : points) {
            double r = history.marginRatio(i) * 100;
            if (!Double.isFinite(r)) {
                continue;
            }
            double x = LEFT + plotW * (history.block(i) - first) / span;
            double y = TOP + plotH * (1 - Math.min(r, top) / top);
            if (started) {
                g.lineTo(x, y);
            } else {
                g.moveTo(x, y);
                started = true;
            }
        }
        g.stroke();
    }

    private interface PropertyOf {
        StyleableObjectProperty<Paint> of(HistoryChart chart);
    }

    private static CssMetaData<HistoryChart, Paint> color(String name, PropertyOf property) {
        return new CssMetaData<>(name, PaintConverter.getInstance(), Color.GRAY) {
            @Override
            public boolean isSettable(HistoryChart c) {
                return !property.of(c).isBound();
            }

            @Override
            public StyleableProperty<Paint> getStyleableProperty(HistoryChart c) {
                return property.of(c);
            }
        };
    }

    /**
     * A whole number with thousands separators, as {@code %,.0f} / {@code %,d} wrote it: the chart
     * repaints at every block, and String.format was most of a repaint's time.
     */
    static String grouped(double whole) {
        return DisplayFormat.grouped(whole, 0);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS;
    }
}
