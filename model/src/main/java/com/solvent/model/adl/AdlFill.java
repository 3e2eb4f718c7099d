package com.solvent.model.adl;

import com.solvent.model.Checks;

/**
 * A counterparty position reduced by auto-deleveraging.
 *
 * @param accountId        its account
 * @param positionId       the position
 * @param closedSize       signed size closed (same sign as the position)
 * @param price            the bankrupt position's bankruptcy price, USD per unit
 * @param realizedPnl      {@code closedSize x (price - entry)} plus the closed share of funding, USD
 * @param profitGivenUp    what closing at {@code price} instead of the mark cost it: {@code closedSize x (mark - price)}, USD
 */
public record AdlFill(String accountId, String positionId, double closedSize, double price, double realizedPnl,
                      double profitGivenUp) {
    public AdlFill {
        Checks.required(accountId, "adlFill.accountId");
        Checks.required(positionId, "adlFill.positionId");
        Checks.finite(closedSize, "adlFill.closedSize");
        Checks.positive(price, "adlFill.price");
        Checks.finite(realizedPnl, "adlFill.realizedPnl");
        Checks.finite(profitGivenUp, "adlFill.profitGivenUp");
    }
}
