package com.solvent.model.policy;

import com.solvent.model.Checks;

/**
 * What happens when an account is liquidated.
 *
 * @param penaltyFraction   liquidation penalty as a fraction of the liquidated notional (0.01 = 1%)
 * @param liquidatorShare   the liquidator's share of the penalty, in [0, 1]; the rest goes to the insurance fund
 * @param dynamicPenalty    when true the penalty of each liquidated chunk is capped at the group's remaining
 *                          positive equity, {@code min(penaltyFraction x notional, max(0, equity))}, so the
 *                          penalty alone never makes an account bankrupt (dYdX: fee = min(max fee x quote,
 *                          surplus over the bankruptcy price)); see
 *                          {@link com.solvent.model.liquidation.LiquidationEngine}
 * @param targetMarginRatio partial liquidation reduces positions until the margin ratio is at or
 *                          below this target, in (0, 1); 0 means liquidate in full
 * @param partialChunk      fraction of a position's size closed per partial step, in (0, 1]
 */
public record LiquidationRules(double penaltyFraction, double liquidatorShare, boolean dynamicPenalty,
                               double targetMarginRatio, double partialChunk) {
    public LiquidationRules {
        Checks.within(penaltyFraction, 0.0, 0.5, "liquidation.penaltyFraction");
        Checks.within(liquidatorShare, 0.0, 1.0, "liquidation.liquidatorShare");
        Checks.within(targetMarginRatio, 0.0, 1.0, "liquidation.targetMarginRatio");
        Checks.within(partialChunk, 0.0, 1.0, "liquidation.partialChunk");
        if (partialChunk == 0.0) {
            throw new IllegalArgumentException("liquidation.partialChunk must be positive");
        }
    }
}
