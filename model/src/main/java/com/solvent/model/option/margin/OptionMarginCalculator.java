package com.solvent.model.option.margin;

import com.solvent.model.Checks;
import com.solvent.model.option.Black76;
import com.solvent.model.option.OptionContract;
import com.solvent.model.option.OptionMarketData;
import com.solvent.model.option.OptionPosition;
import com.solvent.model.option.OptionPricer;
import com.solvent.model.option.YearFraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The option requirement of one margin group: the entry point the margin engine calls. Stateless.
 *
 * <p>Expired options are worth their intrinsic value and need no margin (they settle). Positions are
 * valued with {@link OptionPricer} (Black-76 on the perp mark, surface vol); the underlying price
 * {@code S} of the standard rules is that same forward.
 */
public final class OptionMarginCalculator {
    private OptionMarginCalculator() {
    }

    /**
     * Requirements of {@code options} (and, for portfolio margin, the perps/futures {@code linear} in the
     * same group) under {@code model}.
     */
    public static OptionMargin compute(OptionMarginModel model, List<OptionPosition> options,
                                       List<LinearExposure> linear, OptionMarketData market) {
        Checks.required(model, "optionMarginModel");
        Checks.required(options, "options");
        Checks.required(linear, "linear");
        Checks.required(market, "optionMarket");
        double[] marks = new double[options.size()];
        for (int i = 0; i < marks.length; i++) {
            marks[i] = OptionPricer.price(options.get(i).contract(), market);
        }
        return compute(model, options, marks, linear, market, true);
    }

    /**
     * As {@link #compute(OptionMarginModel, List, List, OptionMarketData)} with each contract's value
     * already known ({@code marks[i]} for {@code options.get(i)}, USD per contract, from {@link OptionPricer}
     * in {@code market}), for callers that priced the book for its Greeks anyway. With {@code explain}
     * false the terms are left empty (bulk work: profiles, grids); the numbers are the same.
     */
    public static OptionMargin compute(OptionMarginModel model, List<OptionPosition> options, double[] marks,
                                       List<LinearExposure> linear, OptionMarketData market, boolean explain) {
        Checks.required(model, "optionMarginModel");
        if (marks.length != options.size()) {
            throw new IllegalArgumentException("marks: " + marks.length + " values for " + options.size() + " options");
        }
        return switch (model) {
            case StandardOptionMargin standard -> standard(standard, options, marks, market, explain);
            case PortfolioOptionMargin portfolio -> portfolio(portfolio, options, marks, linear, market, explain);
        };
    }

    private static OptionMargin standard(StandardOptionMargin rules, List<OptionPosition> options, double[] marks,
                                         OptionMarketData market, boolean explain) {
        double im = 0;
        double mm = 0;
        double value = 0;
        List<MarginTerm> terms = new ArrayList<>();
        for (int i = 0; i < marks.length; i++) {
            OptionPosition p = options.get(i);
            OptionContract c = p.contract();
            double mark = marks[i];
            value += p.size() * mark;
            if (!p.isShort() || c.isExpiredAt(market.asOf())) {
                continue;
            }
            double s = market.forward(c.underlying());
            double n = -p.size();
            double posIm = n * rules.initialPerShort(c.isCall(), c.strike(), s, mark);
            double posMm = n * rules.maintenancePerShort(c.isCall(), s, mark);
            im += posIm;
            mm += posMm;
            if (explain) {
                terms.add(new MarginTerm("short " + c.label() + " x " + n, posIm, posMm));
            }
        }
        return new OptionMargin(rules.name(), im, Math.min(mm, im), value, terms);
    }

