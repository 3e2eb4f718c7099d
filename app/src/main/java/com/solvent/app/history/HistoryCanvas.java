package com.solvent.app.history;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/**
 * An account's {@link RiskHistory} drawn on one canvas that fills the control. It repaints only
 * when the history changed (its version) or the control was resized, so a view showing many of
 * them costs a few line segments per account per block. Subclasses draw in {@link #repaint()}.
 */
public abstract class HistoryCanvas extends Region {
    /** The drawing surface, sized to the control's content area. */
    protected final Canvas canvas = new Canvas();
    private RiskHistory history;
    private long paintedVersion = -1;

    protected HistoryCanvas() {
        getChildren().add(canvas);
    }

    /** Shows {@code next} (null: nothing); call {@link #refresh()} after the history grew. */
    public final void show(RiskHistory next) {
        history = next;
        paintedVersion = -1;
        refresh();
    }

    /** Repaints when the history changed since the last paint. */
    public final void refresh() {
        long version = history == null ? -2 : history.version();
        if (version != paintedVersion) {
            paintedVersion = version;
            repaint();
        }
    }

    /** The history shown, or null. */
    protected final RiskHistory history() {
        return history;
    }

    /** Draws the history (or clears the canvas when there is nothing to draw). */
    protected abstract void repaint();

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth() - snappedLeftInset() - snappedRightInset());
        double h = snapSizeY(getHeight() - snappedTopInset() - snappedBottomInset());
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(Math.max(0, w));
            canvas.setHeight(Math.max(0, h));
            canvas.relocate(snappedLeftInset(), snappedTopInset());
            repaint();
        }
    }
}
