/**
 * Stress testing a book of accounts: named price scenarios as data
 * ({@link com.solvent.model.stress.StressScenario}, {@link com.solvent.model.stress.StressLibrary}),
 * and what liquidating the book at the scenario's prices costs
 * ({@link com.solvent.model.stress.StressRunner}, {@link com.solvent.model.stress.LiquidationSweep}):
 * accounts and notional liquidated, penalties, insurance fund draw, bad debt and auto-deleveraging.
 */
package com.solvent.model.stress;
