package com.solvent.model.adl;

import com.solvent.model.Checks;
import com.solvent.model.account.Account;

import java.util.List;

/**
 * The effect of auto-deleveraging one bankrupt quantity.
 *
 * @param fills          counterparty reductions, in rank order
 * @param accounts       the counterparty accounts afterwards, in input order (untouched ones as given)
 * @param recovered      sum of the fills' {@code profitGivenUp}, USD: the bad debt absorbed
 * @param unfilledSize   bankrupt size no counterparty could take (unsigned units), 0 when fully offset
 */
public record AdlOutcome(List<AdlFill> fills, List<Account> accounts, double recovered, double unfilledSize) {
    public AdlOutcome {
        fills = List.copyOf(Checks.required(fills, "adl.fills"));
        accounts = List.copyOf(Checks.required(accounts, "adl.accounts"));
        Checks.finite(recovered, "adl.recovered");
        Checks.nonNegative(unfilledSize, "adl.unfilledSize");
    }
}
