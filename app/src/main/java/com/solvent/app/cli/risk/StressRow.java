package com.solvent.app.cli.risk;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.solvent.model.stress.LiquidationTotals;
import com.solvent.model.stress.StressResult;
import com.solvent.model.stress.SweepResult;

/**
 * One scenario's totals as printed by {@code solvent stress --csv} and inside {@code --json}. A
 * published interface: units are in the names ({@code ...Usd} is USD); {@code staleAssets} lists
 * the assets whose price was not FRESH in the scenario, separated by spaces.
 */
@JsonPropertyOrder({"scenario", "description", "accountsLiquidated", "accountsBankrupt", "notionalLiquidatedUsd",
        "penaltiesUsd", "penaltyToLiquidatorsUsd", "penaltyToInsuranceFundUsd", "insuranceDrawUsd", "badDebtUsd",
        "accountsDeleveraged", "adlRecoveredUsd", "insuranceFundAfterUsd", "accountsUncertain", "accountsFailed",
        "staleAssets"})
public record StressRow(String scenario, String description, int accountsLiquidated, int accountsBankrupt,
                 double notionalLiquidatedUsd, double penaltiesUsd, double penaltyToLiquidatorsUsd,
                 double penaltyToInsuranceFundUsd, double insuranceDrawUsd, double badDebtUsd, int accountsDeleveraged,
                 double adlRecoveredUsd, double insuranceFundAfterUsd, int accountsUncertain, int accountsFailed,
                 String staleAssets) {
    public static StressRow of(StressResult r) {
        LiquidationTotals t = r.totals();
        SweepResult s = r.sweep();
        return new StressRow(r.scenario().name(), r.scenario().description(), t.accountsLiquidated(),
                t.accountsBankrupt(), t.notionalLiquidated(), t.penalties(), t.penaltyToLiquidators(),
                t.penaltyToInsuranceFund(), t.insuranceDraw(), t.badDebt(), t.accountsDeleveraged(), t.adlRecovered(),
                s.insuranceFundAfter(), s.accountsUncertain(), s.accountsFailed(), String.join(" ", r.stale()));
    }
}
