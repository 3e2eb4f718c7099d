package com.solvent.model.engine;

import com.solvent.model.account.Account;
import com.solvent.model.account.CollateralBalance;
import com.solvent.model.account.Position;
import com.solvent.model.market.DatedFuture;
import com.solvent.model.market.Market;
import com.solvent.model.market.MaintenanceTier;
import com.solvent.model.policy.CollateralAsset;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.AssetPrice;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.AccountFailure;
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

    final Account account;
    final PriceSet prices;
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

    AccountEvaluation(Account account, PriceSet prices, MarginPolicy policy, boolean explain) {
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
    }

    AccountResult run() {
        String failure = resolve();
        if (failure != null) {
            return new AccountFailure(account.id(), failure);
        }
        valuePositions();
        valueCrossPool();
        return assemble();
    }

    /** Looks every market, price and collateral asset up; the first problem found is the account's failure. */
    private String resolve() {
        for (int i = 0; i < n; i++) {
            Position p = position[i];
            Market m = policy.markets().get(p.marketId());
            if (m == null) {
                return "position " + p.id() + ": unknown market " + p.marketId();
            }
            if (!m.instrument().isLinear()) {
                return "position " + p.id() + ": instrument " + m.instrument().getClass().getSimpleName()
                        + " of market " + m.id() + " is not supported by the linear margin engine";
            }
            AssetPrice ap = priceOf(m.underlying());
            if (ap == null) {
                return "position " + p.id() + ": no price for " + m.underlying() + " (market " + m.id() + ")";
            }
            market[i] = m;
            price[i] = ap;
        }
        for (int k = 0; k < c; k++) {
            CollateralBalance b = account.collateral().get(k);
            CollateralAsset a = policy.collateral().get(b.asset());
            if (a == null) {
                return "collateral " + b.asset() + ": not accepted by policy " + policy.name();
            }
            AssetPrice ap = priceOf(a.priceAsset());
            if (ap == null) {
                return "collateral " + b.asset() + ": no price for " + a.priceAsset();
            }
            asset[k] = a;
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
        List<GroupRisk> groups = new ArrayList<>(1 + n);
        double crossRatio = MarginMath.marginRatio(crossEquity, crossMm);
        HealthState crossHealth = MarginMath.health(crossEquity, crossMm, warning);
        groups.add(new GroupRisk(GroupRisk.CROSS, crossEquity, crossIm, crossMm, crossRatio, crossHealth, crossUncertain));

        double equity = crossEquity;
        double totalIm = crossIm;
        double totalMm = crossMm;
        double totalNotional = 0.0;
        HealthState worst = crossHealth;
        String[] liquidationAssets = new String[n];
        LiquidationPrice[] liquidationByAsset = new LiquidationPrice[n];
        LiquidationPrice[] bankruptcyByAsset = new LiquidationPrice[n];
        int assetsSolved = 0;

        List<PositionRisk> positionRisks = new ArrayList<>(n);
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
                int found = -1;
                for (int a = 0; a < assetsSolved; a++) {
                    if (liquidationAssets[a].equals(underlying)) {
                        found = a;
                        break;
                    }
                }
                if (found < 0 || settled[i]) {
                    liquidation = thresholds.cross(i, 1.0);
                    bankruptcy = thresholds.cross(i, 0.0);
                    if (!settled[i]) {
                        liquidationAssets[assetsSolved] = underlying;
                        liquidationByAsset[assetsSolved] = liquidation;
                        bankruptcyByAsset[assetsSolved] = bankruptcy;
                        assetsSolved++;
                    }
                } else {
                    liquidation = liquidationByAsset[found];
                    bankruptcy = bankruptcyByAsset[found];
                }
            }
            positionRisks.add(positionRisk(i, liquidation, bankruptcy, groupEquity, groupRatio, groupHealth));
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
                requirementExplained(false, totalMm));
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
                settled[i], uncertain, reasons, initial, maintenance);
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
        return new Explanation("equity", equity, terms,
                "cross collateral weighted values + cross uPnL + positive isolated equity");
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
        return new Explanation(initial ? "initial requirement" : "maintenance requirement", total, terms,
                initial ? "sum of notional / maxLeverage(tier)" : "sum of notional x mmf(tier) - deduction(tier)");
    }
}
