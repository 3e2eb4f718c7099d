package com.solvent.app.history;

import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.PaintConverter;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

import java.util.List;

/**
 * A small line of an account's margin ratio over the recorded blocks, drawn on one canvas.
 * It repaints only when the history changed (its version) or the control was resized, so a
 * table full of them costs a few line segments per account per block. The stroke comes from
 * CSS ({@code -solvent-line-color}), so light and dark themes colour it.
 */
public final class Sparkline extends HistoryCanvas {
    public static final String STYLE_CLASS = "sparkline";
    /** Points drawn at most; more blocks are thinned, the latest always kept. */
    static final int MAX_POINTS = 120;

    private static final CssMetaData<Sparkline, Paint> LINE_COLOR = new CssMetaData<>("-solvent-line-color",
            PaintConverter.getInstance(), Color.GRAY) {
        @Override
        public boolean isSettable(Sparkline s) {
            return !s.lineColor.isBound();
        }

        @Override
        public StyleableProperty<Paint> getStyleableProperty(Sparkline s) {
            return s.lineColor;
        }
    };
    private static final List<CssMetaData<? extends Styleable, ?>> CSS = List.copyOf(concat());

    private final StyleableObjectProperty<Paint> lineColor = new SimpleStyleableObjectProperty<>(LINE_COLOR, this,
            "lineColor", Color.GRAY);

    public Sparkline() {
        getStyleClass().add(STYLE_CLASS);
        setPrefSize(64, 18);
        setMinSize(24, 12);
        lineColor.addListener(o -> repaint());
    }

    @Override
    protected void repaint() {
        RiskHistory history = history();
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (history == null || history.size() < 2 || w < 2 || h < 2) {
            return;
        }
        // One pixel of margin so the stroke is not clipped at the extremes.
        SparklinePath path = SparklinePath.of(history.marginRatios(), w - 2, h - 2, MAX_POINTS);
        g.setStroke(lineColor.get());
        g.setLineWidth(1.25);
        g.beginPath();
        g.moveTo(path.xs()[0] + 1, path.ys()[0] + 1);
        for (int i = 1; i < path.size(); i++) {
            g.lineTo(path.xs()[i] + 1, path.ys()[i] + 1);
        }
        g.stroke();
        g.setFill(lineColor.get());
        int last = path.size() - 1;
        g.fillOval(path.xs()[last] - 1, path.ys()[last] - 1, 4, 4);
    }

    private static List<CssMetaData<? extends Styleable, ?>> concat() {
        var all = new java.util.ArrayList<>(Region.getClassCssMetaData());
        all.add(LINE_COLOR);
        return all;
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS;
    }
}
