package com.solvent.model.scenario;

import com.solvent.model.option.GreeksSummary;
import com.solvent.model.option.margin.OptionMargin;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.HealthState;

/**
 * Risk of a {@link Portfolio}: the engine's {@link AccountRisk} for the portfolio's account (options
 * included) under the scenario package's names. Definitions are {@link com.solvent.model.engine.MarginEngine}'s;
 * in the cross pool options count as (USD):
 * <pre>
 *   cross equity      = collateral + linear uPnL + option value      (long options +, short options -)
 *   cross IM / MM     = linear IM / MM + option IM / MM               ({@link OptionMargin})
 *   margin ratio      = MM / equity, health per group, both by {@link com.solvent.model.engine.MarginMath}
 *   free collateral   = cross equity - cross IM
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
 * @param linear                 the engine's full result (perps, futures and options; positions, liquidation prices)
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
