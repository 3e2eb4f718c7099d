package com.solvent.model.engine;

import com.solvent.model.account.Account;
import com.solvent.model.account.CollateralBalance;
import com.solvent.model.account.Position;
import com.solvent.model.market.DatedFuture;
import com.solvent.model.market.Market;
import com.solvent.model.market.MaintenanceTier;
import com.solvent.model.option.Black76;
import com.solvent.model.option.OptionContract;
import com.solvent.model.option.OptionMarketData;
import com.solvent.model.option.OptionPosition;
import com.solvent.model.option.OptionPricer;
import com.solvent.model.option.VolSurface;
import com.solvent.model.option.YearFraction;
import com.solvent.model.option.margin.LinearExposure;
import com.solvent.model.option.margin.MarginTerm;
import com.solvent.model.option.margin.OptionMargin;
import com.solvent.model.option.margin.OptionMarginCalculator;
import com.solvent.model.option.margin.OptionMarginModel;
import com.solvent.model.option.margin.PortfolioOptionMargin;
import com.solvent.model.option.margin.StandardOptionMargin;
import com.solvent.model.policy.CollateralAsset;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.AssetPrice;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.AccountFailure;
import com.solvent.model.risk.AccountHeadline;
import com.solvent.model.risk.AccountResult;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.CollateralRisk;
import com.solvent.model.risk.Explanation;
import com.solvent.model.risk.Greeks;
import com.solvent.model.risk.GroupRisk;
import com.solvent.model.risk.HealthState;
import com.solvent.model.risk.LiquidationPrice;
import com.solvent.model.risk.PositionRisk;
import com.solvent.model.risk.Term;
import com.solvent.model.risk.UniformMove;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One evaluation of one account: resolves markets and prices, then computes every figure that
 * {@link MarginEngine} defines. Works on primitive arrays indexed by position / collateral, so a
 * bulk evaluation allocates little beyond the result records. Confined to one call.
 */
final class AccountEvaluation {
    private static final double[] NO_DOUBLES = new double[0];
    private static final OptionPosition[] NO_OPTIONS = new OptionPosition[0];
    private static final AssetPrice[] NO_PRICES = new AssetPrice[0];
    private static final boolean[] NO_FLAGS = new boolean[0];

    final Account account;
    /** The prices of this evaluation (rebound by {@link #headlineAt} for the next cell of a grid). */
    PriceSet prices;
    final MarginPolicy policy;
    final boolean explain;

    // positions
    final int n;
    final Position[] position;
    final Market[] market;
    final AssetPrice[] price;
    final double[] mark;
    final double[] notional;
    final double[] upnl;
    final double[] im;
    final double[] mm;
    final int[] tier;
    final boolean[] settled;

    // options (m of them): value and Greeks per ONE contract, requirements per position
    final int m;
    final OptionPosition[] option;
    final AssetPrice[] optionPrice;
    final double[] optionForward;
    final double[] optionValue;
    /** Per-contract Greeks: only the full evaluation fills them (null on the lean path). */
    double[] optionDelta;
    double[] optionGamma;
    double[] optionVega;
    double[] optionTheta;
    final boolean[] optionExpired;
    final double[] optionIm;
    final double[] optionMm;
    /** Equity of each ISOLATED option's own group (unused for cross options). */
    final double[] optionGroupEquity;
    final OptionMarginModel optionModel;
    OptionMarketData optionMarket;
    /**
     * What each option was last valued with on the lean path (surface, and the time and rate below; the
     * forward is {@link #optionForward}): {@link #headlineAt} reuses a value whose inputs did not change.
     */
    private VolSurface[] pricedSurface;
    private Instant pricedAsOf;
    private double pricedRate;
    /** The cross pool's options, their contract values, and their margin (value included). */
    List<OptionPosition> crossOptions = List.of();
    double[] crossOptionMarks = NO_DOUBLES;
    OptionMargin crossOptionMargin;
    /** Margin of every option group together (what AccountRisk.optionMargin reports). */
    private OptionMargin allOptionMargin;

    // collateral
    final int c;
    final CollateralAsset[] asset;
    final AssetPrice[] collateralPrice;
    final double[] weighted;

    // groups
    double crossEquity;
    private double crossIm;
    double crossMm;
    private boolean crossUncertain;
    /** Stale or invalid prices the cross pool depends on (collateral and cross positions), or null. */
    private List<String> crossReasons;

