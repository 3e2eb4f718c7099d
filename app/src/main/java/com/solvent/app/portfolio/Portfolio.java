package com.solvent.app.portfolio;

import com.solvent.model.account.Account;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.PriceSet;
import com.solvent.model.scenario.MarketState;
import com.solvent.model.scenario.VenueRules;

import java.util.List;
import java.util.Optional;

/**
 * A validated portfolio: everything the margin engine needs to report on a set of accounts.
 *
 * @param source    where it was read from (file name), shown in reports
 * @param prices    prices as of the evaluation time ({@link PriceSet#asOf()}), with the implied vol
 *                  surfaces of option underlyings
 * @param policy    the venue's margin rules, option margin included
 * @param accounts  accounts in file order, ids unique; options inside each account
 */
public record Portfolio(String source, PriceSet prices, MarginPolicy policy, List<Account> accounts) {
    public Portfolio {
        accounts = List.copyOf(accounts);
    }

    public Optional<Account> account(String id) {
        return accounts.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The what-if engine's market: these prices with their vol surfaces and option rate. */
    public MarketState marketState() {
        return new MarketState(prices, prices.volSurfaces(), prices.optionRate());
    }

    /** The what-if engine's rules: this policy, options margined as it says (Derive's standard rules when it lists none). */
    public VenueRules venueRules() {
        return VenueRules.of(policy);
    }

    /** The what-if engine's view of account {@code id} (its options included). */
    public Optional<com.solvent.model.scenario.Portfolio> book(String id) {
        return account(id).map(com.solvent.model.scenario.Portfolio::of);
    }
}
