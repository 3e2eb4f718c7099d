package com.solvent.model.stress;

import com.solvent.model.Checks;

/**
 * Totals of liquidations and auto-deleveraging over a book, USD unless stated.
 *
 * @param accountsLiquidated       accounts with at least one group liquidated (or covered)
 * @param accountsBankrupt         of those, accounts whose worst group was BANKRUPT (equity {@code <= 0}) when liquidation began
 * @param notionalLiquidated       notional closed by liquidation
 * @param penalties                penalties charged
 * @param penaltyToLiquidators     the liquidators' share of the penalties
 * @param penaltyToInsuranceFund   the insurance fund's share
 * @param insuranceDraw            paid by the insurance fund to cover negative equity
 * @param badDebt                  negative equity the fund could not cover
 * @param accountsDeleveraged      distinct counterparty accounts reduced by auto-deleveraging
 * @param deleveragedNotional      {@code sum |closedSize| x bankruptcy price} of those reductions
 * @param adlRecovered             bad debt absorbed by counterparties (their profit given up)
 * @param adlUnfilledSize          bankrupt size, in underlying units summed over markets, that no counterparty could take
 */
public record LiquidationTotals(int accountsLiquidated, int accountsBankrupt, double notionalLiquidated,
                                double penalties, double penaltyToLiquidators, double penaltyToInsuranceFund,
                                double insuranceDraw, double badDebt, int accountsDeleveraged,
                                double deleveragedNotional, double adlRecovered, double adlUnfilledSize) {
    /** Nothing happened. */
    public static final LiquidationTotals NONE = new LiquidationTotals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public LiquidationTotals {
        Checks.nonNegative(accountsLiquidated, "totals.accountsLiquidated");
        Checks.nonNegative(accountsBankrupt, "totals.accountsBankrupt");
        Checks.nonNegative(notionalLiquidated, "totals.notionalLiquidated");
        Checks.nonNegative(penalties, "totals.penalties");
        Checks.nonNegative(penaltyToLiquidators, "totals.penaltyToLiquidators");
        Checks.nonNegative(penaltyToInsuranceFund, "totals.penaltyToInsuranceFund");
        Checks.nonNegative(insuranceDraw, "totals.insuranceDraw");
        Checks.nonNegative(badDebt, "totals.badDebt");
        Checks.nonNegative(accountsDeleveraged, "totals.accountsDeleveraged");
        Checks.nonNegative(deleveragedNotional, "totals.deleveragedNotional");
        Checks.finite(adlRecovered, "totals.adlRecovered");
        Checks.nonNegative(adlUnfilledSize, "totals.adlUnfilledSize");
    }

    /** Field-by-field sum (account counts add: an account liquidated in two rounds counts twice). */
    public LiquidationTotals plus(LiquidationTotals o) {
        return new LiquidationTotals(accountsLiquidated + o.accountsLiquidated, accountsBankrupt + o.accountsBankrupt,
                notionalLiquidated + o.notionalLiquidated, penalties + o.penalties,
                penaltyToLiquidators + o.penaltyToLiquidators, penaltyToInsuranceFund + o.penaltyToInsuranceFund,
                insuranceDraw + o.insuranceDraw, badDebt + o.badDebt, accountsDeleveraged + o.accountsDeleveraged,
                deleveragedNotional + o.deleveragedNotional, adlRecovered + o.adlRecovered,
                adlUnfilledSize + o.adlUnfilledSize);
    }
}
