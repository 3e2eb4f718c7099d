/**
 * Margin requirements of option books: venue standard rules for short options ({@link
 * com.solvent.model.option.margin.StandardOptionMargin}) and portfolio margin as the worst loss over a
 * grid of price and volatility shocks ({@link com.solvent.model.option.margin.PortfolioOptionMargin}).
 * {@link com.solvent.model.option.margin.OptionMarginCalculator} is the one entry point the margin engine
 * calls with the option positions of one margin group.
 *
 * <p>All amounts are USD and positive (a requirement); option value is signed (long positive, short
 * negative) and belongs on the equity side.
 */
package com.solvent.model.option.margin;
