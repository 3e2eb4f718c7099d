package com.solvent.app.fx;

import com.solvent.model.risk.AccountResult;
import com.solvent.model.risk.RiskReport;

import java.util.Objects;
import java.util.Optional;

/**
 * One published evaluation: the inputs of a block and the engine's report on the watched
 * accounts among them. Views read numbers from {@link #report()} only; {@link #inputs()} is kept
 * so that the what-if desk can edit exactly what was evaluated and evaluate again.
 *
 * @param inputs   what was evaluated
 * @param report   the engine's result for the watched accounts found in {@code inputs}
 * @param sequence increases with every publication, so a consumer can tell a new report from a repeat
 * @param positions the report's figures over all positions of each account, computed where this
 *                  is built (the service's thread), so that the FX thread only reads them
 */
public record LiveRisk(MarketState inputs, RiskReport report, long sequence, PositionSummaries positions) {
    public LiveRisk {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(positions, "positions");
    }

    /** A publication of {@code report}; its position summaries are computed here, on the caller's thread. */
    public LiveRisk(MarketState inputs, RiskReport report, long sequence) {
        this(inputs, report, sequence, PositionSummaries.of(report));
    }

    /** The result for an account, if it was found and evaluated (addresses compare case-insensitively). */
    public Optional<AccountResult> result(String accountId) {
        return report.accounts().stream().filter(r -> r.accountId().equalsIgnoreCase(accountId)).findFirst();
    }
}
