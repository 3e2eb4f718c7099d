package com.solvent.model.scenario;

import java.util.List;

/**
 * A scenario's outcome.
 *
 * @param scenario  what was applied
 * @param before    risk of the original inputs
 * @param after     risk of the edited inputs
 * @param diff      field-by-field change from before to after
 * @param inputs    the edited portfolio and market
 * @param refused   reasons of refused (skipped) steps; empty when every step applied
 */
public record ScenarioResult(Scenario scenario, PortfolioRisk before, PortfolioRisk after, RiskDiff diff,
                             Inputs inputs, List<String> refused) {
    public ScenarioResult {
        refused = List.copyOf(refused);
    }
}
