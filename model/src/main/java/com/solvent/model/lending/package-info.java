/**
 * Lending accounts (Aave v3 style): supplied collateral and borrowed debt per reserve, the health
 * factor, borrowing capacity, close factor and liquidation bonus, the collateral price at which an
 * account becomes liquidatable, and what-if edits (supply, withdraw, borrow, repay, price move,
 * e-mode switch) as pure functions.
 *
 * <p>Units: amounts in units of the reserve's asset (1.5 = 1.5 WETH); prices and values in the
 * market's base currency (USD on Aave's main markets); LTV, liquidation threshold, bonus, close
 * factor as fractions (0.80 = 80%). Amounts are never negative: debt is a positive amount owed.
 * Formulas follow Aave v3's GenericLogic, ValidationLogic and LiquidationLogic (see
 * /work/shared/VENUES.md §7 and test vectors TV-AV-1..5).
 */
package com.solvent.model.lending;
