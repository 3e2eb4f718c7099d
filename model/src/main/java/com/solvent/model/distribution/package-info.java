/**
 * How risk is spread over a book: the margin-ratio histogram weighted by notional
 * ({@link com.solvent.model.distribution.MarginRatioHistogram}) and, per asset, the liquidation map
 * of notional by liquidation price ({@link com.solvent.model.distribution.LiquidationMapBuilder}).
 */
package com.solvent.model.distribution;
