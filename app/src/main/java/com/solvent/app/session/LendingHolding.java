package com.solvent.app.session;

import com.solvent.model.lending.LendingAccount;

import java.util.List;
import java.util.Objects;

/**
 * A lending-market account (Aave v3) as read at one block, beside the margin accounts of a
 * {@link com.solvent.app.fx.MarketState}. Immutable; crosses threads as is.
 *
 * @param venue        the market it was read from, e.g. {@code "aave-v3 (devnet)"}
 * @param block        the block every read was pinned to (may trail the margin venue's block by the read's time)
 * @param account      the core's view of it: supplies, debts and e-mode, each reserve carrying its oracle price
 * @param uncertainty  why its numbers may not be trusted (a stale or invalid price), empty when every price is fresh
 */
public record LendingHolding(String venue, long block, LendingAccount account, List<String> uncertainty) {
    public LendingHolding {
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(account, "account");
        uncertainty = List.copyOf(uncertainty);
    }

    public String id() {
        return account.id();
    }
}
