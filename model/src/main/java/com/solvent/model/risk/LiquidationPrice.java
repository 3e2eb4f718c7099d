package com.solvent.model.risk;

import com.solvent.model.Checks;

/**
 * The price of one underlying at which a margin group reaches a threshold (maintenance for a
 * liquidation price, zero equity for a bankruptcy price), every other price held where it is.
 *
 * <p>Never NaN or infinite: when there is no such price the {@link #kind()} says why and the
 * numbers are 0.
 *
 * @param kind                 whether and how the price exists
 * @param price                USD per unit of the underlying; the current mark when {@code NOW}, 0 when {@code NONE}
 * @param distanceFraction     {@code (price - mark) / mark}, signed (negative: the price must fall); 0 unless {@code PRICE}
 * @param distanceInDailyVols  {@code ln(price / mark) / dailyVolatility}, signed, clamped to
 *                             {@code +-}{@value #MAX_DAILY_VOLS}; with a zero volatility it is
 *                             {@code +-}{@value #MAX_DAILY_VOLS} (no known dispersion: as far as we report); 0 unless {@code PRICE}
 * @param how                  the tier used, the inputs held fixed and the method
 */
public record LiquidationPrice(Kind kind, double price, double distanceFraction, double distanceInDailyVols,
                               Explanation how) {
    /** Largest distance, in daily volatilities, that is reported. */
    public static final double MAX_DAILY_VOLS = 1_000.0;

    /** Whether a threshold price exists. */
    public enum Kind {
        /** A positive price exists; the group reaches the threshold there. */
        PRICE,
        /** No price of this underlying alone reaches the threshold (hedged, over-collateralised, or it would need a price {@code <= 0}). */
        NONE,
        /** The group is already at or past the threshold. */
        NOW
    }

    public LiquidationPrice {
        Checks.required(kind, "liquidationPrice.kind");
        Checks.nonNegative(price, "liquidationPrice.price");
        Checks.finite(distanceFraction, "liquidationPrice.distanceFraction");
        Checks.finite(distanceInDailyVols, "liquidationPrice.distanceInDailyVols");
        Checks.required(how, "liquidationPrice.how");
    }

    public static LiquidationPrice none(Explanation how) {
        return new LiquidationPrice(Kind.NONE, 0.0, 0.0, 0.0, how);
    }

    public static LiquidationPrice now(double mark, Explanation how) {
        return new LiquidationPrice(Kind.NOW, mark, 0.0, 0.0, how);
    }

    /** A price {@code price} reached from {@code mark}, with distances computed from {@code dailyVolatility}. */
    public static LiquidationPrice at(double price, double mark, double dailyVolatility, Explanation how) {
        double logMove = Math.log(price / mark);
        double vols;
        if (dailyVolatility > 0) {
            vols = Math.max(-MAX_DAILY_VOLS, Math.min(MAX_DAILY_VOLS, logMove / dailyVolatility));
        } else {
            vols = logMove == 0 ? 0.0 : Math.copySign(MAX_DAILY_VOLS, logMove);
        }
        return new LiquidationPrice(Kind.PRICE, price, (price - mark) / mark, vols, how);
    }

    public boolean exists() {
        return kind == Kind.PRICE;
    }
}
