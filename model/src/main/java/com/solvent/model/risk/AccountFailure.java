package com.solvent.model.risk;

import com.solvent.model.Checks;

/**
 * An account that could not be evaluated, with a reason a user can act on.
 *
 * @param accountId  the account's id
 * @param reason     what is wrong and where, e.g. {@code "position p3: unknown market DOGE-PERP"}
 */
public record AccountFailure(String accountId, String reason) implements AccountResult {
    public AccountFailure {
        Checks.required(accountId, "failure.accountId");
        Checks.nonBlank(reason, "failure.reason");
    }
}