    private Set<String> uncertainty;

    AccountEvaluation(Account account, PriceSet prices, MarginPolicy policy, boolean explain,
                      OptionMarketData optionMarket) {
        this.account = account;
        this.prices = prices;
        this.policy = policy;
        this.explain = explain;
        this.n = account.positions().size();
        this.position = account.positions().toArray(new Position[0]);
        this.market = new Market[n];
        this.price = new AssetPrice[n];
        this.mark = n == 0 ? NO_DOUBLES : new double[n];
        this.notional = n == 0 ? NO_DOUBLES : new double[n];
        this.upnl = n == 0 ? NO_DOUBLES : new double[n];
        this.im = n == 0 ? NO_DOUBLES : new double[n];
        this.mm = n == 0 ? NO_DOUBLES : new double[n];
        this.tier = new int[n];
        this.settled = new boolean[n];
        this.c = account.collateral().size();
        this.asset = new CollateralAsset[c];
        this.collateralPrice = new AssetPrice[c];
        this.weighted = c == 0 ? NO_DOUBLES : new double[c];
        this.m = account.options().size();
        // an account without options (the common case, and the columnar book's) allocates nothing for them
        this.option = m == 0 ? NO_OPTIONS : account.options().toArray(new OptionPosition[0]);
        this.optionPrice = m == 0 ? NO_PRICES : new AssetPrice[m];
        this.optionForward = m == 0 ? NO_DOUBLES : new double[m];
        this.optionValue = m == 0 ? NO_DOUBLES : new double[m];
        this.optionExpired = m == 0 ? NO_FLAGS : new boolean[m];
        this.optionIm = m == 0 ? NO_DOUBLES : new double[m];
        this.optionMm = m == 0 ? NO_DOUBLES : new double[m];
        this.optionGroupEquity = m == 0 ? NO_DOUBLES : new double[m];
        this.optionModel = policy.optionMargin();
        this.optionMarket = optionMarket;
    }

    AccountResult run() {
        String failure = resolve();
        if (failure != null) {
            return new AccountFailure(account.id(), failure);
        }
        valuePositions();
        valueOptions(true);
        valueCrossPool();
        return assemble();
    }

    /**
     * {@link #headline} at other prices, reusing this evaluation's arrays: one account over a grid's cells
     * resolves and allocates once. Every accumulator is reset; every array slot is rewritten by the passes.
     */
    AccountHeadline headlineAt(PriceSet next, OptionMarketData nextOptionMarket) {
        prices = next;
        optionMarket = nextOptionMarket;
        crossEquity = 0.0;
        crossIm = 0.0;
        crossMm = 0.0;
        crossUncertain = false;
        crossReasons = null;
        uncertainty = null;
        crossOptions = List.of();
        crossOptionMarks = NO_DOUBLES;
        crossOptionMargin = null;
        allOptionMargin = null;
        return figures(resolvePrices());
    }

    /** The lean path: the same group figures as {@link #run}, nothing per position, no thresholds. */
    AccountHeadline headline() {
        return figures(resolve());
    }

    /** The lean path's passes once inputs are resolved ({@code failure} null) or the failure thrown. */
    private AccountHeadline figures(String failure) {
        if (failure != null) {
            throw new IllegalArgumentException("account " + account.id() + ": " + failure);
        }
        valuePositions();
        valueOptions(false);
        valueCrossPool();
        double warning = policy.warningLevel();
        double equity = crossEquity;
        double totalIm = crossIm;
        double totalMm = crossMm;
        HealthState worst = MarginMath.health(crossEquity, crossMm, warning);
        for (int i = 0; i < n; i++) {
            if (position[i].isIsolated()) {
                double groupEquity = position[i].isolatedMargin() + upnl[i];
                equity += Math.max(0.0, groupEquity);
                totalIm += im[i];
                totalMm += mm[i];
                worst = worst.worst(MarginMath.health(groupEquity, mm[i], warning));
            }
        }
        for (int j = 0; j < m; j++) {
            if (option[j].isIsolated()) {
                equity += Math.max(0.0, optionGroupEquity[j]);
                totalIm += optionIm[j];
                totalMm += optionMm[j];
                worst = worst.worst(MarginMath.health(optionGroupEquity[j], optionMm[j], warning));
            }
        }
        return new AccountHeadline(account.id(), equity, totalIm, totalMm, MarginMath.marginRatio(equity, totalMm),
                crossEquity - crossIm, crossEquity, crossIm, crossMm, worst, uncertainty != null);
    }

