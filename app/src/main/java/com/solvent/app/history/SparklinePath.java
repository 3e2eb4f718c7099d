package com.solvent.app.history;

/**
 * Where a sparkline's points go in a box of {@code width} x {@code height} pixels: x spreads
 * the points evenly left to right (oldest left), y maps the series' own range to the height
 * with larger values higher. A flat series is drawn across the middle, so "no change" reads as
 * a level line, not as a line stuck to the floor.
 *
 * @param xs  pixel x per point
 * @param ys  pixel y per point (0 at the top, as the canvas counts)
 */
public record SparklinePath(double[] xs, double[] ys) {

    /** The path of {@code values} in the box; at most {@code maxPoints} by keeping every k-th (the last always). */
    public static SparklinePath of(double[] values, double width, double height, int maxPoints) {
        int n = values.length;
        if (n == 0 || width <= 0 || height <= 0) {
            return new SparklinePath(new double[0], new double[0]);
        }
        int step = Math.max(1, (int) Math.ceil((double) n / Math.max(2, maxPoints)));
        int count = (n - 1) / step + 1 + ((n - 1) % step == 0 ? 0 : 1);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double range = max - min;
        double[] xs = new double[count];
        double[] ys = new double[count];
        int k = 0;
        for (int i = 0; i < n; i += step) {
            place(values, i, n, width, height, min, range, xs, ys, k++);
        }
        if (k < count) {
            place(values, n - 1, n, width, height, min, range, xs, ys, k);
        }
        return new SparklinePath(xs, ys);
    }

    private static void place(double[] values, int i, int n, double width, double height, double min, double range,
                              double[] xs, double[] ys, int k) {
        xs[k] = n == 1 ? width : width * i / (n - 1);
        ys[k] = range <= 0 ? height / 2 : height - height * (values[i] - min) / range;
    }

    public int size() {
        return xs.length;
    }
}
