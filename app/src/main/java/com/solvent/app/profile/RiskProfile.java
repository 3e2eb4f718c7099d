package com.solvent.app.profile;

import com.solvent.model.account.Account;
import com.solvent.model.edit.PriceMoves;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.AccountResult;
import com.solvent.model.risk.AccountRisk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An account's equity and requirements as one asset's price sweeps a range, every other price
 * held: the same engine as the live view, evaluated at each point of the grid.
 */
public final class RiskProfile {
    private final MarginEngine engine;

    public RiskProfile(MarginEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * @param fromPercent  lowest move, percent ({@code > -100})
     * @param toPercent    highest move, percent
     * @param steps        grid intervals ({@code >= 1}); {@code steps + 1} points
     * @return one point per grid price at which the account could be evaluated, lowest price first
     */
    public List<Point> sweep(Account account, PriceSet prices, MarginPolicy policy, String asset,
                             double fromPercent, double toPercent, int steps) {
        if (steps < 1 || !(fromPercent > -100) || !(toPercent > fromPercent)) {
            throw new IllegalArgumentException("sweep needs steps >= 1 and -100 < from < to, was " + steps + ", "
                    + fromPercent + ", " + toPercent);
        }
        List<Point> points = new ArrayList<>(steps + 1);
        for (int i = 0; i <= steps; i++) {
            double move = fromPercent + (toPercent - fromPercent) * i / steps;
            PriceSet moved = PriceMoves.byPercent(prices, asset, move);
            AccountResult result = engine.evaluate(account, moved, policy);
            if (result instanceof AccountRisk risk) {
                points.add(new Point(moved.get(asset).orElseThrow().mark(), risk.equity(),
                        risk.maintenanceRequirement(), risk.initialRequirement()));
            }
        }
        return List.copyOf(points);
    }

    /**
     * One grid point.
     *
     * @param price        the swept asset's price, USD
     * @param equity       account equity there, USD
     * @param maintenance  maintenance requirement there, USD
     * @param initial      initial requirement there, USD
     */
    public record Point(double price, double equity, double maintenance, double initial) {
    }
}