    /** Looks every market, price and collateral asset up; the first problem found is the account's failure. */
    private String resolve() {
        String failure = resolveRules();
        return failure != null ? failure : resolvePrices();
    }

    /** What the policy says about each position and balance: independent of prices, done once per account. */
    private String resolveRules() {
        for (int i = 0; i < n; i++) {
            Position p = position[i];
            Market m = policy.markets().get(p.marketId());
            if (m == null) {
                return "position " + p.id() + ": unknown market " + p.marketId();
            }
            if (!m.instrument().isLinear()) {
                return "position " + p.id() + ": instrument " + m.instrument().getClass().getSimpleName()
                        + " of market " + m.id() + " is not linear: hold options as Account.options, not as a market";
            }
            market[i] = m;
        }
        if (m > 0 && optionModel == null) {
            return "option position " + option[0].id() + ": policy " + policy.name() + " margins no options";
        }
        for (int k = 0; k < c; k++) {
            CollateralBalance b = account.collateral().get(k);
            CollateralAsset a = policy.collateral().get(b.asset());
            if (a == null) {
                return "collateral " + b.asset() + ": not accepted by policy " + policy.name();
            }
            asset[k] = a;
        }
        return null;
    }

    /** The prices (and vol surfaces) of every position, option and balance in {@link #prices}. */
    private String resolvePrices() {
        for (int i = 0; i < n; i++) {
            AssetPrice ap = priceOf(market[i].underlying());
            if (ap == null) {
                return "position " + position[i].id() + ": no price for " + market[i].underlying()
                        + " (market " + market[i].id() + ")";
            }
            price[i] = ap;
        }
        for (int j = 0; j < m; j++) {
            OptionPosition o = option[j];
            String underlying = o.contract().underlying();
            AssetPrice ap = priceOf(underlying);
            if (ap == null) {
                return "option position " + o.id() + ": no price (forward) for its underlying " + underlying;
            }
            if (!prices.volSurfaces().containsKey(underlying)) {
                return "option position " + o.id() + ": no vol surface for its underlying " + underlying;
            }
            optionPrice[j] = ap;
        }
        for (int k = 0; k < c; k++) {
            AssetPrice ap = priceOf(asset[k].priceAsset());
            if (ap == null) {
                return "collateral " + asset[k].symbol() + ": no price for " + asset[k].priceAsset();
            }
            collateralPrice[k] = ap;
        }
        return null;
    }

    private AssetPrice priceOf(String symbol) {
        AssetPrice ap = prices.prices().get(symbol);
        if (ap == null && PriceSet.QUOTE.equals(symbol)) {
            return AssetPrice.fresh(1.0, 0.0, prices.asOf());
        }
        return ap;
    }

    private void valuePositions() {
        for (int i = 0; i < n; i++) {
            Position p = position[i];
            Market m = market[i];
            double px = price[i].mark();
            mark[i] = px;
            upnl[i] = p.size() * (px - p.entryPrice()) + p.accruedFunding();
            settled[i] = m.instrument() instanceof DatedFuture f && !prices.asOf().isBefore(f.expiry());
            if (settled[i]) {
                notional[i] = 0.0;
                tier[i] = 0;
                im[i] = 0.0;
                mm[i] = 0.0;
                continue;
            }
            double ntl = Math.abs(p.size()) * px;
            notional[i] = ntl;
            int t = m.tierOf(ntl);
            tier[i] = t;
            MaintenanceTier bracket = m.tier(t);
            mm[i] = Math.max(0.0, ntl * bracket.maintenanceFraction() - m.maintenanceDeduction(t));
            im[i] = ntl * bracket.initialFraction();
            if (!price[i].freshness().isTrusted()) {
                noteUncertain(m.underlying(), price[i]);
            }
        }
    }

