package com.solvent.app.profile;

import com.solvent.model.scenario.RiskProfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the profile chart draws for one account and asset: the profile today, at a later date
 * (options decay and futures approach expiry) and under the what-if scenario, each with its
 * liquidation points, and the asset's live price.
 *
 * @param today      the profile at the report's time; null when none could be computed
 * @param later      the profile {@code days} later, prices held; null when {@code days} is 0
 * @param days       days forward of {@code later}
 * @param whatIf     the profile under the what-if desk's scenario; null when the scenario is neutral
 * @param livePrice  the swept asset's mark now, USD
 */
public record ProfileCurves(RiskProfile today, RiskProfile later, double days, RiskProfile whatIf, double livePrice) {
    public static final ProfileCurves NONE = new ProfileCurves(null, null, 0, null, Double.NaN);

    /** Which curve a marker belongs to. */
    public enum Kind { PRICE_NOW, LIQUIDATION_TODAY, LIQUIDATION_LATER, LIQUIDATION_WHAT_IF }

    /**
     * A vertical mark on the price axis.
     *
     * @param price  USD
     * @param kind   what it marks
     * @param label  short text drawn beside it
     */
    public record Marker(double price, Kind kind, String label) {
    }

    /** The live price and every curve's liquidation points that lie within the swept range. */
    public List<Marker> markers() {
        List<Marker> out = new ArrayList<>();
        if (today == null) {
            return out;
        }
        double low = today.points().getFirst().price();
        double high = today.points().getLast().price();
        if (Double.isFinite(livePrice) && livePrice >= low && livePrice <= high) {
            out.add(new Marker(livePrice, Kind.PRICE_NOW, "now " + price(livePrice)));
        }
        add(out, today, Kind.LIQUIDATION_TODAY, "liq. ", low, high);
        if (later != null) {
            add(out, later, Kind.LIQUIDATION_LATER, "liq. +" + String.format(Locale.ROOT, "%.0f", days) + "d ", low,
                    high);
        }
        if (whatIf != null) {
            add(out, whatIf, Kind.LIQUIDATION_WHAT_IF, "liq. what-if ", low, high);
        }
        return out;
    }

    private static void add(List<Marker> out, RiskProfile profile, Kind kind, String prefix, double low, double high) {
        for (double p : profile.liquidationPrices()) {
            if (p >= low && p <= high) {
                out.add(new Marker(p, kind, prefix + price(p)));
            }
        }
    }

    private static String price(double p) {
        return String.format(Locale.ROOT, p >= 100 ? "%,.0f" : "%,.4g", p);
    }
}
