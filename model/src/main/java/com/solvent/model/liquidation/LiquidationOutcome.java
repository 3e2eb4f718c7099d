package com.solvent.model.liquidation;

import com.solvent.model.Checks;
import com.solvent.model.account.Account;
import com.solvent.model.risk.HealthState;

import java.util.List;

/**
 * What a liquidation did to one account. USD throughout.
 *
 * @param after                   the account afterwards
 * @param fills                   chunks closed, in order
 * @param liquidatedNotional      sum of the fills' notional
 * @param penalty                 total penalty charged to the account
 * @param penaltyToLiquidator     the liquidator's share ({@code liquidatorShare x penalty})
 * @param penaltyToInsuranceFund  the rest of the penalty
 * @param insuranceDraw           paid by the insurance fund to cover negative equity
 * @param badDebt                 negative equity the fund could not cover; recovered by auto-deleveraging
 * @param insuranceFundAfter      fund balance afterwards: before + its penalty share - draw
 * @param toDeleverage            the quantities auto-deleveraging must offset (empty without bad debt)
 * @param healthBefore            worst group health before
 * @param healthAfter             worst group health after
 */
public record LiquidationOutcome(Account after, List<LiquidationFill> fills, double liquidatedNotional, double penalty,
                                 double penaltyToLiquidator, double penaltyToInsuranceFund, double insuranceDraw,
                                 double badDebt, double insuranceFundAfter, List<BankruptPosition> toDeleverage,
                                 HealthState healthBefore, HealthState healthAfter) {
    public LiquidationOutcome {
        Checks.required(after, "outcome.after");
        fills = List.copyOf(Checks.required(fills, "outcome.fills"));
        Checks.nonNegative(liquidatedNotional, "outcome.liquidatedNotional");
        Checks.nonNegative(penalty, "outcome.penalty");
        Checks.nonNegative(penaltyToLiquidator, "outcome.penaltyToLiquidator");
        Checks.nonNegative(penaltyToInsuranceFund, "outcome.penaltyToInsuranceFund");
        Checks.nonNegative(insuranceDraw, "outcome.insuranceDraw");
        Checks.nonNegative(badDebt, "outcome.badDebt");
        Checks.nonNegative(insuranceFundAfter, "outcome.insuranceFundAfter");
        toDeleverage = List.copyOf(Checks.required(toDeleverage, "outcome.toDeleverage"));
        Checks.required(healthBefore, "outcome.healthBefore");
        Checks.required(healthAfter, "outcome.healthAfter");
    }

    /** True when nothing had to be liquidated. */
    public boolean nothingToDo() {
        return fills.isEmpty() && insuranceDraw == 0 && badDebt == 0;
    }
}
