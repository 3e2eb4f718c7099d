package com.solvent.chain.scan;

import com.solvent.model.risk.HealthState;

import java.util.Collection;

/**
 * Sums over the evaluated accounts of a book at one block (USD).
 *
 * @param accounts               accounts evaluated
 * @param failed                 accounts that could not be read or evaluated (not in the sums)
 * @param equity                 sum of the accounts' equity
 * @param maintenanceRequirement sum of the accounts' maintenance requirement
 * @param warning                accounts in WARNING
 * @param liquidatable           accounts LIQUIDATABLE
 * @param bankrupt               accounts BANKRUPT
 * @param uncertain              accounts whose figures are uncertain
 */
public record BookTotals(int accounts, int failed, double equity, double maintenanceRequirement, int warning,
                         int liquidatable, int bankrupt, int uncertain) {

    /** The totals of {@code figures}, with {@code failed} accounts left out of them. */
    public static BookTotals of(Collection<AccountFigures> figures, int failed) {
        double equity = 0;
        double maintenance = 0;
        int warning = 0;
        int liquidatable = 0;
        int bankrupt = 0;
        int uncertain = 0;
        for (AccountFigures f : figures) {
            equity += f.equity();
            maintenance += f.maintenanceRequirement();
            warning += f.health() == HealthState.WARNING ? 1 : 0;
            liquidatable += f.health() == HealthState.LIQUIDATABLE ? 1 : 0;
            bankrupt += f.health() == HealthState.BANKRUPT ? 1 : 0;
            uncertain += f.uncertain() ? 1 : 0;
        }
        return new BookTotals(figures.size(), failed, equity, maintenance, warning, liquidatable, bankrupt, uncertain);
    }
}
