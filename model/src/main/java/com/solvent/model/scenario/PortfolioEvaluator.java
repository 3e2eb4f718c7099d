package com.solvent.model.scenario;

import com.solvent.model.Checks;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.engine.MarginMath;
import com.solvent.model.market.Market;
import com.solvent.model.option.Greeks;
import com.solvent.model.option.GreeksSummary;
import com.solvent.model.option.OptionMarketData;
import com.solvent.model.option.OptionPosition;
import com.solvent.model.option.OptionPricer;
import com.solvent.model.option.PositionGreeks;
import com.solvent.model.option.margin.LinearExposure;
import com.solvent.model.option.margin.OptionMargin;
import com.solvent.model.option.margin.OptionMarginCalculator;
import com.solvent.model.option.margin.PortfolioOptionMargin;
import com.solvent.model.risk.AccountFailure;
import com.solvent.model.risk.AccountResult;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.GroupRisk;
import com.solvent.model.risk.HealthState;
import com.solvent.model.risk.PositionRisk;

import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates a {@link Portfolio}: {@link MarginEngine#evaluate} for the account, {@link
 * OptionMarginCalculator} for its options, added into the cross pool as {@link PortfolioRisk} defines.
 * Stateless apart from the engine it wraps; thread-safe.
 *
 * <p>Integration note: once {@code MarginEngine} values option markets itself (an {@code OptionContract}
 * instrument in the cross group, {@code PriceSet} carrying vol surfaces, {@code MarginPolicy} its option
 * margin model), this class becomes one engine call and {@link PortfolioRisk} the engine's own result.
 * No margin formula lives here: only the sum of the two parts.
 *
 * <p>Perps and futures on an option underlying enter a portfolio option grid as {@link LinearExposure}s
 * (a delta hedge lowers the option requirement) and keep their own tier requirement from the engine:
 * conservative, never less margin than either part alone would ask.
 */
public final class PortfolioEvaluator {
    private final MarginEngine engine;
    private final boolean explain;

    private PortfolioEvaluator(MarginEngine engine, boolean explain) {
        this.engine = engine;
        this.explain = explain;
    }

    /** An evaluator whose engine explains every headline number (for one account on screen). */
    public static PortfolioEvaluator explaining() {
        return new PortfolioEvaluator(new MarginEngine(), true);
    }

    /** An evaluator for bulk work (profiles, grids, books): same numbers, no explanations. */
    public static PortfolioEvaluator fast() {
        return new PortfolioEvaluator(MarginEngine.withoutExplanations(), false);
    }

    /**
     * Risk of {@code book} in {@code market} under {@code rules}.
     *
     * @throws IllegalArgumentException with the engine's reason when the account cannot be evaluated
     *                                  (unknown market, missing price or vol surface)
     */
    public PortfolioRisk evaluate(Portfolio book, MarketState market, VenueRules rules) {
        return combine(book, linear(book, market, rules), book.options().isEmpty() ? null : market.optionMarket(), rules);
    }

    /** The engine's result for the account alone. */
    AccountRisk linear(Portfolio book, MarketState market, VenueRules rules) {
        AccountResult result = engine.evaluate(book.account(), market.prices(), rules.policy());
        if (result instanceof AccountFailure f) {
            throw new IllegalArgumentException("account " + f.accountId() + ": " + f.reason());
        }
        return (AccountRisk) result;
    }

    /**
     * The headline figures of {@code book}: the same numbers as {@link #evaluate}, without Greeks or
     * explanations (profiles and grids).
     */
    public HeadlineRisk headline(Portfolio book, MarketState market, VenueRules rules) {
        return headline(book, linear(book, market, rules), book.options().isEmpty() ? null : market.optionMarket(), rules);
    }

    /** {@link #headline} on an engine result already at hand (grids reuse one per price shock). */
    HeadlineRisk headline(Portfolio book, AccountRisk linear, OptionMarketData optionMarket, VenueRules rules) {
        OptionMargin options = book.options().isEmpty() ? OptionMargin.none(rules.optionMargin().name())
                : optionMargin(book, linear, OptionPricer.prices(book.options(), optionMarket), optionMarket, rules);
        return figures(linear, options, rules);
    }

    /**
     * Headline figures of {@code book} as {@code underlying}'s price (only) moves away from {@code base}:
     * the options on other underlyings, and their perps in a portfolio grid, are valued and margined once,
     * since option margin adds up over underlyings in both models. Same numbers as {@link #headline}
     * (up to the order of summation).
     */
    PriceSweep sweep(Portfolio book, MarketState base, VenueRules rules, String underlying) {
        List<OptionPosition> moving = new ArrayList<>();
        List<OptionPosition> fixed = new ArrayList<>();
        for (OptionPosition o : book.options()) {
            (o.contract().underlying().equals(underlying) ? moving : fixed).add(o);
        }
        AccountRisk baseLinear = linear(book, base, rules);
        OptionMargin fixedMargin = OptionMargin.none(rules.optionMargin().name());
        if (!fixed.isEmpty() || rules.optionMargin() instanceof PortfolioOptionMargin) {
            OptionMarketData om = base.optionMarket();
            fixedMargin = optionMargin(fixed, OptionPricer.prices(fixed, om), exposures(baseLinear, rules, underlying, false),
                    om, rules);
        }
        return new PriceSweep(book, moving, fixedMargin, underlying, rules);
    }

