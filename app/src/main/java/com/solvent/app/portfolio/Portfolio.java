package com.solvent.app.portfolio;

import com.solvent.model.account.Account;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.PriceSet;

import java.util.List;
import java.util.Optional;

/**
 * A validated portfolio: everything the margin engine needs to report on a set of accounts.
 *
 * @param source    where it was read from (file name), shown in reports
 * @param prices    prices as of the evaluation time ({@link PriceSet#asOf()})
 * @param policy    the venue's margin rules
 * @param accounts  accounts in file order, ids unique
 */
public record Portfolio(String source, PriceSet prices, MarginPolicy policy, List<Account> accounts) {
    public Portfolio {
        accounts = List.copyOf(accounts);
    }

    public Optional<Account> account(String id) {
        return accounts.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
