package com.solvent.model.market;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A market's tiers as an unmodifiable list that also keeps each bracket's floor, maintenance
 * fraction and cumulative maintenance deduction in flat arrays. The cross liquidation solve asks
 * a market for the maintenance requirement of a trial notional once per moving position and price;
 * walking the record list and summing the deduction on every call was a fifth of a 20-position
 * account's evaluation. Equality and hashing are the {@link List} contract's, element by element,
 * so a {@link Market} built with it equals one built from any other list of the same tiers.
 */
final class Brackets extends AbstractList<MaintenanceTier> implements RandomAccess {
    private final MaintenanceTier[] tiers;
    private final double[] floor;
    private final double[] maintenanceFraction;
    private final double[] deduction;

    private Brackets(List<MaintenanceTier> source) {
        tiers = source.toArray(new MaintenanceTier[0]);
        floor = new double[tiers.length];
        maintenanceFraction = new double[tiers.length];
        deduction = new double[tiers.length];
        for (int i = 0; i < tiers.length; i++) {
            floor[i] = tiers[i].notionalFloor();
            maintenanceFraction[i] = tiers[i].maintenanceFraction();
            // d(0) = 0, d(n) = d(n-1) + floor(n) x (mmf(n) - mmf(n-1)): the sum in this order, as Market documents it
            deduction[i] = i == 0 ? 0.0 : deduction[i - 1] + floor[i] * (maintenanceFraction[i] - maintenanceFraction[i - 1]);
        }
    }

    /** An unmodifiable copy of {@code source}, which must hold no null element. */
    static Brackets of(List<MaintenanceTier> source) {
        for (MaintenanceTier tier : source) {
            if (tier == null) {
                throw new NullPointerException("market.tiers must not hold a null tier");
            }
        }
        return new Brackets(source);
    }

    @Override
    public MaintenanceTier get(int index) {
        return tiers[index];
    }

    @Override
    public int size() {
        return tiers.length;
    }

    int tierOf(double notional) {
        int tier = 0;
        for (int i = 1; i < floor.length && floor[i] <= notional; i++) {
            tier = i;
        }
        return tier;
    }

    double deduction(int tier) {
        return deduction[tier];
    }

    double maintenanceFraction(int tier) {
        return maintenanceFraction[tier];
    }
}
