package com.solvent.model.lending;

import com.solvent.model.Checks;

/**
 * What-if edits of a lending account, checked as Aave v3's ValidationLogic checks them. Pure:
 * each returns the account after the action, or the reason the Pool would revert.
 */
public final class LendingWhatIf {
    private LendingWhatIf() {
    }

    /** Supplies {@code amount} units of {@code reserve}; a new supply is enabled as collateral (Aave's default when LTV > 0). */
    public static WhatIf<LendingAccount> supply(LendingAccount account, Reserve reserve, double amount) {
        Checks.positive(amount, "supply amount");
        String asset = reserve.asset();
        if (account.supply(asset).isPresent()) {
            return WhatIf.accepted(account.withSupply(asset,
                    s -> new SupplyPosition(s.reserve(), s.amount() + amount, s.collateralEnabled())));
        }
        return WhatIf.accepted(account.plusSupply(new SupplyPosition(reserve, amount, reserve.loanToValue() > 0)));
    }

    /** Withdraws {@code amount} units of {@code asset}; refused beyond the supply or when the health factor would fall below 1. */
    public static WhatIf<LendingAccount> withdraw(LendingAccount account, String asset, double amount) {
        Checks.positive(amount, "withdraw amount");
        var supply = account.supply(asset);
        if (supply.isEmpty() || supply.get().amount() < amount) {
            return WhatIf.refused("cannot withdraw " + amount + " " + asset + ": supplied "
                    + supply.map(SupplyPosition::amount).orElse(0.0));
        }
        LendingAccount after = account.withSupply(asset,
                s -> new SupplyPosition(s.reserve(), s.amount() - amount, s.collateralEnabled()));
        return healthyAfter(after, "withdrawing " + amount + " " + asset);
    }

    /**
     * Borrows {@code amount} units of {@code reserve}: refused when the account is liquidatable,
     * when the debt after would exceed the borrowing power (Σ collateral · LTV), or, in e-mode,
     * when the reserve is outside the account's category.
     */
    public static WhatIf<LendingAccount> borrow(LendingAccount account, Reserve reserve, double amount) {
        Checks.positive(amount, "borrow amount");
        LendingRisk before = LendingRisk.of(account);
        if (!account.eMode().isNone() && reserve.eModeCategory() != account.eMode().id()) {
            return WhatIf.refused(reserve.asset() + " is outside e-mode category " + account.eMode().label());
        }
        if (before.totalCollateral() == 0) {
            return WhatIf.refused("no collateral to borrow against");
        }
        if (before.liquidatable()) {
            return WhatIf.refused("health factor below 1: borrowing is blocked");
        }
        double debtAfter = before.totalDebt() + amount * reserve.price();
        if (debtAfter > before.borrowingPower()) {
            return WhatIf.refused("borrowing " + amount + " " + reserve.asset() + " needs debt " + debtAfter
                    + " within borrowing power " + before.borrowingPower());
        }
        String asset = reserve.asset();
        LendingAccount after = account.debt(asset).isPresent()
                ? account.withDebt(asset, d -> new DebtPosition(d.reserve(), d.amount() + amount))
                : account.plusDebt(new DebtPosition(reserve, amount));
        return WhatIf.accepted(after);
    }

    /** Repays up to {@code amount} units of {@code asset}; like the Pool, never more than is owed. */
    public static WhatIf<LendingAccount> repay(LendingAccount account, String asset, double amount) {
        Checks.positive(amount, "repay amount");
        if (account.debt(asset).isEmpty()) {
            return WhatIf.refused("account " + account.id() + " owes no " + asset);
        }
        return WhatIf.accepted(account.withDebt(asset,
                d -> new DebtPosition(d.reserve(), Math.max(0, d.amount() - amount))));
    }

    /** Values {@code asset} at {@code price}: an oracle move, never refused. */
    public static WhatIf<LendingAccount> movePrice(LendingAccount account, String asset, double price) {
        Checks.positive(price, "price of " + asset);
        return WhatIf.accepted(account.withPrice(asset, price));
    }

    /**
     * Switches the account to {@code category} ({@link EModeCategory#NONE} leaves e-mode): refused
     * when a borrowed reserve is outside the category or the health factor would fall below 1.
     */
    public static WhatIf<LendingAccount> switchEMode(LendingAccount account, EModeCategory category) {
        Checks.required(category, "e-mode category");
        if (!category.isNone()) {
            for (DebtPosition d : account.debts()) {
                if (d.reserve().eModeCategory() != category.id()) {
                    return WhatIf.refused("debt in " + d.reserve().asset() + " is outside e-mode category " + category.label());
                }
            }
        }
        return healthyAfter(account.withEMode(category), "switching to e-mode " + category.label());
    }

    private static WhatIf<LendingAccount> healthyAfter(LendingAccount after, String action) {
        LendingRisk risk = LendingRisk.of(after);
        if (risk.liquidatable()) {
            return WhatIf.refused(action + " would leave health factor " + risk.healthFactor().getAsDouble()
                    + ", below 1");
        }
        return WhatIf.accepted(after);
    }
}
