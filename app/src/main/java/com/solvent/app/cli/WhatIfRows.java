package com.solvent.app.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.solvent.model.risk.LiquidationPrice;
import com.solvent.model.risk.PositionRisk;
import com.solvent.model.scenario.PortfolioRisk;
import com.solvent.model.scenario.ScenarioResult;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The before/after lines of one scenario on one account, as {@code whatif} prints them (text and JSON alike):
 * every headline figure, then each position's liquidation price, uPnL and maintenance requirement. Every number
 * is read from the engine's {@link ScenarioResult}; nothing is recomputed here except {@code after - before}.
 */
final class WhatIfRows {
    private WhatIfRows() {
    }

    /**
     * One figure before and after. {@code before}/{@code after} are null where the figure does not exist
     * (no liquidation price, a position opened or closed by the scenario).
     *
     * @param field  e.g. {@code equity}, {@code eth-perp.liquidationPrice}
     * @param unit   {@code USD}, {@code fraction} or {@code USD per unit}
     * @param note   for a liquidation price: {@code none}/{@code now} on either side, else null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Row(String field, String unit, Double before, Double after, String note) {
        /** {@code after - before} when both exist. */
        @JsonProperty("change")
        Double change() {
            return before == null || after == null ? null : after - before;
        }
    }

    static List<Row> of(ScenarioResult result) {
        PortfolioRisk b = result.before();
        PortfolioRisk a = result.after();
        List<Row> rows = new ArrayList<>();
        rows.add(usd("equity", b.equity(), a.equity()));
        rows.add(usd("initialRequirement", b.initialRequirement(), a.initialRequirement()));
        rows.add(usd("maintenanceRequirement", b.maintenanceRequirement(), a.maintenanceRequirement()));
        rows.add(new Row("marginRatio", "fraction", b.marginRatio(), a.marginRatio(), null));
        rows.add(usd("freeCollateral", b.freeCollateral(), a.freeCollateral()));
        rows.add(usd("maxWithdrawable", b.linear().maxWithdrawable(), a.linear().maxWithdrawable()));
        rows.add(usd("optionValue", b.options().optionValue(), a.options().optionValue()));
        rows.add(usd("deltaNotional", b.greeks().deltaNotional(), a.greeks().deltaNotional()));
        rows.add(usd("dollarGamma", b.greeks().dollarGamma(), a.greeks().dollarGamma()));
        rows.add(usd("vega", b.greeks().vega(), a.greeks().vega()));
        rows.add(usd("theta", b.greeks().theta(), a.greeks().theta()));
        Set<String> ids = new LinkedHashSet<>();
        b.linear().positions().forEach(p -> ids.add(p.positionId()));
        a.linear().positions().forEach(p -> ids.add(p.positionId()));
        for (String id : ids) {
            PositionRisk pb = b.linear().position(id);
            PositionRisk pa = a.linear().position(id);
            rows.add(liquidation(id, pb, pa));
            rows.add(new Row(id + ".unrealizedPnl", "USD", pb == null ? null : pb.unrealizedPnl(),
                    pa == null ? null : pa.unrealizedPnl(), null));
            rows.add(new Row(id + ".maintenanceRequirement", "USD", pb == null ? null : pb.maintenanceRequirement(),
                    pa == null ? null : pa.maintenanceRequirement(), null));
        }
        return rows;
    }

    private static Row usd(String field, double before, double after) {
        return new Row(field, "USD", before, after, null);
    }

    private static Row liquidation(String id, PositionRisk before, PositionRisk after) {
        LiquidationPrice b = before == null ? null : before.liquidationPrice();
        LiquidationPrice a = after == null ? null : after.liquidationPrice();
        String note = kind(b) + " -> " + kind(a);
        boolean bothPrices = kind(b).equals("price") && kind(a).equals("price");
        return new Row(id + ".liquidationPrice", "USD per unit", price(b), price(a), bothPrices ? null : note);
    }

    private static Double price(LiquidationPrice p) {
        return p != null && p.exists() ? p.price() : null;
    }

    private static String kind(LiquidationPrice p) {
        return p == null ? "absent" : p.kind().name().toLowerCase();
    }
}
