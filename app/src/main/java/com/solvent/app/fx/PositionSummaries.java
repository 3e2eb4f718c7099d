package com.solvent.app.fx;

import com.solvent.model.risk.AccountResult;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.RiskReport;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The {@link PositionSummary} of each evaluated account of one report, computed when the report
 * is published (off the FX thread) and never changed after: the FX thread only reads them.
 * Looked up by the very result object of that report (a result's equality compares all its
 * positions, which would cost as much as the summary).
 */
public final class PositionSummaries {
    private final Map<AccountRisk, PositionSummary> byResult;

    private PositionSummaries(Map<AccountRisk, PositionSummary> byResult) {
        this.byResult = byResult;
    }

    /** Summaries of all of {@code report}'s evaluated accounts. */
    public static PositionSummaries of(RiskReport report) {
        Map<AccountRisk, PositionSummary> byResult = new IdentityHashMap<>();
        for (AccountResult result : report.accounts()) {
            if (result instanceof AccountRisk risk) {
                byResult.put(risk, PositionSummary.of(risk));
            }
        }
        return new PositionSummaries(byResult);
    }

    /**
     * The summary of {@code risk}: the one computed with the report when {@code risk} is one of its
     * results, else computed now (a result from elsewhere, e.g. a test's).
     */
    public PositionSummary of(AccountRisk risk) {
        PositionSummary summary = byResult.get(risk);
        return summary != null ? summary : PositionSummary.of(risk);
    }
}
