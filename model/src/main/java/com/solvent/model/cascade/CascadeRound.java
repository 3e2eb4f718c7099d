package com.solvent.model.cascade;

import com.solvent.model.Checks;
import com.solvent.model.stress.SweepResult;

import java.util.Map;

/**
 * One round of a cascade: the prices it ran at and the liquidation sweep at those prices.
 *
 * @param round  0 for the sweep at the shocked prices, then 1, 2, ...
 * @param marks  mark per priced asset used in this round, USD per unit
 * @param sweep  what the round liquidated and deleveraged (its {@code netNotionalSold} moves the next round's prices)
 */
public record CascadeRound(int round, Map<String, Double> marks, SweepResult sweep) {
    public CascadeRound {
        if (round < 0) {
            throw new IllegalArgumentException("cascadeRound.round must be >= 0, was " + round);
        }
        marks = Map.copyOf(Checks.required(marks, "cascadeRound.marks"));
        Checks.required(sweep, "cascadeRound.sweep");
    }
}
