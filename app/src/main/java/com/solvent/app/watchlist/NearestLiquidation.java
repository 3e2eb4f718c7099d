package com.solvent.app.watchlist;

import com.solvent.app.format.ScreenFormat;
import com.solvent.app.fx.PositionSummary;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.LiquidationPrice;
import com.solvent.model.risk.PositionRisk;

import java.util.Optional;

/**
 * The position of an account whose liquidation price is nearest its mark, measured as the
 * absolute fractional move: what a risk officer scans the watchlist for.
 *
 * @param marketId  the market of that position
 * @param price     its liquidation price (kind NOW when already liquidatable)
 */
public record NearestLiquidation(String marketId, LiquidationPrice price) {

    /**
     * The nearest found with the report (off the FX thread, see {@link PositionSummary}); null
     * summary (no figures) or no position with a liquidation price: empty.
     */
    public static Optional<NearestLiquidation> of(PositionSummary positions) {
        return positions == null ? Optional.empty() : positions.nearest()
                .map(p -> new NearestLiquidation(p.marketId(), p.liquidationPrice()));
    }

    /**
     * The nearest over the account's positions; empty when no position has a liquidation price.
     * The reference for {@link PositionSummary#nearestLiquidation()}; views read that one.
     */
    public static Optional<NearestLiquidation> of(AccountRisk risk) {
        PositionRisk best = null;
        double bestDistance = Double.NaN;
        for (PositionRisk p : risk.positions()) {
            LiquidationPrice lp = p.liquidationPrice();
            if (lp.kind() == LiquidationPrice.Kind.NONE) {
                continue;
            }
            double distance = PositionSummary.distanceToLiquidation(lp);
            if (best == null || distance < bestDistance) {
                best = p;
                bestDistance = distance;
            }
        }
        return best == null ? Optional.empty()
                : Optional.of(new NearestLiquidation(best.marketId(), best.liquidationPrice()));
    }

    /** Absolute fractional move to liquidation; 0 when already there. Used for sorting. */
    public double distance() {
        return PositionSummary.distanceToLiquidation(price);
    }

    /**
     * The same, narrower: the move with at most one decimal (none from 100 %) and the market's
     * base asset, e.g. {@code -12.4% ETH} or {@code +300% BTC}; {@link #text()} is the tooltip.
     */
    public String shortText() {
        String base = marketId.contains("-") ? marketId.substring(0, marketId.indexOf('-')) : marketId;
        if (price.kind() == LiquidationPrice.Kind.NOW) {
            return "now " + base;
        }
        double pct = price.distanceFraction() * 100;
        return move(pct) + " " + base;
    }

    /**
     * {@code String.format(Locale.ROOT, "%+.1f%%")} below 100 %, {@code "%+.0f%%"} from it; the
     * same text without the formatter, which cost more than the rest of the watchlist's block.
     */
    static String move(double pct) {
        boolean whole = Math.abs(pct) >= 100;
        if (!Double.isFinite(pct)) {
            return String.format(java.util.Locale.ROOT, whole ? "%+.0f%%" : "%+.1f%%", pct);
        }
        String digits = com.solvent.app.format.DisplayFormat.grouped(Math.abs(pct), whole ? 0 : 1);
        if (digits.indexOf(',') >= 0) {
            digits = digits.replace(",", "");
        }
        // As the formatter: the sign of the value, even when it rounds to zero (-0.0 too).
        return (Math.copySign(1.0, pct) < 0 ? "-" : "+") + digits + "%";
    }

    /** E.g. {@code -12.4 % ETH-PERP}, or {@code now ETH-PERP}. */
    public String text() {
        return (price.kind() == LiquidationPrice.Kind.NOW ? "now" : ScreenFormat.signedPercent(price.distanceFraction()))
                + " " + marketId;
    }
}
