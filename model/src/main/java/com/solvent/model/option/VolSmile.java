package com.solvent.model.option;

import com.solvent.model.Checks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The implied volatilities quoted for one expiry, by log-moneyness {@code k = ln(K/F)}.
 *
 * <p>Interpolation across strikes: linear in vol between neighbouring points in {@code k}; flat (the end
 * point's vol) outside the quoted range. A single point is a flat smile.
 *
 * @param expiry  the expiry the smile was quoted for
 * @param points  quoted points, strictly increasing in log-moneyness, at least one
 */
public record VolSmile(Instant expiry, List<SmilePoint> points) {
    public VolSmile {
        Checks.required(expiry, "smile.expiry");
        points = List.copyOf(Checks.required(points, "smile.points"));
        if (points.isEmpty()) {
            throw new IllegalArgumentException("smile " + expiry + ".points must not be empty");
        }
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).logMoneyness() <= points.get(i - 1).logMoneyness()) {
                throw new IllegalArgumentException("smile " + expiry + ".points[" + i
                        + "] must have a larger logMoneyness than points[" + (i - 1) + "] (points out of order)");
            }
        }
    }

    /** A smile with one vol for every strike. */
    public static VolSmile flat(Instant expiry, double vol) {
        return new VolSmile(expiry, List.of(new SmilePoint(0.0, vol)));
    }

    /** A smile from quotes by strike, converted to log-moneyness against {@code forward}. */
    public static VolSmile ofStrikes(Instant expiry, double forward, double[] strikes, double[] vols) {
        Checks.positive(forward, "smile.forward");
        if (strikes.length != vols.length) {
            throw new IllegalArgumentException("smile " + expiry + ": " + strikes.length + " strikes but "
                    + vols.length + " vols");
        }
        List<SmilePoint> points = new ArrayList<>(strikes.length);
        for (int i = 0; i < strikes.length; i++) {
            Checks.positive(strikes[i], "smile " + expiry + ".strikes[" + i + "]");
            points.add(new SmilePoint(Math.log(strikes[i] / forward), vols[i]));
        }
        return new VolSmile(expiry, points);
    }

    /** The vol at log-moneyness {@code k}: linear between points, flat beyond the ends. */
    public double vol(double k) {
        int n = points.size();
        SmilePoint first = points.getFirst();
        if (n == 1 || k <= first.logMoneyness()) {
            return first.vol();
        }
        SmilePoint last = points.get(n - 1);
        if (k >= last.logMoneyness()) {
            return last.vol();
        }
        int hi = 1;
        while (points.get(hi).logMoneyness() < k) {
            hi++;
        }
        SmilePoint a = points.get(hi - 1);
        SmilePoint b = points.get(hi);
        double w = (k - a.logMoneyness()) / (b.logMoneyness() - a.logMoneyness());
        return a.vol() + w * (b.vol() - a.vol());
    }

    /** A copy with every vol moved by {@code shift} (absolute: +0.05 is five vol points), floored at 0. */
    public VolSmile shifted(double shift) {
        List<SmilePoint> next = new ArrayList<>(points.size());
        for (SmilePoint p : points) {
            next.add(new SmilePoint(p.logMoneyness(), Math.max(0.0, p.vol() + shift)));
        }
        return new VolSmile(expiry, next);
    }
}
