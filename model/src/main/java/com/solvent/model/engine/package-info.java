/**
 * The margin engine: {@link com.solvent.model.engine.MarginEngine} (its Javadoc holds every definition and sign
 * convention) and the exact piecewise-linear solver behind liquidation prices.
 */
package com.solvent.model.engine;
