package com.solvent.model.scenario;

/**
 * The portfolio at one price of the profiled underlying.
 *
 * @param price                   price of the underlying, USD
 * @param equity                  account equity, USD
 * @param maintenanceRequirement  account maintenance requirement, USD
 * @param marginRatio             maintenance / equity (capped as the engine caps it)
 * @param crossCushion            cross equity - cross maintenance (options included), USD; negative = liquidatable
 */
public record ProfilePoint(double price, double equity, double maintenanceRequirement, double marginRatio,
                           double crossCushion) {
}
