package com.solvent.model.risk;

import com.solvent.model.Checks;

/**
 * One margin group: the cross pool ({@code "cross"}) or one isolated position (its id). Each group
 * is liquidated on its own; an isolated group's loss never reaches the others.
 *
 * @param group                   {@value #CROSS} or the isolated position's id
 * @param equity                  USD; may be negative (the group is then bankrupt)
 * @param initialRequirement      USD, {@code >= 0}
 * @param maintenanceRequirement  USD, {@code >= 0}
 * @param marginRatio             maintenance / equity, see {@link com.solvent.model.engine.MarginEngine}
 * @param health                  the group's state
 * @param uncertain               true when a price the group depends on is not FRESH
 */
public record GroupRisk(String group, double equity, double initialRequirement, double maintenanceRequirement,
                        double marginRatio, HealthState health, boolean uncertain) {
    /** Name of the cross pool group. */
    public static final String CROSS = "cross";

    public GroupRisk {
        Checks.required(group, "group");
        Checks.finite(equity, "group", group, "equity");
        Checks.nonNegative(initialRequirement, "group", group, "initialRequirement");
        Checks.nonNegative(maintenanceRequirement, "group", group, "maintenanceRequirement");
        Checks.nonNegative(marginRatio, "group", group, "marginRatio");
        Checks.required(health, "group", group, "health");
    }

    public boolean isCross() {
        return CROSS.equals(group);
    }
}
