package com.solvent.app.cli.risk;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.solvent.model.cascade.CascadeRound;
import com.solvent.model.stress.LiquidationTotals;

/**
 * One cascade round as printed by {@code solvent cascade --csv} and inside {@code --json}: the
 * shocked asset's price in the round and what the round liquidated. Units in the names.
 */
@JsonPropertyOrder({"round", "asset", "priceUsd", "accountsLiquidated", "notionalLiquidatedUsd", "netSoldUsd",
        "penaltiesUsd", "insuranceDrawUsd", "badDebtUsd", "accountsDeleveraged"})
public record CascadeRow(int round, String asset, double priceUsd, int accountsLiquidated, double notionalLiquidatedUsd,
                  double netSoldUsd, double penaltiesUsd, double insuranceDrawUsd, double badDebtUsd,
                  int accountsDeleveraged) {
    public static CascadeRow of(CascadeRound r, String asset) {
        LiquidationTotals t = r.sweep().totals();
        return new CascadeRow(r.round(), asset, r.marks().getOrDefault(asset, 0.0), t.accountsLiquidated(),
                t.notionalLiquidated(), r.sweep().netNotionalSold().getOrDefault(asset, 0.0), t.penalties(),
                t.insuranceDraw(), t.badDebt(), t.accountsDeleveraged());
    }
}
