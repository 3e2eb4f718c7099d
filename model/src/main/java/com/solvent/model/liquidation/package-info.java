/**
 * Liquidation as a pure function: partial chunks, penalty split, insurance fund draw and bad debt.
 */
package com.solvent.model.liquidation;
