package com.solvent.app.account;

import com.solvent.app.format.ScreenFormat;
import com.solvent.app.fx.PositionSummary;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.PositionRisk;

/**
 * The totals line under the positions table: Σ notional, Σ uPnL and, when the positions carry
 * the account's requirements, Σ initial and Σ maintenance requirement (USD), which then equal the
 * headline figures.
 *
 * <p>A lending account's lines (one per Aave reserve) have no requirement of their own: its
 * requirement is the account's debt, covered by all reserves together (see
 * {@code LendingRiskMapping}). Summing the lines' zeros showed "IM 0 / MM 0" under a headline of
 * thousands; for such an account the totals leave the requirements out and say where they are.
 *
 * @param requirementsByPosition false when no position carries a requirement while the account has one
 */
record PositionTotals(double notional, double unrealizedPnl, double initialRequirement,
                      double maintenanceRequirement, boolean requirementsByPosition) {
    /** Said instead of the requirements when they are the account's only. */
    static final String ACCOUNT_LEVEL = "IM / MM: the account's, above";

    static PositionTotals of(AccountRisk risk) {
        double notional = 0;
        double pnl = 0;
        double im = 0;
        double mm = 0;
        for (PositionRisk p : risk.positions()) {
            notional += p.notional();
            pnl += p.unrealizedPnl();
            im += p.initialRequirement();
            mm += p.maintenanceRequirement();
        }
        boolean accountOnly = im == 0 && mm == 0
                && (risk.initialRequirement() != 0 || risk.maintenanceRequirement() != 0);
        return new PositionTotals(notional, pnl, im, mm, !accountOnly);
    }

    /**
     * The same from the sums computed with the report ({@link PositionSummary}, off the FX thread);
     * {@link #of(AccountRisk)} is the reference.
     */
    static PositionTotals of(PositionSummary sums, AccountRisk risk) {
        boolean accountOnly = sums.initialRequirement() == 0 && sums.maintenanceRequirement() == 0
                && (risk.initialRequirement() != 0 || risk.maintenanceRequirement() != 0);
        return new PositionTotals(sums.notional(), sums.unrealizedPnl(), sums.initialRequirement(),
                sums.maintenanceRequirement(), !accountOnly);
    }

    String text() {
        // USD once, in front: the line must fit under the positions table at 1600 px.
        String money = "Totals, USD   notional " + ScreenFormat.plainUsd(notional) + "   uPnL "
                + ScreenFormat.signedPlainUsd(unrealizedPnl);
        return requirementsByPosition
                ? money + "   IM " + ScreenFormat.plainUsd(initialRequirement) + "   MM " + ScreenFormat.plainUsd(maintenanceRequirement)
                : money + "   " + ACCOUNT_LEVEL;
    }
}
