package com.solvent.app.whatif;

import com.solvent.app.whatif.LendingScenario.LendingAction;
import com.solvent.model.lending.DebtPosition;
import com.solvent.model.lending.LendingAccount;
import com.solvent.model.lending.LendingWhatIf;
import com.solvent.model.lending.Reserve;
import com.solvent.model.lending.SupplyPosition;
import com.solvent.model.lending.WhatIf;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Applies a {@link LendingScenario} to a lending account with the core's {@link LendingWhatIf}
 * (never a second set of formulas) and reports the figures before and after. Stateless; runs off
 * the FX thread.
 */
public final class LendingDesk {
    private LendingDesk() {
    }

    /** The account live and under the scenario; a refused action is a refusal in the core's words. */
    public static Outcome evaluate(LendingAccount account, LendingScenario scenario) {
        LendingFigures before = LendingFigures.of(account);
        WhatIf<LendingAccount> edited = WhatIf.accepted(account);
        try {
            for (Map.Entry<String, Double> move : scenario.priceMovesPercent().entrySet()) {
                Optional<Reserve> reserve = reserve(account, move.getKey());
                if (move.getValue() != 0 && reserve.isPresent()) {
                    double price = reserve.get().price() * (1 + move.getValue() / 100);
                    edited = then(edited, a -> LendingWhatIf.movePrice(a, move.getKey(), price));
                }
            }
            edited = then(edited, a -> act(a, scenario.action()));
            if (scenario.eMode() != null && !scenario.eMode().equals(account.eMode())) {
                edited = then(edited, a -> LendingWhatIf.switchEMode(a, scenario.eMode()));
            }
        } catch (IllegalArgumentException e) {
            // a move to a non-positive price: the core names the field
            return new Outcome(before, null, e.getMessage());
        }
        return switch (edited) {
            case WhatIf.Accepted<LendingAccount> a -> new Outcome(before, LendingFigures.of(a.result()), "");
            case WhatIf.Refused<LendingAccount> r -> new Outcome(before, null, "Refused: " + r.reason());
        };
    }

    private static WhatIf<LendingAccount> act(LendingAccount account, LendingAction action) {
        if (action.isNone()) {
            return WhatIf.accepted(account);
        }
        Optional<Reserve> reserve = reserve(account, action.asset());
        if (reserve.isEmpty()) {
            return WhatIf.refused("the account holds no " + action.asset() + " reserve");
        }
        return switch (action.kind()) {
            case SUPPLY -> LendingWhatIf.supply(account, reserve.get(), action.amount());
            case WITHDRAW -> LendingWhatIf.withdraw(account, action.asset(), action.amount());
            case BORROW -> LendingWhatIf.borrow(account, reserve.get(), action.amount());
            case REPAY -> LendingWhatIf.repay(account, action.asset(), action.amount());
            case NONE -> WhatIf.accepted(account);
        };
    }

    private static WhatIf<LendingAccount> then(WhatIf<LendingAccount> soFar,
                                               Function<LendingAccount, WhatIf<LendingAccount>> next) {
        return switch (soFar) {
            case WhatIf.Accepted<LendingAccount> a -> next.apply(a.result());
            case WhatIf.Refused<LendingAccount> r -> r;
        };
    }

    /** The reserve of {@code asset} as the account holds it (supplied or owed), at its current price. */
    static Optional<Reserve> reserve(LendingAccount account, String asset) {
        return account.supply(asset).map(SupplyPosition::reserve)
                .or(() -> account.debt(asset).map(DebtPosition::reserve));
    }

    /**
     * @param before   the live figures
     * @param after    the figures under the scenario; null when refused
     * @param refusal  why the scenario cannot be applied, empty when it was
     */
    public record Outcome(LendingFigures before, LendingFigures after, String refusal) {
    }
}