    /**
     * Prices every option once with the Black-76 kernel (value, and Greeks unless {@code greeks} is false),
     * then margins the cross pool's options together and each isolated option alone.
     */
    private void valueOptions(boolean greeks) {
        if (m == 0) {
            return;
        }
        double[] buffer = null;
        if (greeks) {
            buffer = new double[Black76.SIZE];
            optionDelta = new double[m];
            optionGamma = new double[m];
            optionVega = new double[m];
            optionTheta = new double[m];
        }
        double rate = prices.optionRate();
        List<OptionPosition> cross = new ArrayList<>(m);
        VolSurface surface = null;
        String surfaceOf = null;
        for (int j = 0; j < m; j++) {
            OptionContract contract = option[j].contract();
            double forward = optionPrice[j].mark();
            if (!contract.underlying().equals(surfaceOf)) {
                surfaceOf = contract.underlying();
                surface = prices.volSurfaces().get(surfaceOf);
            }
            boolean unchanged = !greeks && pricedSurface != null && pricedSurface[j] == surface
                    && optionForward[j] == forward && pricedAsOf.equals(prices.asOf()) && pricedRate == rate;
            optionForward[j] = forward;
            optionExpired[j] = contract.isExpiredAt(prices.asOf());
            if (unchanged) {
                // same forward, surface, time and rate as at the previous price set: same value (a profile
                // moves one underlying; the options on the others keep theirs)
            } else if (greeks) {
                double years = YearFraction.between(prices.asOf(), contract.expiry());
                double vol = years > 0.0 ? surface.vol(contract.strike(), forward, contract.expiry(), prices.asOf()) : 0.0;
                Black76.greeks(forward, contract.strike(), years, vol, rate, contract.isCall(), buffer);
                optionValue[j] = buffer[Black76.PRICE];
                optionDelta[j] = buffer[Black76.DELTA];
                optionGamma[j] = buffer[Black76.GAMMA];
                optionVega[j] = buffer[Black76.VEGA];
                optionTheta[j] = buffer[Black76.THETA];
            } else {
                double years = YearFraction.between(prices.asOf(), contract.expiry());
                double vol = years > 0.0 ? surface.vol(contract.strike(), forward, contract.expiry(), prices.asOf()) : 0.0;
                optionValue[j] = Black76.price(forward, contract.strike(), years, vol, rate, contract.isCall());
            }
            if (!greeks) {
                if (pricedSurface == null) {
                    pricedSurface = new VolSurface[m];
                }
                pricedSurface[j] = surface;
            }
            if (greeks && !optionExpired[j] && optionModel instanceof StandardOptionMargin standard && option[j].isShort()) {
                // a standard model's requirement is per short option: each row shows its own share (rows
                // only: the lean path needs the group totals alone)
                double shorts = -option[j].size();
                optionIm[j] = shorts * standard.initialPerShort(contract.isCall(), contract.strike(), forward, optionValue[j]);
                optionMm[j] = Math.min(optionIm[j], shorts * standard.maintenancePerShort(contract.isCall(), forward, optionValue[j]));
            }
            if (!optionPrice[j].freshness().isTrusted()) {
                noteUncertain(contract.underlying(), optionPrice[j]);
            }
            if (option[j].isIsolated()) {
                OptionMargin alone = OptionMarginCalculator.compute(optionModel, List.of(option[j]),
                        new double[] {optionValue[j]}, List.of(), optionMarket, explain);
                optionIm[j] = alone.initial();
                optionMm[j] = alone.maintenance();
                optionGroupEquity[j] = option[j].isolatedMargin()
                        + option[j].size() * (optionValue[j] - option[j].entryPremium());
                allOptionMargin = allOptionMargin == null ? alone : allOptionMargin.plus(alone);
            } else {
                cross.add(option[j]);
            }
        }
        if (!greeks) {
            pricedAsOf = prices.asOf();
            pricedRate = rate;
        }
        if (!cross.isEmpty()) {
            crossOptions = cross;
            crossOptionMarks = new double[cross.size()];
            for (int j = 0, k = 0; j < m; j++) {
                if (!option[j].isIsolated()) {
                    crossOptionMarks[k++] = optionValue[j];
                }
            }
            crossOptionMargin = OptionMarginCalculator.compute(optionModel, crossOptions, crossOptionMarks,
                    crossExposures(), optionMarket, explain);
            allOptionMargin = allOptionMargin == null ? crossOptionMargin : crossOptionMargin.plus(allOptionMargin);
        }
    }

