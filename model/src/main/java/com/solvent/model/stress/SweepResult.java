package com.solvent.model.stress;

import com.solvent.model.Checks;
import com.solvent.model.adl.AdlFill;

import java.util.List;
import java.util.Map;

/**
 * One liquidation sweep over a book at one set of prices (see {@link LiquidationSweep}). USD throughout.
 *
 * @param totals              liquidations and auto-deleveraging of this sweep
 * @param accountsEvaluated   accounts screened
 * @param accountsFailed      accounts the engine could not evaluate (unknown market or asset, missing price)
 * @param accountsUncertain   accounts depending on a price that is not FRESH (e.g. a frozen oracle)
 * @param insuranceFundBefore fund balance when the sweep started
 * @param insuranceFundAfter  fund balance afterwards: before + penalty shares - draws
 * @param netNotionalSold     per asset (market underlying), notional the liquidations sold at the mark minus
 *                            what they bought: closing a long sells, closing a short buys; absent when zero; perpetual and future fills only (an option fill trades the option)
 * @param liquidations        one entry per liquidated account, in book order
 * @param deleveraged         counterparty reductions by auto-deleveraging, in the order applied
 * @param adlSkipped          counterparties auto-deleveraging could not reduce (the core refused the fill), passed over
 */
public record SweepResult(LiquidationTotals totals, int accountsEvaluated, int accountsFailed, int accountsUncertain,
                          double insuranceFundBefore, double insuranceFundAfter, Map<String, Double> netNotionalSold,
                          List<AccountLiquidation> liquidations, List<AdlFill> deleveraged,
                          int adlSkipped) {
    public SweepResult {
        Checks.required(totals, "sweep.totals");
        Checks.nonNegative(accountsEvaluated, "sweep.accountsEvaluated");
        Checks.nonNegative(accountsFailed, "sweep.accountsFailed");
        Checks.nonNegative(accountsUncertain, "sweep.accountsUncertain");
        Checks.nonNegative(insuranceFundBefore, "sweep.insuranceFundBefore");
        Checks.nonNegative(insuranceFundAfter, "sweep.insuranceFundAfter");
        netNotionalSold = Map.copyOf(Checks.required(netNotionalSold, "sweep.netNotionalSold"));
        // a columnar sweep's lists are sealed primitive columns (immutable already): not copied into records
        liquidations = liquidations instanceof ColumnarLists.Liquidations sealed && sealed.isSealed() ? sealed
                : List.copyOf(Checks.required(liquidations, "sweep.liquidations"));
        deleveraged = deleveraged instanceof ColumnarLists.Fills sealed && sealed.isSealed() ? sealed
                : List.copyOf(Checks.required(deleveraged, "sweep.deleveraged"));
        Checks.nonNegative(adlSkipped, "sweep.adlSkipped");
    }
}
