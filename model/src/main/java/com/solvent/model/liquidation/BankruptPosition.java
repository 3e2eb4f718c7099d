package com.solvent.model.liquidation;

import com.solvent.model.Checks;

/**
 * A liquidated quantity whose loss the insurance fund could not cover: auto-deleveraging closes
 * the same quantity of opposite positions at {@code bankruptcyPrice}, which recovers the bad debt.
 *
 * @param accountId        the bankrupt account
 * @param positionId       its position
 * @param marketId         the market
 * @param size             signed size of the bankrupt side (counterparties hold the opposite sign)
 * @param bankruptcyPrice  price at which closing {@code size} leaves the bankrupt share of the group at zero,
 *                         {@code mark + badDebtShare / size}, USD per unit
 * @param badDebt          the share of bad debt carried by this quantity, USD
 */
public record BankruptPosition(String accountId, String positionId, String marketId, double size,
                               double bankruptcyPrice, double badDebt) {
    public BankruptPosition {
        Checks.required(accountId, "bankrupt.accountId");
        Checks.required(positionId, "bankrupt.positionId");
        Checks.required(marketId, "bankrupt.marketId");
        Checks.finite(size, "bankrupt.size");
        Checks.positive(bankruptcyPrice, "bankrupt.bankruptcyPrice");
        Checks.nonNegative(badDebt, "bankrupt.badDebt");
    }

    /** +1 when the bankrupt side is long, -1 when short. */
    public int side() {
        return size > 0 ? 1 : -1;
    }
}
