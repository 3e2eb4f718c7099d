package com.solvent.app.cli.risk;

import com.solvent.app.portfolio.Portfolio;
import com.solvent.model.cascade.CascadeResult;
import com.solvent.model.cascade.CascadeRound;
import com.solvent.model.stress.LiquidationTotals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code solvent cascade --json} document ({@value #SCHEMA}). USD in {@code ...Usd} fields,
 * prices in USD per unit, {@code shockFraction} signed ({@code -0.2} = -20%).
 */
public record CascadeJson(String schema, String source, String asOf, String venue, String asset, double shockFraction,
                   double impact, Map<String, Double> depthUsd, boolean converged, Map<String, Double> finalMarks,
                   LiquidationTotals totals, double insuranceFundAfterUsd, List<Round> rounds) {
    static final String SCHEMA = "solvent.cascade/1";

    static CascadeJson of(Portfolio portfolio, String asset, double shock, CascadeResult r) {
        return of(portfolio.source(), portfolio.prices().asOf(), portfolio.policy().name(), asset, shock, r);
    }

    /** The document of {@code r}, the cascade of {@code asset} moved by {@code shock} over the book from {@code source}. */
    public static CascadeJson of(String source, java.time.Instant asOf, String venue, String asset, double shock,
                                 CascadeResult r) {
        return new CascadeJson(SCHEMA, source, asOf.toString(), venue, asset, shock, r.settings().depth().impact(),
                new TreeMap<>(r.settings().depth().depthUsd()), r.converged(), new TreeMap<>(r.finalMarks()),
                r.totals(), r.insuranceFundAfter(), r.rounds().stream().map(x -> Round.of(x, asset)).toList());
    }

    /** A round: the shocked asset's row, every asset's mark and net notional sold. */
    public record Round(CascadeRow summary, Map<String, Double> marks, Map<String, Double> netSoldUsd) {
        static Round of(CascadeRound r, String asset) {
            return new Round(CascadeRow.of(r, asset), new TreeMap<>(r.marks()),
                    new TreeMap<>(r.sweep().netNotionalSold()));
        }
    }
}
