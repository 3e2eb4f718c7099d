package com.solvent.model.scenario;

import com.solvent.model.risk.HealthState;
import com.solvent.model.risk.LiquidationPrice;
import com.solvent.model.risk.PositionRisk;

import java.util.ArrayList;
import java.util.List;

/**
 * Field-by-field difference of two {@link PortfolioRisk}s: every headline figure that changed, each
 * position's liquidation price, uPnL and maintenance requirement that changed, and the health.
 * Positions present on one side only appear with 0 on the other. Exact comparison: an unchanged number
 * is not listed.
 *
 * @param changes       the numbers that differ, account figures first, then positions in order
 * @param healthBefore  health before
 * @param healthAfter   health after
 */
public record RiskDiff(List<FieldChange> changes, HealthState healthBefore, HealthState healthAfter) {
    public RiskDiff {
        changes = List.copyOf(changes);
    }

    /** True when nothing changed. */
    public boolean isEmpty() {
        return changes.isEmpty() && healthBefore == healthAfter;
    }

    /** The change of {@code field}, if it changed. */
    public java.util.Optional<FieldChange> change(String field) {
        return changes.stream().filter(c -> c.field().equals(field)).findFirst();
    }

    public static RiskDiff between(PortfolioRisk before, PortfolioRisk after) {
        List<FieldChange> out = new ArrayList<>();
        add(out, "equity", before.equity(), after.equity());
        add(out, "initialRequirement", before.initialRequirement(), after.initialRequirement());
        add(out, "maintenanceRequirement", before.maintenanceRequirement(), after.maintenanceRequirement());
        add(out, "marginRatio", before.marginRatio(), after.marginRatio());
        add(out, "freeCollateral", before.freeCollateral(), after.freeCollateral());
        add(out, "maxWithdrawable", before.linear().maxWithdrawable(), after.linear().maxWithdrawable());
        add(out, "optionValue", before.options().optionValue(), after.options().optionValue());
        add(out, "deltaNotional", before.greeks().deltaNotional(), after.greeks().deltaNotional());
        add(out, "dollarGamma", before.greeks().dollarGamma(), after.greeks().dollarGamma());
        add(out, "vega", before.greeks().vega(), after.greeks().vega());
        add(out, "theta", before.greeks().theta(), after.greeks().theta());
        List<String> ids = new ArrayList<>();
        before.linear().positions().forEach(p -> ids.add(p.positionId()));
        after.linear().positions().forEach(p -> {
            if (!ids.contains(p.positionId())) {
                ids.add(p.positionId());
            }
        });
        for (String id : ids) {
            PositionRisk b = before.linear().position(id);
            PositionRisk a = after.linear().position(id);
            add(out, id + ".liquidationPrice", liquidation(b), liquidation(a));
            add(out, id + ".unrealizedPnl", b == null ? 0 : b.unrealizedPnl(), a == null ? 0 : a.unrealizedPnl());
            add(out, id + ".maintenanceRequirement", b == null ? 0 : b.maintenanceRequirement(),
                    a == null ? 0 : a.maintenanceRequirement());
        }
        return new RiskDiff(out, before.health(), after.health());
    }

    /** The liquidation price, 0 when there is none (NONE) or no position. */
    private static double liquidation(PositionRisk p) {
        if (p == null) {
            return 0.0;
        }
        LiquidationPrice l = p.liquidationPrice();
        return l.kind() == LiquidationPrice.Kind.NONE ? 0.0 : l.price();
    }

    private static void add(List<FieldChange> out, String field, double before, double after) {
        if (Double.compare(before, after) != 0) {
            out.add(new FieldChange(field, before, after));
        }
    }
}
