/**
 * Liquidation cascades: liquidations sell into a market of finite depth, move prices and liquidate
 * more accounts until a fixed point ({@link com.solvent.model.cascade.CascadeSimulation}).
 */
package com.solvent.model.cascade;
