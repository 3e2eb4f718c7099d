package com.solvent.model.cascade;

import com.solvent.model.Checks;
import com.solvent.model.stress.LiquidationTotals;
import com.solvent.model.stress.StressScenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a cascade simulation. USD throughout.
 *
 * @param shock               the initial shock
 * @param settings            depth, tolerance, round limit, starting insurance fund
 * @param rounds              the rounds, in order; the last is the one that liquidated nothing or moved prices
 *                            by less than the tolerance (or the round limit)
 * @param finalMarks          prices after the last round's impact, USD per unit: the fixed point when converged
 * @param converged           false when the round limit stopped the cascade
 * @param totals              the rounds' totals added up
 * @param insuranceFundAfter  the fund's balance at the end
 */
public record CascadeResult(StressScenario shock, CascadeSettings settings, List<CascadeRound> rounds,
                            Map<String, Double> finalMarks, boolean converged, LiquidationTotals totals,
                            double insuranceFundAfter) {
    public CascadeResult {
        Checks.required(shock, "cascade.shock");
        Checks.required(settings, "cascade.settings");
        rounds = List.copyOf(Checks.required(rounds, "cascade.rounds"));
        finalMarks = Map.copyOf(Checks.required(finalMarks, "cascade.finalMarks"));
        Checks.required(totals, "cascade.totals");
        Checks.nonNegative(insuranceFundAfter, "cascade.insuranceFundAfter");
    }

    /** {@code asset}'s price path: the mark of every round, then the final mark. Empty for an unpriced asset. */
    public List<Double> pricePath(String asset) {
        List<Double> path = new ArrayList<>();
        if (!finalMarks.containsKey(asset)) {
            return path;
        }
        for (CascadeRound r : rounds) {
            path.add(r.marks().get(asset));
        }
        path.add(finalMarks.get(asset));
        return List.copyOf(path);
    }
}
