package com.solvent.model.risk;

import com.solvent.model.Checks;
import com.solvent.model.account.MarginMode;
import com.solvent.model.option.OptionContract;

import java.util.List;

/**
 * One position as valued by the engine: a perp, a dated future or an option. Definitions and signs: see
 * {@link com.solvent.model.engine.MarginEngine}. For an option: {@code marketId} is the contract's label,
 * {@code entryPrice} the entry premium and {@code markPrice} the model value, both USD per contract;
 * {@code notional = |size| x forward}; {@code unrealizedPnl = size x (value - entryPremium)}; its
 * requirements are its standard-margin share (0 under portfolio margin, whose requirement belongs to the
 * underlying: see {@link AccountRisk#optionMargin()}); {@code tier} is 0; {@code greeks} from Black-76.
 *
 * @param positionId              the position's id
 * @param marketId                its market
 * @param mode                    CROSS or ISOLATED
 * @param size                    signed size in underlying units (long > 0)
 * @param entryPrice              USD per unit
 * @param markPrice               USD per unit, the underlying's mark
 * @param notional                {@code |size| x mark}, USD (0 once a dated future has settled)
 * @param unrealizedPnl           {@code size x (mark - entry) + accruedFunding}, USD, signed
 * @param initialRequirement      USD, {@code >= 0}
 * @param maintenanceRequirement  USD, {@code >= 0}
 * @param tier                    index (from 0) of the margin tier the notional falls in
 * @param liquidationPrice        price of the underlying at which this position's margin group reaches maintenance
 * @param bankruptcyPrice         price of the underlying at which this position's margin group's equity reaches 0
 * @param greeks                  sensitivities (linear: delta = size, others 0)
 * @param groupEquity             equity of the position's margin group, USD (the cross pool, or its isolated margin + uPnL)
 * @param groupMarginRatio        margin ratio of that group
 * @param health                  health of that group
 * @param settled                 true for a dated future past its expiry: no requirement, PnL at mark
 * @param uncertain               true when a price it depends on is not FRESH: its own underlying's, and for a
 *                                cross position any price of the cross pool (its liquidation price holds them)
 * @param uncertainty             reasons, empty when certain
 * @param initialExplained        IM: notional, tier, fraction
 * @param maintenanceExplained    MM: notional, tier, fraction, deduction
 * @param underlying              symbol of the underlying asset (its price moves this position)
 * @param option                  the option contract for an option position, {@code null} for a perp or future
 */
public record PositionRisk(String positionId, String marketId, MarginMode mode, double size, double entryPrice,
                           double markPrice, double notional, double unrealizedPnl, double initialRequirement,
                           double maintenanceRequirement, int tier, LiquidationPrice liquidationPrice,
                           LiquidationPrice bankruptcyPrice, Greeks greeks, double groupEquity,
                           double groupMarginRatio, HealthState health, boolean settled, boolean uncertain,
                           List<String> uncertainty, Explanation initialExplained, Explanation maintenanceExplained,
                           String underlying, OptionContract option) {
    public PositionRisk {
        Checks.required(positionId, "positionRisk.positionId");
        Checks.required(marketId, "positionRisk.marketId");
        Checks.required(mode, "positionRisk.mode");
        Checks.finite(size, "position", positionId, "size");
        Checks.finite(entryPrice, "position", positionId, "entryPrice");
        Checks.nonNegative(markPrice, "position", positionId, "markPrice");
        Checks.nonNegative(notional, "position", positionId, "notional");
        Checks.finite(unrealizedPnl, "position", positionId, "unrealizedPnl");
        Checks.nonNegative(initialRequirement, "position", positionId, "initialRequirement");
        Checks.nonNegative(maintenanceRequirement, "position", positionId, "maintenanceRequirement");
        Checks.required(liquidationPrice, "position", positionId, "liquidationPrice");
        Checks.required(bankruptcyPrice, "position", positionId, "bankruptcyPrice");
        Checks.required(greeks, "position", positionId, "greeks");
        Checks.finite(groupEquity, "position", positionId, "groupEquity");
        Checks.nonNegative(groupMarginRatio, "position", positionId, "groupMarginRatio");
        Checks.required(health, "position", positionId, "health");
        uncertainty = List.copyOf(Checks.required(uncertainty, "position", positionId, "uncertainty"));
        Checks.required(initialExplained, "position", positionId, "initialExplained");
        Checks.required(maintenanceExplained, "position", positionId, "maintenanceExplained");
        Checks.required(underlying, "position", positionId, "underlying");
    }

    /**
     * A perp or future row as before options existed; its underlying is unknown here and set to the market id
     * (the engine itself always fills the real underlying).
     */
    public PositionRisk(String positionId, String marketId, MarginMode mode, double size, double entryPrice,
                        double markPrice, double notional, double unrealizedPnl, double initialRequirement,
                        double maintenanceRequirement, int tier, LiquidationPrice liquidationPrice,
                        LiquidationPrice bankruptcyPrice, Greeks greeks, double groupEquity,
                        double groupMarginRatio, HealthState health, boolean settled, boolean uncertain,
                        List<String> uncertainty, Explanation initialExplained, Explanation maintenanceExplained) {
        this(positionId, marketId, mode, size, entryPrice, markPrice, notional, unrealizedPnl, initialRequirement,
                maintenanceRequirement, tier, liquidationPrice, bankruptcyPrice, greeks, groupEquity, groupMarginRatio,
                health, settled, uncertain, uncertainty, initialExplained, maintenanceExplained, marketId, null);
    }

    /** True for an option position. */
    public boolean isOption() {
        return option != null;
    }

    /** Value of an option position, {@code size x markPrice} USD (long +, short -); 0 for a perp or future. */
    public double optionValue() {
        return option == null ? 0.0 : size * markPrice;
    }

    /** The position's delta (underlying units). */
    public double delta() {
        return greeks.delta();
    }
}
