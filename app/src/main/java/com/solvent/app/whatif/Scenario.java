package com.solvent.app.whatif;

import java.util.Map;
import java.util.Objects;

/**
 * A what-if as data: edits of the live inputs, never a second set of formulas.
 *
 * @param marketMovePercent  every risky asset (each market's underlying) moved by this, in percent (-20 = 20 % lower)
 * @param assetMovesPercent  further moves per asset, in percent, compounded with the market-wide move
 * @param daysForward        evaluation time moved forward by this many days (expiries, price ages), {@code >= 0}
 * @param settlementChange   settlement-asset units added to the cross pool (> 0 top-up, < 0 withdrawal)
 */
public record Scenario(double marketMovePercent, Map<String, Double> assetMovesPercent, double daysForward,
                       double settlementChange) {
    /** No edit: the what-if shows the live figures. */
    public static final Scenario LIVE = new Scenario(0, Map.of(), 0, 0);

    public Scenario {
        assetMovesPercent = Map.copyOf(Objects.requireNonNull(assetMovesPercent, "assetMovesPercent"));
        if (daysForward < 0) {
            throw new IllegalArgumentException("daysForward must not be negative, was " + daysForward);
        }
    }

    public boolean isLive() {
        return marketMovePercent == 0 && daysForward == 0 && settlementChange == 0
                && assetMovesPercent.values().stream().allMatch(v -> v == 0);
    }
}
