package com.solvent.app.fx;

import com.solvent.app.session.LendingHolding;
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
 * @param lending   lending-market (Aave) accounts read at the same block; evaluated by health factor, not by {@code policy}
 */
public record MarketState(List<Account> accounts, PriceSet prices, MarginPolicy policy, ChainStatus status,
                          List<LendingHolding> lending) {
    public MarketState {
        accounts = List.copyOf(Objects.requireNonNull(accounts, "accounts"));
        lending = List.copyOf(Objects.requireNonNull(lending, "lending"));
        Objects.requireNonNull(prices, "prices");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(status, "status");
    }

    /** A state with margin accounts only. */
    public MarketState(List<Account> accounts, PriceSet prices, MarginPolicy policy, ChainStatus status) {
        this(accounts, prices, policy, status, List.of());
    }

    /** The account with this id (addresses compare case-insensitively). */
    public Optional<Account> account(String id) {
        return accounts.stream().filter(a -> a.id().equalsIgnoreCase(id)).findFirst();
    }

    public MarketState withStatus(ChainStatus next) {
        return new MarketState(accounts, prices, policy, next, lending);
    }

    /** The same block with these lending accounts beside the margin accounts. */
    public MarketState withLending(List<LendingHolding> next) {
        return new MarketState(accounts, prices, policy, status, next);
    }

    /** The lending account with this id (addresses compare case-insensitively). */
    public Optional<LendingHolding> lendingAccount(String id) {
        return lending.stream().filter(a -> a.id().equalsIgnoreCase(id)).findFirst();
    }
}
