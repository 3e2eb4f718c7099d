package com.solvent.model.risk;

/**
 * The headline figures of one account, as {@link com.solvent.model.engine.MarginEngine} defines them
 * (options included), without positions, liquidation prices, the uniform move or explanations: what stress
 * grids and risk profiles evaluate hundreds of thousands of times. Every number equals the corresponding
 * field of the full {@link AccountRisk}. USD throughout.
 *
 * @param accountId               the account
 * @param equity                  cross equity + sum of positive isolated equities
 * @param initialRequirement      cross IM + isolated IM
 * @param maintenanceRequirement  cross MM + isolated MM
 * @param marginRatio             maintenance / equity (capped as the engine caps it)
 * @param freeCollateral          cross equity - cross IM
 * @param crossEquity             equity of the cross pool
 * @param crossInitial            initial requirement of the cross pool
 * @param crossMaintenance        maintenance requirement of the cross pool
 * @param health                  worst health over the margin groups
 * @param uncertain               true when any price used is not FRESH
 */
public record AccountHeadline(String accountId, double equity, double initialRequirement,
                              double maintenanceRequirement, double marginRatio, double freeCollateral,
                              double crossEquity, double crossInitial, double crossMaintenance, HealthState health,
                              boolean uncertain) {
    /** Cross equity minus cross maintenance, USD; negative when the cross pool is liquidatable. */
    public double crossCushion() {
        return crossEquity - crossMaintenance;
    }
}
