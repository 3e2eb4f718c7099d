package com.solvent.model.liquidation;

import com.solvent.model.Checks;

/**
 * One chunk of a position closed by a liquidation.
 *
 * @param positionId  the position
 * @param marketId    its market
 * @param closedSize  signed size closed (a long closes a positive size)
 * @param price       fill price, USD per unit (the mark)
 * @param notional    {@code |closedSize| x price}, USD
 * @param penalty     penalty charged on this chunk, USD
 */
public record LiquidationFill(String positionId, String marketId, double closedSize, double price, double notional,
                              double penalty) {
    public LiquidationFill {
        Checks.required(positionId, "fill.positionId");
        Checks.required(marketId, "fill.marketId");
        Checks.finite(closedSize, "fill.closedSize");
        Checks.positive(price, "fill.price");
        Checks.nonNegative(notional, "fill.notional");
        Checks.nonNegative(penalty, "fill.penalty");
    }
}