    /** Perps and unsettled futures of the cross pool, as a portfolio option grid sees them (a hedge lowers its loss). */
    List<LinearExposure> crossExposures() {
        if (!(optionModel instanceof PortfolioOptionMargin)) {
            return List.of();
        }
        List<LinearExposure> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (!position[i].isIsolated() && !settled[i]) {
                out.add(new LinearExposure(market[i].underlying(), position[i].size()));
            }
        }
        return out;
    }

    /** True when the cross pool holds options: its cushion is then solved numerically. */
    boolean crossHasOptions() {
        return !crossOptions.isEmpty();
    }

    /**
     * The cross options' part of the cushion, {@code value - mmWeight x MM}, USD, in {@code market} (the
     * evaluation's option market with some forwards moved).
     */
    double crossOptionCushion(OptionMarketData market, double mmWeight) {
        return optionCushion(crossOptions, crossExposures(), market, mmWeight);
    }

    double optionCushion(List<OptionPosition> options, List<LinearExposure> linear, OptionMarketData market,
                         double mmWeight) {
        double[] marks = OptionPricer.prices(options, market);
        OptionMargin margin = OptionMarginCalculator.compute(optionModel, options, marks, linear, market, false);
        return margin.optionValue() - mmWeight * margin.maintenance();
    }

    private void valueCrossPool() {
        double equity = 0.0;
        for (int k = 0; k < c; k++) {
            double amount = account.collateral().get(k).amount();
            weighted[k] = asset[k].weightedValue(amount, collateralPrice[k].mark());
            equity += weighted[k];
            if (!collateralPrice[k].freshness().isTrusted()) {
                crossUncertain = true;
                crossReasons = withReason(crossReasons, noteUncertain(asset[k].priceAsset(), collateralPrice[k]));
            }
        }
        for (int i = 0; i < n; i++) {
            if (!position[i].isIsolated()) {
                equity += upnl[i];
                crossIm += im[i];
                crossMm += mm[i];
                if (!price[i].freshness().isTrusted()) {
                    crossUncertain = true;
                    crossReasons = withReason(crossReasons, reason(market[i].underlying(), price[i]));
                }
            }
        }
        if (crossOptionMargin != null) {
            equity += crossOptionMargin.optionValue();
            crossIm += crossOptionMargin.initial();
            crossMm += crossOptionMargin.maintenance();
            for (int j = 0; j < m; j++) {
                if (!option[j].isIsolated() && !optionPrice[j].freshness().isTrusted()) {
                    crossUncertain = true;
                    crossReasons = withReason(crossReasons, reason(option[j].contract().underlying(), optionPrice[j]));
                }
            }
        }
        crossEquity = equity;
    }

    private String noteUncertain(String symbol, AssetPrice ap) {
        if (uncertainty == null) {
            uncertainty = new LinkedHashSet<>();
        }
        String reason = reason(symbol, ap);
        uncertainty.add(reason);
        return reason;
    }

    private static String reason(String symbol, AssetPrice ap) {
        return symbol + " price " + ap.freshness();
    }

    private static List<String> withReason(List<String> reasons, String reason) {
        List<String> list = reasons == null ? new ArrayList<>(2) : reasons;
        if (!list.contains(reason)) {
            list.add(reason);
        }
        return list;
    }

    private AccountRisk assemble() {
        double warning = policy.warningLevel();
        ThresholdSolver thresholds = new ThresholdSolver(this);
        List<GroupRisk> groups = new ArrayList<>(1 + n + m);
        double crossRatio = MarginMath.marginRatio(crossEquity, crossMm);
        HealthState crossHealth = MarginMath.health(crossEquity, crossMm, warning);
        groups.add(new GroupRisk(GroupRisk.CROSS, crossEquity, crossIm, crossMm, crossRatio, crossHealth, crossUncertain));

        double equity = crossEquity;
        double totalIm = crossIm;
        double totalMm = crossMm;
        double totalNotional = 0.0;
        HealthState worst = crossHealth;
        SolvedByUnderlying solved = new SolvedByUnderlying(n + m);

        List<PositionRisk> positionRisks = new ArrayList<>(n + m);
        for (int i = 0; i < n; i++) {
            Position p = position[i];
            totalNotional += notional[i];
            double groupEquity;
            double groupRatio;
            HealthState groupHealth;
            LiquidationPrice liquidation;
            LiquidationPrice bankruptcy;
            if (p.isIsolated()) {
                groupEquity = p.isolatedMargin() + upnl[i];
                groupRatio = MarginMath.marginRatio(groupEquity, mm[i]);
                groupHealth = MarginMath.health(groupEquity, mm[i], warning);
                groups.add(new GroupRisk(p.id(), groupEquity, im[i], mm[i], groupRatio, groupHealth,
                        !price[i].freshness().isTrusted()));
                equity += Math.max(0.0, groupEquity);
                totalIm += im[i];
                totalMm += mm[i];
                worst = worst.worst(groupHealth);
                liquidation = thresholds.isolated(i, groupEquity, mm[i], 1.0);
                bankruptcy = thresholds.isolated(i, groupEquity, mm[i], 0.0);
            } else {
                groupEquity = crossEquity;
                groupRatio = crossRatio;
                groupHealth = crossHealth;
                String underlying = market[i].underlying();
                int found = solved.indexOf(underlying);
                if (found < 0 || settled[i]) {
                    liquidation = thresholds.cross(i, 1.0);
                    bankruptcy = thresholds.cross(i, 0.0);
                    if (!settled[i]) {
                        solved.add(underlying, liquidation, bankruptcy);
                    }
                } else {
                    liquidation = solved.liquidation(found);
                    bankruptcy = solved.bankruptcy(found);
                }
            }
            positionRisks.add(positionRisk(i, liquidation, bankruptcy, groupEquity, groupRatio, groupHealth));
        }

        for (int j = 0; j < m; j++) {
            OptionPosition o = option[j];
            totalNotional += optionExpired[j] ? 0.0 : Math.abs(o.size()) * optionForward[j];
            double groupEquity;
            double groupRatio;
            HealthState groupHealth;
            LiquidationPrice liquidation;
            LiquidationPrice bankruptcy;
            if (o.isIsolated()) {
                groupEquity = optionGroupEquity[j];
                groupRatio = MarginMath.marginRatio(groupEquity, optionMm[j]);
                groupHealth = MarginMath.health(groupEquity, optionMm[j], warning);
                groups.add(new GroupRisk(o.id(), groupEquity, optionIm[j], optionMm[j], groupRatio, groupHealth,
                        !optionPrice[j].freshness().isTrusted()));
                equity += Math.max(0.0, groupEquity);
                totalIm += optionIm[j];
                totalMm += optionMm[j];
                worst = worst.worst(groupHealth);
                liquidation = thresholds.isolatedOption(j, 1.0);
                bankruptcy = thresholds.isolatedOption(j, 0.0);
            } else {
                groupEquity = crossEquity;
                groupRatio = crossRatio;
                groupHealth = crossHealth;
                String underlying = o.contract().underlying();
                int found = solved.indexOf(underlying);
                if (found < 0) {
                    liquidation = thresholds.crossOption(j, 1.0);
                    bankruptcy = thresholds.crossOption(j, 0.0);
                    solved.add(underlying, liquidation, bankruptcy);
                } else {
                    liquidation = solved.liquidation(found);
                    bankruptcy = solved.bankruptcy(found);
                }
            }
            positionRisks.add(optionRisk(j, liquidation, bankruptcy, groupEquity, groupRatio, groupHealth));
        }

        double freeCollateral = crossEquity - crossIm;
        List<CollateralRisk> collateralRisks = new ArrayList<>(c);
        double maxWithdrawable = 0.0;
        for (int k = 0; k < c; k++) {
            double amount = account.collateral().get(k).amount();
            double px = collateralPrice[k].mark();
            double units = 0.0;
            if (amount > 0 && freeCollateral > 0) {
                units = Math.min(amount, freeCollateral / (px * asset[k].valueWeight()));
            }
            double usd = units * px;
            maxWithdrawable = Math.max(maxWithdrawable, usd);
            collateralRisks.add(new CollateralRisk(asset[k].symbol(), amount, px, asset[k].weightFor(amount),
                    weighted[k], units, usd, !collateralPrice[k].freshness().isTrusted()));
        }

        double leverage = MarginMath.leverage(totalNotional, equity);
        UniformMove move = thresholds.uniformMove(groups);
        boolean uncertain = uncertainty != null;
        List<String> reasons = uncertain ? List.copyOf(uncertainty) : List.of();
        return new AccountRisk(account.id(), equity, totalIm, totalMm, MarginMath.marginRatio(equity, totalMm),
                freeCollateral, maxWithdrawable, leverage, worst, move, uncertain, reasons, groups,
                collateralRisks, positionRisks, equityExplained(equity), requirementExplained(true, totalIm),
                requirementExplained(false, totalMm),
                allOptionMargin == null ? OptionMargin.none(optionModel == null ? "none" : optionModel.name()) : allOptionMargin);
    }

    private PositionRisk positionRisk(int i, LiquidationPrice liquidation, LiquidationPrice bankruptcy,
                                      double groupEquity, double groupRatio, HealthState groupHealth) {
        Position p = position[i];
        // a cross position's liquidation price holds every other cross price: it inherits their doubt
        boolean uncertain = p.isIsolated() ? !price[i].freshness().isTrusted() : crossUncertain;
        List<String> reasons = List.of();
        if (uncertain) {
            reasons = p.isIsolated() ? List.of(reason(market[i].underlying(), price[i])) : List.copyOf(crossReasons);
        }
        Explanation initial = Explanation.OMITTED;
        Explanation maintenance = Explanation.OMITTED;
        if (explain) {
            MaintenanceTier bracket = market[i].tier(tier[i]);
            if (settled[i]) {
                initial = new Explanation("initial requirement " + p.id(), 0.0, List.of(), "settled at expiry: no requirement");
                maintenance = new Explanation("maintenance requirement " + p.id(), 0.0, List.of(), "settled at expiry: no requirement");
            } else {
                initial = new Explanation("initial requirement " + p.id(), im[i],
                        List.of(new Term("notional", notional[i]), new Term("tier", tier[i]),
                                new Term("initial fraction 1/" + bracket.maxLeverage(), bracket.initialFraction())),
                        "notional / maxLeverage(tier)");
                maintenance = new Explanation("maintenance requirement " + p.id(), mm[i],
                        List.of(new Term("notional", notional[i]), new Term("tier", tier[i]),
                                new Term("maintenance fraction", bracket.maintenanceFraction()),
                                new Term("deduction", market[i].maintenanceDeduction(tier[i]))),
                        "notional x maintenanceFraction(tier) - deduction(tier)");
            }
        }
        return new PositionRisk(p.id(), p.marketId(), p.mode(), p.size(), p.entryPrice(), mark[i], notional[i],
                upnl[i], im[i], mm[i], tier[i], liquidation, bankruptcy,
                settled[i] ? Greeks.ZERO : Greeks.linear(p.size()), groupEquity, groupRatio, groupHealth,
                settled[i], uncertain, reasons, initial, maintenance, market[i].underlying(), null);
    }

    private PositionRisk optionRisk(int j, LiquidationPrice liquidation, LiquidationPrice bankruptcy,
                                    double groupEquity, double groupRatio, HealthState groupHealth) {
        OptionPosition o = option[j];
        OptionContract contract = o.contract();
        boolean uncertain = o.isIsolated() ? !optionPrice[j].freshness().isTrusted() : crossUncertain;
        List<String> reasons = List.of();
        if (uncertain) {
            reasons = o.isIsolated() ? List.of(reason(contract.underlying(), optionPrice[j])) : List.copyOf(crossReasons);
        }
        Explanation initial = Explanation.OMITTED;
        Explanation maintenance = Explanation.OMITTED;
        if (explain) {
            String how = optionExpired[j] ? "expired: settles to intrinsic, no requirement"
                    : !o.isShort() ? "long option: value only, no requirement"
                    : optionModel instanceof StandardOptionMargin ? optionModel.name() + " per short contract x contracts"
                    : optionModel.name() + ": the requirement belongs to the underlying's scenario grid (see the account's terms)";
            List<Term> terms = List.of(new Term("contracts", o.size()), new Term("forward (perp mark)", optionForward[j]),
                    new Term("value per contract", optionValue[j]));
            initial = new Explanation("initial requirement " + o.id(), optionIm[j], terms, how);
            maintenance = new Explanation("maintenance requirement " + o.id(), optionMm[j], terms, how);
        }
        double q = o.size();
        Greeks greeks = optionExpired[j] ? Greeks.ZERO
                : new Greeks(q * optionDelta[j], q * optionGamma[j], q * optionVega[j], q * optionTheta[j]);
        return new PositionRisk(o.id(), contract.label(), o.mode(), q, o.entryPremium(), optionValue[j],
                optionExpired[j] ? 0.0 : Math.abs(q) * optionForward[j], q * (optionValue[j] - o.entryPremium()),
                optionIm[j], optionMm[j], 0, liquidation, bankruptcy, greeks, groupEquity, groupRatio, groupHealth,
                optionExpired[j], uncertain, reasons, initial, maintenance, contract.underlying(), contract);
    }

    // ---- explanations ----------------------------------------------------------------------

    Explanation explained(String quantity, double value, List<Term> terms, String method) {
        return explain ? new Explanation(quantity, value, terms, method) : Explanation.OMITTED;
    }

    private Explanation equityExplained(double equity) {
        if (!explain) {
            return Explanation.OMITTED;
        }
        List<Term> terms = new ArrayList<>(c + n);
        for (int k = 0; k < c; k++) {
            double amount = account.collateral().get(k).amount();
            terms.add(new Term("collateral " + asset[k].symbol() + " " + amount + " x " + collateralPrice[k].mark()
                    + " x w" + asset[k].weightFor(amount), weighted[k]));
        }
        for (int i = 0; i < n; i++) {
            Position p = position[i];
            if (p.isIsolated()) {
                terms.add(new Term("isolated " + p.id() + " equity (counted when positive)",
                        Math.max(0.0, p.isolatedMargin() + upnl[i])));
            } else {
                terms.add(new Term("uPnL " + p.id() + " " + p.marketId() + (settled[i] ? " (settled)" : ""), upnl[i]));
            }
        }
        for (int j = 0; j < m; j++) {
            OptionPosition o = option[j];
            if (o.isIsolated()) {
                terms.add(new Term("isolated option " + o.id() + " equity (counted when positive)",
                        Math.max(0.0, optionGroupEquity[j])));
            } else {
                terms.add(new Term("option value " + o.id() + " " + o.contract().label() + " " + o.size() + " x "
                        + optionValue[j] + (optionExpired[j] ? " (expired: intrinsic)" : ""), o.size() * optionValue[j]));
            }
        }
        return new Explanation("equity", equity, terms,
                "cross collateral weighted values + cross uPnL + cross option values + positive isolated equity");
    }

    private Explanation requirementExplained(boolean initial, double total) {
        if (!explain) {
            return Explanation.OMITTED;
        }
        List<Term> terms = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            terms.add(new Term(position[i].id() + " " + position[i].marketId() + " tier " + tier[i]
                    + (position[i].isIsolated() ? " (isolated)" : ""), initial ? im[i] : mm[i]));
        }
        if (allOptionMargin != null) {
            for (MarginTerm t : allOptionMargin.terms()) {
                terms.add(new Term("option margin (" + allOptionMargin.model() + "): " + t.label(),
                        initial ? t.initial() : t.maintenance()));
            }
        }
        return new Explanation(initial ? "initial requirement" : "maintenance requirement", total, terms,
                (initial ? "sum of notional / maxLeverage(tier)" : "sum of notional x mmf(tier) - deduction(tier)")
                        + (allOptionMargin == null ? "" : " + option margin of each group (" + allOptionMargin.model() + ")"));
    }

    /**
     * Cross liquidation and bankruptcy prices solved once per underlying: every cross position and
     * option on that underlying shares them (the solve moves the underlying for the whole pool).
     * Arrays rather than a map, since an account has a handful of underlyings and this is a hot path.
     */
    private static final class SolvedByUnderlying {
        private final String[] underlyings;
        private final int[] hashes;
        private final LiquidationPrice[] liquidations;
        private final LiquidationPrice[] bankruptcies;
        private int size;

        SolvedByUnderlying(int capacity) {
            underlyings = new String[capacity];
            hashes = new int[capacity];
            liquidations = new LiquidationPrice[capacity];
            bankruptcies = new LiquidationPrice[capacity];
        }

        int indexOf(String underlying) {
            int hash = underlying.hashCode();
            for (int a = 0; a < size; a++) {
                if (hashes[a] == hash && underlyings[a].equals(underlying)) {
                    return a;
                }
            }
            return -1;
        }

        void add(String underlying, LiquidationPrice liquidation, LiquidationPrice bankruptcy) {
            underlyings[size] = underlying;
            hashes[size] = underlying.hashCode();
            liquidations[size] = liquidation;
            bankruptcies[size] = bankruptcy;
            size++;
        }

        LiquidationPrice liquidation(int index) {
            return liquidations[index];
        }

        LiquidationPrice bankruptcy(int index) {
            return bankruptcies[index];
        }
    }
}
