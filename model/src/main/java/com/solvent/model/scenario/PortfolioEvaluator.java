package com.solvent.model.scenario;

import com.solvent.model.account.Account;
import com.solvent.model.engine.AccountSweep;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.option.GreeksSummary;
import com.solvent.model.option.PositionGreeks;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.AssetPrice;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.AccountFailure;
import com.solvent.model.risk.AccountHeadline;
import com.solvent.model.risk.AccountResult;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.PositionRisk;

import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates a {@link Portfolio} with {@link MarginEngine}: the portfolio is one engine {@code Account}
 * (its options included), the market state one {@code PriceSet} (vol surfaces included) and the rules one
 * {@code MarginPolicy} (option margin model included). No formula lives here: {@link PortfolioRisk} is the
 * engine's {@link AccountRisk} under the scenario package's names. Stateless apart from the engine it
 * wraps; thread-safe.
 */
public final class PortfolioEvaluator {
    private final MarginEngine engine;

    private PortfolioEvaluator(MarginEngine engine) {
        this.engine = engine;
    }

    /** An evaluator whose engine explains every headline number (for one account on screen). */
    public static PortfolioEvaluator explaining() {
        return new PortfolioEvaluator(new MarginEngine());
    }

    /** An evaluator for bulk work (profiles, grids, books): same numbers, no explanations. */
    public static PortfolioEvaluator fast() {
        return new PortfolioEvaluator(MarginEngine.withoutExplanations());
    }

    /**
     * Risk of {@code book} in {@code market} under {@code rules}.
     *
     * @throws IllegalArgumentException with the engine's reason when the account cannot be evaluated
     *                                  (unknown market, missing price or vol surface)
     */
    public PortfolioRisk evaluate(Portfolio book, MarketState market, VenueRules rules) {
        AccountResult result = engine.evaluate(book.asAccount(), market.priceSet(), rules.enginePolicy());
        if (result instanceof AccountFailure f) {
            throw new IllegalArgumentException("account " + f.accountId() + ": " + f.reason());
        }
        AccountRisk risk = (AccountRisk) result;
        return new PortfolioRisk(risk.accountId(), risk.equity(), risk.initialRequirement(),
                risk.maintenanceRequirement(), risk.marginRatio(), risk.freeCollateral(), risk.cross().equity(),
                risk.cross().maintenanceRequirement(), risk.health(), risk.uncertain(), greeks(risk, market), risk,
                risk.optionMargin());
    }

    /**
     * The headline figures of {@code book} (the engine's lean path): the same numbers as {@link #evaluate},
     * without Greeks, liquidation prices or explanations (profiles and grids).
     */
    public HeadlineRisk headline(Portfolio book, MarketState market, VenueRules rules) {
        return headline(book, market.priceSet(), rules);
    }

    /** {@link #headline} on an engine price set already built (a grid shares one per cell across its book). */
    HeadlineRisk headline(Portfolio book, PriceSet prices, VenueRules rules) {
        return headline(book.asAccount(), prices, rules.enginePolicy());
    }

    /** {@link #headline} on the engine's own inputs (bulk callers build them once, not per evaluation). */
    HeadlineRisk headline(Account account, PriceSet prices, MarginPolicy policy) {
        AccountHeadline h = engine.headline(account, prices, policy);
        return new HeadlineRisk(h.equity(), h.maintenanceRequirement(), h.marginRatio(), h.crossEquity(),
                h.crossMaintenance(), h.health());
    }

    /** The engine's headlines of one account at each price set, in order (grids: one resolution per account). */
    List<AccountHeadline> headlines(Account account, List<PriceSet> priceSets, MarginPolicy policy) {
        return engine.headlines(account, priceSets, policy);
    }

    /** The engine's reusable headline sweep of one account (profiles: the curve and the root search). */
    AccountSweep sweep(Account account, MarginPolicy policy) {
        return engine.sweep(account, policy);
    }

    /** The engine's position Greeks in dollar form, netted per underlying (forward = the underlying's mark). */
    private static GreeksSummary greeks(AccountRisk risk, MarketState market) {
        List<PositionGreeks> out = new ArrayList<>(risk.positions().size());
        for (PositionRisk p : risk.positions()) {
            if (p.settled()) {
                continue;
            }
            double forward = market.prices().get(p.underlying()).map(AssetPrice::mark).orElse(p.markPrice());
            out.add(PositionGreeks.ofPosition(p.underlying(), forward, p.optionValue(), p.greeks().delta(),
                    p.greeks().gamma(), p.greeks().vega(), p.greeks().theta()));
        }
        return GreeksSummary.of(out);
    }
}
