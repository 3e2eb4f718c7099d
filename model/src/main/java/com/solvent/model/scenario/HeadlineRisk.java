package com.solvent.model.scenario;

import com.solvent.model.risk.HealthState;

/**
 * The headline figures of a portfolio, as {@link PortfolioRisk} defines them, without Greeks or
 * explanations: what risk profiles and grids evaluate thousands of times.
 *
 * @param equity                  USD
 * @param maintenanceRequirement  USD
 * @param marginRatio             maintenance / equity (capped as the engine caps it)
 * @param crossEquity             equity of the cross pool with options, USD
 * @param crossMaintenance        maintenance of the cross pool with options, USD
 * @param health                  worst of the cross pool and the isolated groups
 */
public record HeadlineRisk(double equity, double maintenanceRequirement, double marginRatio, double crossEquity,
                           double crossMaintenance, HealthState health) {
    /** Cross equity minus cross maintenance, USD; negative when the cross pool is liquidatable. */
    public double crossCushion() {
        return crossEquity - crossMaintenance;
    }
}
