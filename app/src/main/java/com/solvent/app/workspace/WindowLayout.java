package com.solvent.app.workspace;

import java.util.List;

/**
 * Where the main window was and how its panes were split, in screen pixels.
 *
 * @param x          left edge of the window; NaN when never saved (the stage centres itself)
 * @param y          top edge of the window; NaN when never saved
 * @param width      window width, at least {@link #MIN_WIDTH}
 * @param height     window height, at least {@link #MIN_HEIGHT}
 * @param maximized  whether the window filled the screen
 * @param dividers   split-pane divider positions, fractions in [0, 1], left to right
 */
public record WindowLayout(double x, double y, double width, double height, boolean maximized,
                           List<Double> dividers) {
    public static final double MIN_WIDTH = 900;
    public static final double MIN_HEIGHT = 560;
    private static final double FIRST_WIDTH = 1600;
    private static final double FIRST_HEIGHT = 960;

    /** The layout of a first start: watchlist left, account centre, what-if desk right. */
    public static final WindowLayout DEFAULT = new WindowLayout(Double.NaN, Double.NaN, FIRST_WIDTH, FIRST_HEIGHT,
            false, List.of(0.41, 0.77));

    public WindowLayout {
        width = Math.max(MIN_WIDTH, Double.isFinite(width) ? width : FIRST_WIDTH);
        height = Math.max(MIN_HEIGHT, Double.isFinite(height) ? height : FIRST_HEIGHT);
        dividers = dividers == null ? List.of() : dividers.stream()
                .filter(d -> d != null && Double.isFinite(d))
                .map(d -> Math.max(0.0, Math.min(1.0, d)))
                .toList();
    }

    /** Whether a position was saved (a first start has none and lets the stage centre itself). */
    public boolean hasPosition() {
        return Double.isFinite(x) && Double.isFinite(y);
    }
}
