/**
 * The margin engine: {@link com.solvent.model.engine.MarginEngine} (its Javadoc holds every definition and sign
 * convention), the exact piecewise-linear solver behind liquidation prices of linear groups, the bracketed
 * root search for groups holding options, and {@link com.solvent.model.engine.AccountSweep} for one account
 * over many price sets.
 */
package com.solvent.model.engine;
