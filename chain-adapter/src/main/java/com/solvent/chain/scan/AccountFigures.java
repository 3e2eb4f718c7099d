package com.solvent.chain.scan;

import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.HealthState;

import java.util.List;
import java.util.Objects;

/**
 * One account's headline figures at one block, as {@link com.solvent.model.engine.MarginEngine}
 * defines them (its Javadoc holds the definitions; USD throughout).
 *
 * @param account                lower-case address
 * @param equity                 cross equity + sum of positive isolated equities
 * @param maintenanceRequirement cross + isolated maintenance requirement
 * @param marginRatio            maintenance requirement / equity (liquidatable at {@code >= 1}; capped at 1,000)
 * @param freeCollateral         cross equity - cross initial requirement (negative: under initial margin)
 * @param health                 worst health over the account's margin groups
 * @param nearestLiquidation     the position whose liquidation price is nearest its mark
 * @param uncertain              true when a price used is not FRESH, or the account's last read failed
 * @param uncertainty            the reasons, empty when certain
 */
public record AccountFigures(String account, double equity, double maintenanceRequirement, double marginRatio,
                             double freeCollateral, HealthState health, LiquidationDistance nearestLiquidation,
                             boolean uncertain, List<String> uncertainty) {
    public AccountFigures {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(nearestLiquidation, "nearestLiquidation");
        uncertainty = List.copyOf(uncertainty);
    }

    /** The figures of an evaluated account. */
    public static AccountFigures of(AccountRisk risk) {
        return new AccountFigures(risk.accountId(), risk.equity(), risk.maintenanceRequirement(), risk.marginRatio(),
                risk.freeCollateral(), risk.health(), LiquidationDistance.of(risk), risk.uncertain(), risk.uncertainty());
    }

    /** The same figures flagged uncertain for {@code reason} (e.g. the last read failed and these are older). */
    AccountFigures uncertainBecause(String reason) {
        List<String> reasons = new java.util.ArrayList<>(uncertainty);
        reasons.add(reason);
        return new AccountFigures(account, equity, maintenanceRequirement, marginRatio, freeCollateral, health,
                nearestLiquidation, true, reasons);
    }
}
