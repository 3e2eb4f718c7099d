package com.solvent.app.controls;

import com.solvent.app.format.ScreenFormat;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A margin ratio (maintenance requirement / equity) drawn as a bar against the liquidation level.
 *
 * <p>The bar spans 0 to {@value #SCALE} so that the liquidation level (ratio 1) sits at a fixed
 * place, 80 % along, marked by a line; a thinner tick marks the policy's warning level. Beside
 * the bar, the ratio as a percentage. State goes to the stylesheet as {@code :safe},
 * {@code :warning} or {@code :liquidatable} (plus {@code :uncertain} for a stale price), so the
 * fill colour comes from the theme's health tokens.
 */
public final class MarginRatioBar extends Region {
    public static final String STYLE_CLASS = "margin-ratio-bar";
    /** The ratio at the right end of the bar. */
    public static final double SCALE = 1.25;
    private static final double TEXT_WIDTH = 56;
    private static final double GAP = 6;
    /** Text for a ratio of 1,000% or more. */
    static final String BEYOND = ">999%";

    private final DoubleProperty marginRatio = new SimpleDoubleProperty(this, "marginRatio", Double.NaN);
    private final DoubleProperty warningLevel = new SimpleDoubleProperty(this, "warningLevel", 0.8);
    private final BooleanProperty uncertain = new SimpleBooleanProperty(this, "uncertain");

    private final Region track = part("track");
    private final Region fill = part("fill");
    private final Region warningTick = part("warning-tick");
    private final Region liquidationLine = part("liquidation-line");
    private final Label text = new Label();

    public MarginRatioBar() {
        getStyleClass().add(STYLE_CLASS);
        text.getStyleClass().addAll("ratio-text", "numeric");
        getChildren().addAll(track, fill, warningTick, liquidationLine, text);
        setAccessibleRole(AccessibleRole.TEXT);
        marginRatio.addListener((o, a, b) -> refresh());
        warningLevel.addListener((o, a, b) -> refresh());
        uncertain.addListener((o, a, b) -> refresh());
        refresh();
    }

    public MarginRatioBar(double ratio, double warning, boolean isUncertain) {
        this();
        show(ratio, warning, isUncertain);
    }

    public DoubleProperty marginRatioProperty() {
        return marginRatio;
    }

    public DoubleProperty warningLevelProperty() {
        return warningLevel;
    }

    public BooleanProperty uncertainProperty() {
        return uncertain;
    }

    public void show(double ratio, double warning, boolean isUncertain) {
        warningLevel.set(warning);
        uncertain.set(isUncertain);
        marginRatio.set(ratio);
    }

    /**
     * The ratio as the bar's text: a percentage, or {@value #BEYOND} from ten times the maintenance
     * requirement (a bankrupt account's ratio is the engine's cap, 100,000%, too wide for the bar).
     */
    static String shown(double ratio) {
        return ratio >= 10 ? BEYOND : ScreenFormat.percent(ratio);
    }

    /** The text beside the bar, e.g. {@code 85.3 %}. */
    public String displayedText() {
        return text.getText();
    }

    private static Region part(String styleClass) {
        Region r = new Region();
        r.getStyleClass().add(styleClass);
        r.setManaged(false);
        return r;
    }

    private void refresh() {
        double ratio = marginRatio.get();
        boolean known = Double.isFinite(ratio);
        text.setText(known ? shown(ratio) : ScreenFormat.MISSING);
        pseudoClassStateChanged(States.SAFE, known && ratio < warningLevel.get());
        pseudoClassStateChanged(States.WARNING, known && ratio >= warningLevel.get() && ratio < 1.0);
        pseudoClassStateChanged(States.LIQUIDATABLE, known && ratio >= 1.0);
        pseudoClassStateChanged(States.UNCERTAIN, uncertain.get());
        pseudoClassStateChanged(States.NO_DATA, !known);
        setAccessibleText(known ? "Margin ratio " + ScreenFormat.percent(ratio) + ", liquidation at 100 %"
                : "Margin ratio unknown");
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double w = getWidth() - left - snappedRightInset();
        double h = getHeight() - top - snappedBottomInset();
        double barWidth = Math.max(0, w - TEXT_WIDTH - GAP);
        double barHeight = Math.min(h, 10);
        double barTop = top + (h - barHeight) / 2;
        track.resizeRelocate(left, barTop, barWidth, barHeight);
        double ratio = marginRatio.get();
        double filled = Double.isFinite(ratio) ? Math.min(1.0, Math.max(0.0, ratio / SCALE)) : 0.0;
        fill.resizeRelocate(left, barTop, snapSizeX(barWidth * filled), barHeight);
        double warnX = left + barWidth * Math.min(1.0, warningLevel.get() / SCALE);
        warningTick.resizeRelocate(snapPositionX(warnX - 1), barTop - 2, 2, barHeight + 4);
        double liqX = left + barWidth / SCALE;
        liquidationLine.resizeRelocate(snapPositionX(liqX - 1.5), top, 3, h);
        text.resizeRelocate(left + barWidth + GAP, top, TEXT_WIDTH, h);
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + 80 + GAP + TEXT_WIDTH + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + Math.max(18, text.prefHeight(-1)) + snappedBottomInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + 40 + GAP + TEXT_WIDTH + snappedRightInset();
    }
}
