package com.solvent.model.engine;

import com.solvent.model.account.Account;
import com.solvent.model.option.OptionMarketData;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.AccountHeadline;

/**
 * One account's headline figures at one price set after another (a risk profile's points and the root
 * search between them, a stress grid's cells), from {@link MarginEngine#sweep}: the account is resolved and
 * its working arrays allocated once, and an option whose forward, vol surface, time and rate did not change
 * since the previous price set keeps its value. Every result equals {@link MarginEngine#headline} at that
 * price set. Mutable and confined to one thread.
 */
public final class AccountSweep {
    private final MarginEngine engine;
    private final Account account;
    private final MarginPolicy policy;
    private AccountEvaluation evaluation;

    AccountSweep(MarginEngine engine, Account account, MarginPolicy policy) {
        this.engine = engine;
        this.account = account;
        this.policy = policy;
    }

    /**
     * The headline at {@code prices}.
     *
     * @throws IllegalArgumentException as {@link MarginEngine#headline}
     */
    public AccountHeadline at(PriceSet prices) {
        OptionMarketData options = engine.optionMarket(account, prices);
        try {
            if (evaluation == null) {
                AccountEvaluation first = new AccountEvaluation(account, prices, policy, false, options);
                AccountHeadline h = first.headline();
                evaluation = first;
                return h;
            }
            return evaluation.headlineAt(prices, options);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("account " + account.id() + ": cannot evaluate: " + e.getMessage(), e);
        }
    }
}
