package com.solvent.app.fx;

import com.solvent.model.account.Account;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.PriceSet;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the engine needs at one block: the accounts as read, their prices, the venue's
 * policy, and the connection that delivered them. Immutable; crosses threads as is.
 *
 * @param accounts  accounts read at this block (watched or not)
 * @param prices    mark/index/volatility and freshness per asset, as of the block time
 * @param policy    the venue's margin rules
 * @param status    chain, block, latency and connection state
 */
public record MarketState(List<Account> accounts, PriceSet prices, MarginPolicy policy, ChainStatus status) {
    public MarketState {
        accounts = List.copyOf(Objects.requireNonNull(accounts, "accounts"));
        Objects.requireNonNull(prices, "prices");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(status, "status");
    }

    /** The account with this id (addresses compare case-insensitively). */
    public Optional<Account> account(String id) {
        return accounts.stream().filter(a -> a.id().equalsIgnoreCase(id)).findFirst();
    }

    public MarketState withStatus(ChainStatus next) {
        return new MarketState(accounts, prices, policy, next);
    }
}
