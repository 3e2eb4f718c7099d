package com.solvent.app.whatif;

import com.solvent.model.account.Account;
import com.solvent.model.edit.AccountEdits;
import com.solvent.model.edit.EditResult;
import com.solvent.model.edit.PriceMoves;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.market.Market;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.AccountResult;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Applies a {@link Scenario} to live inputs with the core's edit functions and evaluates the
 * result with the same {@link MarginEngine} as the live view. Stateless; runs off the FX thread.
 */
public final class WhatIf {
    private final MarginEngine engine;

    public WhatIf(MarginEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * The account before (live) and after the scenario.
     *
     * @return the outcome; a refused top-up/withdrawal or an impossible move is a refusal in words
     */
    public Outcome evaluate(Account account, PriceSet prices, MarginPolicy policy, Scenario scenario) {
        AccountResult before = engine.evaluate(account, prices, policy);
        PriceSet moved;
        try {
            moved = move(prices, policy, scenario);
        } catch (IllegalArgumentException e) {
            return new Outcome(before, null, e.getMessage());
        }
        Account edited = account;
        if (scenario.settlementChange() != 0) {
            AccountEdits edits = new AccountEdits(moved, policy);
            String asset = policy.settlementAsset();
            EditResult result = scenario.settlementChange() > 0
                    ? edits.topUp(account, asset, scenario.settlementChange())
                    : edits.withdraw(account, asset, -scenario.settlementChange());
            switch (result) {
                case EditResult.Edited e -> edited = e.account();
                case EditResult.Refused r -> {
                    return new Outcome(before, null, "Refused: " + r.reason());
                }
            }
        }
        return new Outcome(before, engine.evaluate(edited, moved, policy), "");
    }

    /** The live prices with the scenario's moves and time applied. */
    public static PriceSet move(PriceSet prices, MarginPolicy policy, Scenario scenario) {
        Set<String> risky = new LinkedHashSet<>();
        for (Market m : policy.markets().values()) {
            risky.add(m.underlying());
        }
        risky.removeIf(asset -> prices.get(asset).isEmpty());
        PriceSet moved = scenario.marketMovePercent() == 0 ? prices
                : PriceMoves.allByPercent(prices, risky, scenario.marketMovePercent());
        for (Map.Entry<String, Double> move : scenario.assetMovesPercent().entrySet()) {
            if (move.getValue() != 0 && moved.get(move.getKey()).isPresent()) {
                moved = PriceMoves.byPercent(moved, move.getKey(), move.getValue());
            }
        }
        if (scenario.daysForward() > 0) {
            long seconds = Math.round(scenario.daysForward() * 86_400);
            moved = moved.withAsOf(moved.asOf().plus(Duration.ofSeconds(seconds)));
        }
        return moved;
    }

    /**
     * @param before   the live evaluation
     * @param after    the evaluation under the scenario; null when refused
     * @param refusal  why the scenario cannot be applied, empty when it was
     */
    public record Outcome(AccountResult before, AccountResult after, String refusal) {
    }
}
