package com.solvent.app.fx;

import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.LiquidationPrice;
import com.solvent.model.risk.PositionRisk;

import java.util.Optional;

/**
 * What the views show of all an account's positions together, computed with the report where
 * it is built (off the FX thread, see {@link LiveRisk}): with 10,000 positions each of these is a
 * loop the FX thread should not run at every block.
 *
 * @param notional               Σ position notional, USD
 * @param unrealizedPnl          Σ unrealized PnL, USD (positive is a gain)
 * @param initialRequirement     Σ initial requirement of the positions, USD
 * @param maintenanceRequirement Σ maintenance requirement of the positions, USD
 * @param nearestLiquidation     the position whose liquidation price is the smallest fractional
 *                               move from its mark (already liquidatable counts as no move);
 *                               null when no position has a liquidation price
 */
public record PositionSummary(double notional, double unrealizedPnl, double initialRequirement,
                              double maintenanceRequirement, PositionRisk nearestLiquidation) {

    /** Sums and the nearest liquidation over {@code risk}'s positions, in their order. */
    public static PositionSummary of(AccountRisk risk) {
        double notional = 0;
        double pnl = 0;
        double im = 0;
        double mm = 0;
        PositionRisk nearest = null;
        double nearestDistance = Double.NaN;
        for (PositionRisk p : risk.positions()) {
            notional += p.notional();
            pnl += p.unrealizedPnl();
            im += p.initialRequirement();
            mm += p.maintenanceRequirement();
            LiquidationPrice lp = p.liquidationPrice();
            if (lp.kind() == LiquidationPrice.Kind.NONE) {
                continue;
            }
            double distance = distanceToLiquidation(lp);
            if (nearest == null || distance < nearestDistance) {
                nearest = p;
                nearestDistance = distance;
            }
        }
        return new PositionSummary(notional, pnl, im, mm, nearest);
    }

    /** The nearest liquidation's position, if any position has a liquidation price. */
    public Optional<PositionRisk> nearest() {
        return Optional.ofNullable(nearestLiquidation);
    }

    /** Absolute fractional move to {@code price}; 0 when already there. */
    public static double distanceToLiquidation(LiquidationPrice price) {
        return price.kind() == LiquidationPrice.Kind.NOW ? 0.0 : Math.abs(price.distanceFraction());
    }
}
