package com.solvent.model.account;

/**
 * How a position is margined. CROSS positions share the account's collateral and are liquidated
 * together; an ISOLATED position holds its own collateral (USD), its loss can never reach the rest
 * of the account, and its liquidation leaves the rest untouched.
 */
public enum MarginMode {
    CROSS,
    ISOLATED
}
