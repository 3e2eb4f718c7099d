package com.solvent.chain.aave;

import com.solvent.model.lending.LendingAccount;
import com.solvent.model.lending.Reserve;

import java.util.List;
import java.util.Map;

/**
 * An Aave v3 account read at one block: the core's lending account, the market's reserves (for
 * what-ifs), the Pool's own numbers for the same block, and the state of every price.
 *
 * @param block     the block all reads were made at
 * @param account   the account as the core sees it
 * @param reserves  every reserve of the market with its parameters and price
 * @param reported  {@code getUserAccountData} at the same block
 * @param prices    price and feed state by token symbol
 */
public record AaveAccountSnapshot(long block, LendingAccount account, List<Reserve> reserves, AaveAccountData reported,
                                  Map<String, AavePrice> prices) {
    public AaveAccountSnapshot {
        reserves = List.copyOf(reserves);
        prices = Map.copyOf(prices);
    }

    /** Whether every price of the market is fresh (the account's what-ifs may touch any reserve). */
    public boolean pricesTrusted() {
        return prices.values().stream().allMatch(p -> p.freshness().isTrusted());
    }

    public Reserve reserve(String asset) {
        return reserves.stream().filter(r -> r.asset().equals(asset)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no reserve " + asset + " in this market"));
    }
}
