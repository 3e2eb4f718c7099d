/**
 * What-if analysis on the margin engine: a {@link com.solvent.model.scenario.Scenario} is data (a list of
 * {@link com.solvent.model.scenario.Perturbation}s) applied to a {@link com.solvent.model.scenario.Portfolio}
 * and a {@link com.solvent.model.scenario.MarketState}, evaluated before and after by
 * {@link com.solvent.model.scenario.PortfolioEvaluator} (one {@code MarginEngine} call: the engine values the
 * options too), compared by {@link com.solvent.model.scenario.RiskDiff}. Risk profiles, stress grids and two-asset
 * grids are sets of such evaluations. No margin formula lives in this package.
 */
package com.solvent.model.scenario;
