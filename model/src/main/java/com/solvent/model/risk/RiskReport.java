package com.solvent.model.risk;

import com.solvent.model.Checks;

import java.time.Instant;
import java.util.List;

/**
 * Results for a set of accounts evaluated against one price set and one policy.
 *
 * @param asOf      the price set's evaluation time
 * @param policy    the policy's name
 * @param accounts  one result per input account, in input order
 */
public record RiskReport(Instant asOf, String policy, List<AccountResult> accounts) {
    public RiskReport {
        Checks.required(asOf, "report.asOf");
        Checks.required(policy, "report.policy");
        accounts = List.copyOf(Checks.required(accounts, "report.accounts"));
    }
}
