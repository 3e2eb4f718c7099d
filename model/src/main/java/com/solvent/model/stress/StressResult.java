package com.solvent.model.stress;

import com.solvent.model.Checks;

import java.util.List;
import java.util.Map;

/**
 * One scenario run over a book: the scenario's prices and what liquidating the book at them did.
 *
 * @param scenario  the scenario
 * @param marks     the scenario's mark per priced asset, USD per unit
 * @param stale     assets whose price was not FRESH in the scenario (a frozen oracle), sorted
 * @param sweep     liquidations, penalties, insurance fund and auto-deleveraging (all USD)
 */
public record StressResult(StressScenario scenario, Map<String, Double> marks, List<String> stale,
                           SweepResult sweep) {
    public StressResult {
        Checks.required(scenario, "result.scenario");
        marks = Map.copyOf(Checks.required(marks, "result.marks"));
        stale = List.copyOf(Checks.required(stale, "result.stale"));
        Checks.required(sweep, "result.sweep");
    }

    /** The totals of the run (shortcut for {@code sweep().totals()}). */
    public LiquidationTotals totals() {
        return sweep.totals();
    }
}
