package com.solvent.chain.scan;

import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.LiquidationPrice;
import com.solvent.model.risk.PositionRisk;

import java.util.Objects;

/**
 * An account's nearest liquidation: of its positions' liquidation prices (each its margin group's,
 * every other price held, as {@link com.solvent.model.engine.MarginEngine} defines them), the one
 * closest to its mark in absolute fractional move. The watchlist's "Liq. move" column uses the same
 * rule.
 *
 * @param market   the position's market, e.g. {@code ETH-PERP}; empty when {@code kind} is NONE
 * @param kind     PRICE (a move reaches it), NOW (already at or past maintenance) or NONE (no position has one)
 * @param price    the liquidation price, USD per unit (the mark when NOW, 0 when NONE)
 * @param fraction the signed move of the underlying to reach it, {@code (price - mark) / mark} (-0.1 = a 10 % fall);
 *                 0 when NOW or NONE
 */
public record LiquidationDistance(String market, LiquidationPrice.Kind kind, double price, double fraction) {
    /** No position of the account has a liquidation price. */
    public static final LiquidationDistance NONE = new LiquidationDistance("", LiquidationPrice.Kind.NONE, 0.0, 0.0);

    public LiquidationDistance {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(kind, "kind");
    }

    /** The nearest over {@code risk}'s positions, {@link #NONE} when none has one. */
    public static LiquidationDistance of(AccountRisk risk) {
        LiquidationDistance best = NONE;
        for (PositionRisk p : risk.positions()) {
            LiquidationPrice lp = p.liquidationPrice();
            if (lp.kind() == LiquidationPrice.Kind.NONE) {
                continue;
            }
            LiquidationDistance candidate = new LiquidationDistance(p.marketId(), lp.kind(), lp.price(),
                    lp.kind() == LiquidationPrice.Kind.NOW ? 0.0 : lp.distanceFraction());
            if (best.kind() == LiquidationPrice.Kind.NONE || candidate.distance() < best.distance()) {
                best = candidate;
            }
        }
        return best;
    }

    /** The absolute move, 0 when already liquidatable; +infinity when there is none (sorts last). */
    public double distance() {
        return switch (kind) {
            case NOW -> 0.0;
            case PRICE -> Math.abs(fraction);
            case NONE -> Double.POSITIVE_INFINITY;
        };
    }
}
