package com.solvent.model.adl;

import com.solvent.model.Checks;

/**
 * A profitable position on the opposite side of a bankrupt one, with its deleveraging rank.
 *
 * @param accountId      its account
 * @param positionId     the position
 * @param size           signed size
 * @param entryPrice     USD per unit
 * @param markPrice      USD per unit
 * @param unrealizedPnl  USD, {@code > 0}
 * @param groupEquity    equity of its margin group, USD
 * @param score          {@code pnlFactor x (notional / groupEquity)}, higher is deleveraged first;
 *                       {@code pnlFactor = mark / entry} for a long and {@code entry / mark} for a short
 */
public record AdlCandidate(String accountId, String positionId, double size, double entryPrice, double markPrice,
                           double unrealizedPnl, double groupEquity, double score) {
    public AdlCandidate {
        Checks.required(accountId, "adl.accountId");
        Checks.required(positionId, "adl.positionId");
        Checks.finite(size, "adl.size");
        Checks.positive(entryPrice, "adl.entryPrice");
        Checks.positive(markPrice, "adl.markPrice");
        Checks.finite(unrealizedPnl, "adl.unrealizedPnl");
        Checks.finite(groupEquity, "adl.groupEquity");
        Checks.nonNegative(score, "adl.score");
    }
}
