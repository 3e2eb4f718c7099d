package com.solvent.app.cli.risk;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.solvent.model.adl.AdlFill;
import com.solvent.model.stress.AccountLiquidation;
import com.solvent.model.stress.StressResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One account a stress scenario liquidated or auto-deleveraged, as the risk desk's scenario detail
 * shows and exports it (CSV line, and the objects of the {@code solvent.stress-accounts/1} JSON).
 * A published interface: USD in fields named {@code ...Usd}; the liquidation figures are
 * {@link AccountLiquidation}'s (zero when the account was only deleveraged); {@code adlClosedNotionalUsd}
 * sums {@code |closed size| x price} over the account's {@link AdlFill}s (positions closed at the
 * bankrupt accounts' bankruptcy prices to cover their bad debt).
 */
@JsonPropertyOrder({"scenario", "account", "label", "liquidated", "healthBefore", "healthAfter", "notionalLiquidatedUsd",
        "penaltyUsd", "insuranceDrawUsd", "badDebtUsd", "autoDeleveraged", "adlClosedNotionalUsd", "uncertain"})
public record StressAccountRow(String scenario, String account, String label, boolean liquidated, String healthBefore,
                               String healthAfter, double notionalLiquidatedUsd, double penaltyUsd, double insuranceDrawUsd,
                               double badDebtUsd, boolean autoDeleveraged, double adlClosedNotionalUsd, boolean uncertain) {

    /**
     * The liquidated accounts of {@code result} in the order the sweep liquidated them, then the accounts
     * only deleveraged, in the order auto-deleveraging reached them.
     *
     * @param labels names of accounts by id ("" when none)
     */
    public static List<StressAccountRow> of(StressResult result, Function<String, String> labels) {
        Map<String, Double> adl = new LinkedHashMap<>();
        for (AdlFill fill : result.sweep().deleveraged()) {
            adl.merge(fill.accountId(), Math.abs(fill.closedSize()) * fill.price(), Double::sum);
        }
        String scenario = result.scenario().name();
        List<StressAccountRow> rows = new ArrayList<>();
        for (AccountLiquidation l : result.sweep().liquidations()) {
            Double closed = adl.get(l.accountId());
            rows.add(new StressAccountRow(scenario, l.accountId(), labels.apply(l.accountId()), true, l.healthBefore().name(),
                    l.healthAfter().name(), l.notional(), l.penalty(), l.insuranceDraw(), l.badDebt(), closed != null,
                    closed == null ? 0.0 : closed, l.uncertain()));
        }
        java.util.Set<String> liquidated = new java.util.HashSet<>();
        result.sweep().liquidations().forEach(l -> liquidated.add(l.accountId()));
        adl.forEach((account, closed) -> {
            if (!liquidated.contains(account)) {
                rows.add(new StressAccountRow(scenario, account, labels.apply(account), false, "", "", 0, 0, 0, 0, true,
                        closed, false));
            }
        });
        return rows;
    }

    /**
     * True for an account liquidated with no position to close: it held only collateral and debt, and
     * the scenario's prices left its collateral short of its debt by {@code badDebtUsd}. The sweep counts
     * it as liquidated (its collateral is seized), but "liquidated, notional 0" reads like an error.
     * Not part of the published document (derived from its fields).
     */
    public boolean collateralShortfall() {
        return liquidated && notionalLiquidatedUsd == 0.0 && badDebtUsd > 0.0;
    }

    /** The {@code solvent.stress-accounts/1} document: one scenario's accounts, with where the book came from. */
    public record Document(String schema, String source, String asOf, String venue, String scenario, String description,
                           List<StressAccountRow> accounts) {
        public static final String SCHEMA = "solvent.stress-accounts/1";

        public static Document of(String source, java.time.Instant asOf, String venue, StressResult result,
                                  List<StressAccountRow> accounts) {
            return new Document(SCHEMA, source, asOf.toString(), venue, result.scenario().name(),
                    result.scenario().description(), accounts);
        }
    }
}
