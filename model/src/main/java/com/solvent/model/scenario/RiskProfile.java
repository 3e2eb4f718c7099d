package com.solvent.model.scenario;

import com.solvent.model.Checks;
import com.solvent.model.account.Account;
import com.solvent.model.edit.PriceMoves;
import com.solvent.model.engine.AccountSweep;
import com.solvent.model.engine.NearestRoot;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.AccountHeadline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Equity, maintenance requirement and margin ratio of a portfolio as functions of one underlying's price,
 * every other input held, at one evaluation time; with the liquidation points marked.
 *
 * <p>Liquidation points are the prices where the cross pool's cushion (equity - maintenance, options
 * included) changes sign: bracketed between neighbouring grid points and refined by bisection on full
 * evaluations to {@value #PRICE_TOLERANCE} relative, so they equal the engine's liquidation price where
 * the engine reports one. Collateral priced by the underlying (e.g. WETH for ETH) moves with it.
 *
 * @param underlying         the profiled asset
 * @param asOf               evaluation time of the profile
 * @param points             the curve, by increasing price
 * @param liquidationPrices  the prices where the cross pool reaches maintenance, increasing
 */
public record RiskProfile(String underlying, Instant asOf, List<ProfilePoint> points, List<Double> liquidationPrices) {
    /** Relative precision of the liquidation points. */
    public static final double PRICE_TOLERANCE = 1e-10;
    /** The smallest number of points a profile has. */
    public static final int MIN_POINTS = 201;

    public RiskProfile {
        Checks.nonBlank(underlying, "profile.underlying");
        points = List.copyOf(points);
        liquidationPrices = List.copyOf(liquidationPrices);
    }

    /**
     * The profile of {@code book} over {@code points} evenly spaced prices in {@code [low, high]}
     * ({@code points >= } {@value #MIN_POINTS}), at {@code market}'s time.
     */
    public static RiskProfile compute(Portfolio book, MarketState market, VenueRules rules, String underlying,
                                      double low, double high, int points, PortfolioEvaluator evaluator) {
        Checks.positive(low, "profile.low");
        Checks.positive(high, "profile.high");
        if (high <= low) {
            throw new IllegalArgumentException("profile.high must be above profile.low, was " + low + " .. " + high);
        }
        if (points < MIN_POINTS) {
            throw new IllegalArgumentException("profile.points must be at least " + MIN_POINTS + ", was " + points);
        }
        if (market.prices().get(underlying).isEmpty()) {
            throw new IllegalArgumentException("profile.underlying " + underlying + " has no price");
        }
        Account account = book.asAccount();
        MarginPolicy policy = rules.enginePolicy();
        Evaluation sweep = new Evaluation(evaluator.sweep(account, policy), market.priceSet(), underlying);
        // one engine sweep for the curve and the root search: the account is resolved once
        List<ProfilePoint> curve = new ArrayList<>(points);
        for (int i = 0; i < points; i++) {
            curve.add(pointAt(sweep, low + (high - low) * i / (points - 1)));
        }
        List<Double> liquidation = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            ProfilePoint p = curve.get(i);
            if (p.crossCushion() == 0.0) {
                liquidation.add(p.price());
            } else if (i + 1 < points && Math.signum(p.crossCushion()) * Math.signum(curve.get(i + 1).crossCushion()) < 0) {
                liquidation.add(refine(sweep, p, curve.get(i + 1)));
            }
        }
        return new RiskProfile(underlying, market.asOf(), curve, liquidation);
    }

    /** Profiles today and at {@code later} (time moved forward, prices otherwise held). */
    public static List<RiskProfile> todayAndAt(Instant later, Portfolio book, MarketState market, VenueRules rules,
                                               String underlying, double low, double high, int points,
                                               PortfolioEvaluator evaluator) {
        MarketState then = market.withPrices(market.prices().withAsOf(later));
        return List.of(compute(book, market, rules, underlying, low, high, points, evaluator),
                compute(book, then, rules, underlying, low, high, points, evaluator));
    }

    /** The engine's headline of one book at prices that differ from the base market only in the profiled asset. */
    /** The engine's sweep of one book at prices that differ from the base market only in the profiled asset. */
    private record Evaluation(AccountSweep sweep, PriceSet base, String underlying) {
        AccountHeadline at(double price) {
            return sweep.at(PriceMoves.to(base, underlying, price));
        }
    }

    private static ProfilePoint pointAt(Evaluation sweep, double price) {
        AccountHeadline r = sweep.at(price);
        return new ProfilePoint(price, r.equity(), r.maintenanceRequirement(), r.marginRatio(), r.crossCushion());
    }

    private static double refine(Evaluation sweep, ProfilePoint lo, ProfilePoint hi) {
        return NearestRoot.refine(price -> pointAt(sweep, price).crossCushion(), lo.price(), hi.price(),
                lo.crossCushion(), hi.crossCushion(), PRICE_TOLERANCE);
    }
}