    private static OptionMargin portfolio(PortfolioOptionMargin params, List<OptionPosition> options, double[] marks,
                                          List<LinearExposure> linear, OptionMarketData market, boolean explain) {
        Map<String, List<OptionPosition>> byUnderlying = new TreeMap<>();
        Map<String, Double> linearSize = new HashMap<>();
        double value = 0;
        for (int i = 0; i < marks.length; i++) {
            OptionPosition p = options.get(i);
            value += p.size() * marks[i];
            if (!p.contract().isExpiredAt(market.asOf())) {
                byUnderlying.computeIfAbsent(p.contract().underlying(), u -> new ArrayList<>()).add(p);
            }
        }
        for (LinearExposure e : linear) {
            linearSize.merge(e.underlying(), e.size(), Double::sum);
            byUnderlying.computeIfAbsent(e.underlying(), u -> new ArrayList<>());
        }
        List<ShockScenario> scenarios = params.scenarios();
        double im = 0;
        double mm = 0;
        List<MarginTerm> terms = new ArrayList<>();
        for (Map.Entry<String, List<OptionPosition>> entry : byUnderlying.entrySet()) {
            String underlying = entry.getKey();
            double forward = market.forward(underlying);
            double[] pnl = scenarioPnl(params, scenarios, entry.getValue(),
                    linearSize.getOrDefault(underlying, 0.0), forward, market);
            int worst = 0;
            for (int s = 1; s < pnl.length; s++) {
                if (pnl[s] < pnl[worst]) {
                    worst = s;
                }
            }
            double loss = Math.max(0.0, -pnl[worst]);
            double netShort = netShortContracts(entry.getValue());
            double lossIm = params.imFactor() * loss;
            double lossMm = params.mmFactor() * loss;
            double contIm = params.imShortOptionContingency() * forward * netShort;
            double contMm = params.mmShortOptionContingency() * forward * netShort;
            im += lossIm + contIm;
            mm += lossMm + contMm;
            if (explain) {
                terms.add(new MarginTerm(underlying + " worst scenario " + scenarios.get(worst).label(), lossIm, lossMm));
            }
            if (explain && netShort > 0) {
                terms.add(new MarginTerm(underlying + " contingency for " + netShort + " net short options",
                        contIm, contMm));
            }
        }
        return new OptionMargin(params.name(), im, mm, value, terms);
    }

    /**
     * PnL of one underlying's book in every scenario (weight applied), USD. Exposed for the stress views
     * and the tests; one Black-76 valuation per option and scenario.
     */
    public static double[] scenarioPnl(PortfolioOptionMargin params, List<ShockScenario> scenarios,
                                       List<OptionPosition> options, double linearSize, double forward,
                                       OptionMarketData market) {
        int n = options.size();
        double[] size = new double[n];
        double[] strike = new double[n];
        double[] years = new double[n];
        double[] vol = new double[n];
        double[] base = new double[n];
        boolean[] call = new boolean[n];
        for (int i = 0; i < n; i++) {
            OptionPosition p = options.get(i);
            OptionContract c = p.contract();
            size[i] = p.size();
            strike[i] = c.strike();
            years[i] = YearFraction.between(market.asOf(), c.expiry());
            vol[i] = market.vol(c);
            call[i] = c.isCall();
            base[i] = Black76.price(forward, strike[i], years[i], vol[i], market.rate(), call[i]);
        }
        double[] pnl = new double[scenarios.size()];
        for (int s = 0; s < pnl.length; s++) {
            ShockScenario sc = scenarios.get(s);
            double shocked = forward * (1.0 + sc.priceMove());
            double total = linearSize * (shocked - forward);
            for (int i = 0; i < n; i++) {
                double v = params.shockedVol(vol[i], years[i] * Black76.DAYS_PER_YEAR, sc.volShock());
                total += size[i] * (Black76.price(shocked, strike[i], years[i], v, market.rate(), call[i]) - base[i]);
            }
            pnl[s] = sc.weight() * total;
        }
        return pnl;
    }

    /** Sum over distinct contracts of the net short size (contracts netted long against short first). */
    static double netShortContracts(List<OptionPosition> options) {
        Map<OptionContract, Double> net = new LinkedHashMap<>();
        for (OptionPosition p : options) {
            net.merge(p.contract(), p.size(), Double::sum);
        }
        double shortCount = 0;
        for (double q : net.values()) {
            shortCount += Math.max(0.0, -q);
        }
        return shortCount;
    }
}
