package com.solvent.model.stress;

import com.solvent.model.Checks;
import com.solvent.model.risk.HealthState;

/**
 * What a stress run's liquidation did to one account (from its
 * {@link com.solvent.model.liquidation.LiquidationOutcome}). USD throughout.
 *
 * @param accountId      the account
 * @param healthBefore   its worst group health when liquidation started (LIQUIDATABLE or BANKRUPT)
 * @param healthAfter    its worst group health afterwards
 * @param notional       notional closed, {@code >= 0}
 * @param penalty        penalty charged, {@code >= 0}
 * @param insuranceDraw  paid by the insurance fund for it, {@code >= 0}
 * @param badDebt        left uncovered, handed to auto-deleveraging, {@code >= 0}
 * @param uncertain      true when a price the account depends on was not FRESH
 */
public record AccountLiquidation(String accountId, HealthState healthBefore, HealthState healthAfter, double notional,
                                 double penalty, double insuranceDraw, double badDebt, boolean uncertain) {
    public AccountLiquidation {
        Checks.required(accountId, "liquidation.accountId");
        Checks.required(healthBefore, "liquidation.healthBefore");
        Checks.required(healthAfter, "liquidation.healthAfter");
        Checks.nonNegative(notional, "liquidation.notional");
        Checks.nonNegative(penalty, "liquidation.penalty");
        Checks.nonNegative(insuranceDraw, "liquidation.insuranceDraw");
        Checks.nonNegative(badDebt, "liquidation.badDebt");
    }
}
