package com.solvent.model.lending;

import com.solvent.model.Checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A lending account as the core sees it: what it supplied and what it owes, reserve by reserve,
 * and its e-mode category. Watch-only: the id is an address or a label, never a key.
 *
 * @param id        the account (an address on chain)
 * @param supplies  supplied reserves, at most one per asset
 * @param debts     borrowed reserves, at most one per asset
 * @param eMode     the account's e-mode category, {@link EModeCategory#NONE} when off
 */
public record LendingAccount(String id, List<SupplyPosition> supplies, List<DebtPosition> debts, EModeCategory eMode) {
    public LendingAccount {
        Checks.nonBlank(id, "lendingAccount.id");
        supplies = List.copyOf(Checks.required(supplies, "lendingAccount " + id + ".supplies"));
        debts = List.copyOf(Checks.required(debts, "lendingAccount " + id + ".debts"));
        Checks.required(eMode, "lendingAccount " + id + ".eMode");
        Set<String> seen = new HashSet<>();
        for (SupplyPosition s : supplies) {
            if (!seen.add(s.reserve().asset())) {
                throw new IllegalArgumentException("lendingAccount " + id + ": duplicated supply of " + s.reserve().asset());
            }
        }
        seen.clear();
        for (DebtPosition d : debts) {
            if (!seen.add(d.reserve().asset())) {
                throw new IllegalArgumentException("lendingAccount " + id + ": duplicated debt in " + d.reserve().asset());
            }
        }
    }

    public Optional<SupplyPosition> supply(String asset) {
        return supplies.stream().filter(s -> s.reserve().asset().equals(asset)).findFirst();
    }

    public Optional<DebtPosition> debt(String asset) {
        return debts.stream().filter(d -> d.reserve().asset().equals(asset)).findFirst();
    }

    /** A copy with {@code asset}'s supply replaced (dropped when the replacement is null or empty). */
    LendingAccount withSupply(String asset, UnaryOperator<SupplyPosition> change) {
        List<SupplyPosition> next = new ArrayList<>();
        for (SupplyPosition s : supplies) {
            SupplyPosition changed = s.reserve().asset().equals(asset) ? change.apply(s) : s;
            if (changed != null && changed.amount() > 0) {
                next.add(changed);
            }
        }
        return new LendingAccount(id, next, debts, eMode);
    }

    /** A copy with {@code asset}'s debt replaced (dropped when the replacement is null or repaid). */
    LendingAccount withDebt(String asset, UnaryOperator<DebtPosition> change) {
        List<DebtPosition> next = new ArrayList<>();
        for (DebtPosition d : debts) {
            DebtPosition changed = d.reserve().asset().equals(asset) ? change.apply(d) : d;
            if (changed != null && changed.amount() > 0) {
                next.add(changed);
            }
        }
        return new LendingAccount(id, supplies, next, eMode);
    }

    LendingAccount plusSupply(SupplyPosition added) {
        List<SupplyPosition> next = new ArrayList<>(supplies);
        next.add(added);
        return new LendingAccount(id, next, debts, eMode);
    }

    LendingAccount plusDebt(DebtPosition added) {
        List<DebtPosition> next = new ArrayList<>(debts);
        next.add(added);
        return new LendingAccount(id, supplies, next, eMode);
    }

    /** A copy where every position in {@code asset} is valued at {@code price}. */
    public LendingAccount withPrice(String asset, double price) {
        List<SupplyPosition> s = supplies.stream().map(p -> p.reserve().asset().equals(asset)
                ? new SupplyPosition(p.reserve().withPrice(price), p.amount(), p.collateralEnabled()) : p).toList();
        List<DebtPosition> d = debts.stream().map(p -> p.reserve().asset().equals(asset)
                ? new DebtPosition(p.reserve().withPrice(price), p.amount()) : p).toList();
        return new LendingAccount(id, s, d, eMode);
    }

    public LendingAccount withEMode(EModeCategory category) {
        return new LendingAccount(id, supplies, debts, category);
    }
}
