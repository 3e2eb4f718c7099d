package com.solvent.model.lending;

import com.solvent.model.Checks;

/**
 * An Aave efficiency-mode category: correlated assets (stablecoins, ETH and its staking tokens)
 * that, for an account in the category, count as collateral with the category's higher LTV and
 * liquidation threshold and its own liquidation bonus.
 *
 * @param id                    the category id, {@code 1..255}; 0 is {@link #NONE}
 * @param label                 e.g. "Stablecoins"
 * @param loanToValue           borrowing power per unit of collateral value, fraction in [0, 1]
 * @param liquidationThreshold  share of collateral value that backs debt before liquidation, fraction in [0, 1]
 * @param liquidationBonus      collateral the liquidator receives on top of the debt repaid, fraction {@code >= 0} (0.01 = 1%)
 */
public record EModeCategory(int id, String label, double loanToValue, double liquidationThreshold, double liquidationBonus) {
    /** No e-mode: every reserve uses its own parameters. */
    public static final EModeCategory NONE = new EModeCategory(0, "none", 0, 0, 0);

    public EModeCategory {
        if (id < 0 || id > 255) {
            throw new IllegalArgumentException("eModeCategory.id must lie in [0, 255], was " + id);
        }
        Checks.nonBlank(label, "eModeCategory.label");
        Checks.within(loanToValue, 0, 1, "eModeCategory " + id + ".loanToValue");
        Checks.within(liquidationThreshold, 0, 1, "eModeCategory " + id + ".liquidationThreshold");
        Checks.nonNegative(liquidationBonus, "eModeCategory " + id + ".liquidationBonus");
    }

    public boolean isNone() {
        return id == 0;
    }
}
