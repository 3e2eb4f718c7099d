package com.solvent.app.cli.risk;

import com.solvent.app.portfolio.Portfolio;
import com.solvent.model.stress.AccountLiquidation;
import com.solvent.model.stress.StressResult;

import java.util.List;
import java.util.Map;

/**
 * The {@code solvent stress --json} document ({@value #SCHEMA}). USD in fields named {@code ...Usd};
 * {@code marks} are the scenario's prices, USD per unit.
 */
public record StressJson(String schema, String source, String asOf, String venue, double insuranceFundUsd,
                  List<Scenario> scenarios) {
    static final String SCHEMA = "solvent.stress/1";

    static StressJson of(Portfolio portfolio, double insuranceFund, List<StressResult> results) {
        return of(portfolio.source(), portfolio.prices().asOf(), portfolio.policy().name(), insuranceFund, results);
    }

    /** The document of {@code results}, run over the book from {@code source} at prices as of {@code asOf}. */
    public static StressJson of(String source, java.time.Instant asOf, String venue, double insuranceFund,
                                List<StressResult> results) {
        return new StressJson(SCHEMA, source, asOf.toString(), venue, insuranceFund,
                results.stream().map(Scenario::of).toList());
    }

    /** One scenario: its totals, its prices, and each liquidated account. */
    public record Scenario(StressRow totals, Map<String, Double> marks, List<Liquidated> liquidatedAccounts) {
        static Scenario of(StressResult r) {
            return new Scenario(StressRow.of(r), new java.util.TreeMap<>(r.marks()),
                    r.sweep().liquidations().stream().map(Liquidated::of).toList());
        }
    }

    /** One liquidated account. */
    public record Liquidated(String id, String healthBefore, String healthAfter, double notionalUsd, double penaltyUsd,
                      double insuranceDrawUsd, double badDebtUsd, boolean uncertain) {
        static Liquidated of(AccountLiquidation l) {
            return new Liquidated(l.accountId(), l.healthBefore().name(), l.healthAfter().name(), l.notional(),
                    l.penalty(), l.insuranceDraw(), l.badDebt(), l.uncertain());
        }
    }
}
