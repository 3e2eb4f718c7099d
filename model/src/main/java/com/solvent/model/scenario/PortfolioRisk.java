package com.solvent.model.scenario;

import com.solvent.model.option.GreeksSummary;
import com.solvent.model.option.margin.OptionMargin;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.HealthState;

/**
 * Risk of a {@link Portfolio}: the engine's figures for the account with the option book added to the
 * cross pool. Definitions are {@link com.solvent.model.engine.MarginEngine}'s; options add (USD):
 * <pre>
 *   cross equity      = engine cross equity + option value            (long options +, short options -)
 *   cross IM / MM     = engine cross IM / MM + option IM / MM          ({@link OptionMargin})
 *   equity, IM, MM    = engine account figures + the same option terms
 *   margin ratio      = MM / equity, health per group, both by {@link com.solvent.model.engine.MarginMath}
 *   free collateral   = engine free collateral + option value - option IM
 * </pre>
 *
 * @param accountId              the account
 * @param equity                 USD
 * @param initialRequirement     USD
 * @param maintenanceRequirement USD
 * @param marginRatio            maintenance / equity (capped as the engine caps it)
 * @param freeCollateral         USD, negative under initial margin
 * @param crossEquity            equity of the cross pool (options included), USD
 * @param crossMaintenance       maintenance requirement of the cross pool (options included), USD
 * @param health                 worst of the cross pool (with options) and the isolated groups
 * @param uncertain              true when a price used is not FRESH
 * @param greeks                 options and linear positions netted per underlying
 * @param linear                 the engine's result for the account alone
 * @param options                the option book's requirement and value
 */
public record PortfolioRisk(String accountId, double equity, double initialRequirement, double maintenanceRequirement,
                            double marginRatio, double freeCollateral, double crossEquity, double crossMaintenance,
                            HealthState health, boolean uncertain, GreeksSummary greeks, AccountRisk linear,
                            OptionMargin options) {

    /** Cross equity minus cross maintenance: the cushion before the cross pool is liquidatable, USD. */
    public double crossCushion() {
        return crossEquity - crossMaintenance;
    }
}