    /** See {@link #sweep}: evaluates the moving part at each price. */
    final class PriceSweep {
        private final Portfolio book;
        private final List<OptionPosition> moving;
        private final OptionMargin fixedMargin;
        private final String underlying;
        private final VenueRules rules;

        private PriceSweep(Portfolio book, List<OptionPosition> moving, OptionMargin fixedMargin, String underlying,
                           VenueRules rules) {
            this.book = book;
            this.moving = List.copyOf(moving);
            this.fixedMargin = fixedMargin;
            this.underlying = underlying;
            this.rules = rules;
        }

        /** Headline at {@code market}: the base market with only the swept underlying's price changed. */
        HeadlineRisk at(MarketState market) {
            AccountRisk lin = linear(book, market, rules);
            OptionMargin movingMargin = OptionMargin.none(rules.optionMargin().name());
            if (!moving.isEmpty() || rules.optionMargin() instanceof PortfolioOptionMargin) {
                OptionMarketData om = market.optionMarket();
                movingMargin = optionMargin(moving, OptionPricer.prices(moving, om),
                        exposures(lin, rules, underlying, true), om, rules);
            }
            return figures(lin, fixedMargin.plus(movingMargin), rules);
        }
    }

    /**
     * Adds the option book of {@code book}, valued in {@code optionMarket} (the option view of the same
     * market state; may be null when the book has no options), to the engine's {@code linear} result.
     */
    PortfolioRisk combine(Portfolio book, AccountRisk linear, OptionMarketData optionMarket, VenueRules rules) {
        Checks.required(linear, "linear");
        List<PositionGreeks> greeks = new ArrayList<>(book.options().size() + linear.positions().size());
        OptionMargin options;
        if (book.options().isEmpty()) {
            options = OptionMargin.none(rules.optionMargin().name());
        } else {
            // Price each option once: its Greeks carry the value the margin rules need.
            Greeks[] perContract = OptionPricer.greeks(book.options(), optionMarket);
            double[] marks = new double[perContract.length];
            for (int i = 0; i < marks.length; i++) {
                OptionPosition o = book.options().get(i);
                String underlying = o.contract().underlying();
                marks[i] = perContract[i].price();
                greeks.add(PositionGreeks.of(underlying, optionMarket.forward(underlying), o.size(), perContract[i]));
            }
            options = optionMargin(book, linear, marks, optionMarket, rules);
        }
        for (PositionRisk p : linear.positions()) {
            if (!p.settled()) {
                greeks.add(PositionGreeks.linear(underlyingOf(p, rules), p.markPrice(), p.size()));
            }
        }
        HeadlineRisk h = figures(linear, options, rules);
        return new PortfolioRisk(linear.accountId(), h.equity(), linear.initialRequirement() + options.initial(),
                h.maintenanceRequirement(), h.marginRatio(),
                linear.freeCollateral() + options.optionValue() - options.initial(), h.crossEquity(),
                h.crossMaintenance(), h.health(), linear.uncertain(), GreeksSummary.of(greeks), linear, options);
    }

    private OptionMargin optionMargin(Portfolio book, AccountRisk linear, double[] marks, OptionMarketData optionMarket,
                                      VenueRules rules) {
        return optionMargin(book.options(), marks, crossExposures(linear, rules), optionMarket, rules);
    }

    private OptionMargin optionMargin(List<OptionPosition> options, double[] marks, List<LinearExposure> exposures,
                                      OptionMarketData optionMarket, VenueRules rules) {
        return OptionMarginCalculator.compute(rules.optionMargin(), options, marks,
                rules.optionMargin() instanceof PortfolioOptionMargin ? exposures : List.of(), optionMarket, explain);
    }

    /** Cross exposures on {@code underlying} ({@code on} true) or on every other underlying ({@code on} false). */
    private static List<LinearExposure> exposures(AccountRisk linear, VenueRules rules, String underlying, boolean on) {
        List<LinearExposure> out = new ArrayList<>();
        for (LinearExposure e : crossExposures(linear, rules)) {
            if (e.underlying().equals(underlying) == on) {
                out.add(e);
            }
        }
        return out;
    }

    /** The one place the option book joins the cross pool (see {@link PortfolioRisk}). */
    private static HeadlineRisk figures(AccountRisk linear, OptionMargin options, VenueRules rules) {
        GroupRisk cross = linear.cross();
        double crossEquity = cross.equity() + options.optionValue();
        double crossMaintenance = cross.maintenanceRequirement() + options.maintenance();
        HealthState health = MarginMath.health(crossEquity, crossMaintenance, rules.policy().warningLevel());
        for (GroupRisk g : linear.groups()) {
            if (!g.isCross()) {
                health = health.worst(g.health());
            }
        }
        double equity = linear.equity() + options.optionValue();
        double maintenance = linear.maintenanceRequirement() + options.maintenance();
        return new HeadlineRisk(equity, maintenance, MarginMath.marginRatio(equity, maintenance), crossEquity,
                crossMaintenance, health);
    }

    private static List<LinearExposure> crossExposures(AccountRisk linear, VenueRules rules) {
        List<LinearExposure> out = new ArrayList<>();
        for (PositionRisk p : linear.positions()) {
            if (!p.settled() && p.mode() == com.solvent.model.account.MarginMode.CROSS) {
                out.add(new LinearExposure(underlyingOf(p, rules), p.size()));
            }
        }
        return out;
    }

    private static String underlyingOf(PositionRisk p, VenueRules rules) {
        return rules.policy().market(p.marketId()).map(Market::underlying).orElse(p.marketId());
    }
}
