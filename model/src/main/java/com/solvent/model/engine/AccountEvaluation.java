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

    private final Account account;
    private final PriceSet prices;
    private final MarginPolicy policy;
    private final boolean explain;

    // positions
    private final int n;
    private final Position[] position;
    private final Market[] market;
    private final AssetPrice[] price;
    private final double[] mark;
    private final double[] notional;
    private final double[] upnl;
    private final double[] im;
    private final double[] mm;
    private final int[] tier;
    private final boolean[] settled;

    // collateral
    private final int c;
    private final CollateralAsset[] asset;
    private final AssetPrice[] collateralPrice;
    private final double[] weighted;

    // groups
    private double crossEquity;
    private double crossIm;
    private double crossMm;
    private boolean crossUncertain;

    private Set<String> uncertainty;
    private final MarginCurve curve = new MarginCurve();

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
                noteUncertain(asset[k].priceAsset(), collateralPrice[k]);
            }
        }
        for (int i = 0; i < n; i++) {
            if (!position[i].isIsolated()) {
                equity += upnl[i];
                crossIm += im[i];
                crossMm += mm[i];
                crossUncertain |= !price[i].freshness().isTrusted();
            }
        }
        crossEquity = equity;
    }

    private void noteUncertain(String symbol, AssetPrice ap) {
        if (uncertainty == null) {
            uncertainty = new LinkedHashSet<>();
        }
        uncertainty.add(symbol + " price " + ap.freshness());
    }

    private AccountRisk assemble() {
        double warning = policy.warningLevel();
        List<GroupRisk> groups = new ArrayList<>(1 + n);
        double crossRatio = MarginMath.marginRatio(crossEquity, crossMm);
        HealthState crossHealth = MarginMath.health(crossEquity, crossMm, warning);
        groups.add(new GroupRisk(GroupRisk.CROSS, crossEquity, crossIm, crossMm, crossRatio, crossHealth));

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
                groups.add(new GroupRisk(p.id(), groupEquity, im[i], mm[i], groupRatio, groupHealth));
                equity += Math.max(0.0, groupEquity);
                totalIm += im[i];
                totalMm += mm[i];
                worst = worst.worst(groupHealth);
                liquidation = isolatedThreshold(i, groupEquity, mm[i], 1.0);
                bankruptcy = isolatedThreshold(i, groupEquity, mm[i], 0.0);
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
                    liquidation = crossThreshold(i, 1.0);
                    bankruptcy = crossThreshold(i, 0.0);
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
        UniformMove move = uniformMove(groups);
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
        boolean uncertain = !price[i].freshness().isTrusted();
        List<String> reasons = uncertain ? List.of(market[i].underlying() + " price " + price[i].freshness()) : List.of();
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

    // ---- liquidation and bankruptcy prices -------------------------------------------------

    /** mmWeight 1: liquidation price (equity = MM); 0: bankruptcy price (equity = 0). */
    private LiquidationPrice isolatedThreshold(int i, double groupEquity, double groupMm, double mmWeight) {
        String quantity = mmWeight == 0 ? "bankruptcy price " : "liquidation price ";
        if (settled[i]) {
            return LiquidationPrice.none(explained(quantity + position[i].id(), 0.0, List.of(),
                    "settled at expiry: no price can liquidate it"));
        }
        if (groupEquity - mmWeight * groupMm <= 0 && (groupMm > 0 || groupEquity < 0 || mmWeight == 0)) {
            return LiquidationPrice.now(mark[i], explained(quantity + position[i].id(), mark[i],
                    List.of(new Term("isolated equity", groupEquity), new Term("maintenance requirement", groupMm)),
                    "already at or past the threshold"));
        }
        Position p = position[i];
        curve.reset(mmWeight);
        curve.addConstant(p.isolatedMargin() - p.size() * p.entryPrice() + p.accruedFunding());
        curve.addSlope(p.size());
        curve.addTiered(market[i], Math.abs(p.size()));
        double root = curve.nearestRoot(mark[i]);
        return toPrice(quantity + p.id(), root, i, List.of(new Term("isolated margin", p.isolatedMargin()),
                        new Term("accrued funding", p.accruedFunding())),
                "isolated: exact piecewise-linear solve of margin + size x (P - entry) + funding = "
                        + (mmWeight == 0 ? "0" : "MM(P)") + " over " + curve.breakpointCount() + " tier breakpoints");
    }

    private LiquidationPrice crossThreshold(int i, double mmWeight) {
        String quantity = (mmWeight == 0 ? "bankruptcy price " : "liquidation price ") + market[i].underlying();
        if (settled[i]) {
            return LiquidationPrice.none(explained(quantity, 0.0, List.of(), "settled at expiry: no price can liquidate it"));
        }
        if (crossEquity - mmWeight * crossMm <= 0 && (crossMm > 0 || crossEquity < 0 || mmWeight == 0)) {
            return LiquidationPrice.now(mark[i], explained(quantity, mark[i],
                    List.of(new Term("cross equity", crossEquity), new Term("cross maintenance requirement", crossMm)),
                    "already at or past the threshold"));
        }
        String underlying = market[i].underlying();
        curve.reset(mmWeight);
        double fixedCollateral = 0.0;
        double movingCollateral = 0.0;
        double fixedPnl = 0.0;
        double fixedMm = 0.0;
        for (int k = 0; k < c; k++) {
            if (asset[k].priceAsset().equals(underlying)) {
                double amount = account.collateral().get(k).amount();
                curve.addSlope(amount * asset[k].weightFor(amount));
                movingCollateral += amount;
            } else {
                curve.addConstant(weighted[k]);
                fixedCollateral += weighted[k];
            }
        }
        for (int j = 0; j < n; j++) {
            Position p = position[j];
            if (p.isIsolated()) {
                continue;
            }
            if (market[j].underlying().equals(underlying)) {
                // a settled future is still valued at the mark (the settlement price), without requirement
                curve.addConstant(p.accruedFunding() - p.size() * p.entryPrice());
                curve.addSlope(p.size());
                if (!settled[j]) {
                    curve.addTiered(market[j], Math.abs(p.size()));
                }
            } else {
                curve.addConstant(upnl[j] - mmWeight * mm[j]);
                fixedPnl += upnl[j];
                fixedMm += mmWeight * mm[j];
            }
        }
        double root = curve.nearestRoot(mark[i]);
        List<Term> terms = List.of();
        String method = "";
        if (explain) {
            terms = new ArrayList<>(5);
            terms.add(new Term("collateral held fixed (weighted)", fixedCollateral));
            terms.add(new Term(underlying + "-priced collateral moving with the price (units)", movingCollateral));
            terms.add(new Term("uPnL of other cross positions held fixed", fixedPnl));
            terms.add(new Term("maintenance of other cross positions held fixed", fixedMm));
            terms.add(new Term("cross positions on " + underlying + " moving together", curve.movingCount()));
            method = "cross: exact piecewise-linear solve of cross equity(P) = " + (mmWeight == 0 ? "0" : "MM(P)")
                    + " for the " + underlying + " price over " + curve.breakpointCount()
                    + " tier breakpoints, every other price held; nearest root to the mark";
        }
        return toPrice(quantity, root, i, terms, method);
    }

    private LiquidationPrice toPrice(String quantity, double root, int i, List<Term> terms, String method) {
        if (root <= 0.0) {
            return LiquidationPrice.none(explained(quantity, 0.0, terms,
                    explain ? method + ": no positive price reaches the threshold" : ""));
        }
        List<Term> withTier = terms;
        if (explain) {
            withTier = new ArrayList<>(terms);
            withTier.add(new Term("tier of " + position[i].id() + " at that price",
                    market[i].tierOf(Math.abs(position[i].size()) * root)));
        }
        return LiquidationPrice.at(root, mark[i], price[i].dailyVolatility(), explained(quantity, root, withTier, method));
    }

    // ---- uniform move ----------------------------------------------------------------------

    private UniformMove uniformMove(List<GroupRisk> groups) {
        for (GroupRisk g : groups) {
            if (g.health() == HealthState.LIQUIDATABLE || g.health() == HealthState.BANKRUPT) {
                return new UniformMove(LiquidationPrice.Kind.NOW, 0.0, g.group(), explained("uniform move", 0.0,
                        List.of(new Term("equity", g.equity()), new Term("maintenance requirement", g.maintenanceRequirement())),
                        "group " + g.group() + " is already liquidatable"));
            }
        }
        double best = 0.0;
        String bestGroup = GroupRisk.CROSS;
        double bestDistance = Double.MAX_VALUE;
        // cross pool
        {
            curve.reset(1.0);
            for (int k = 0; k < c; k++) {
                if (isRisky(asset[k].priceAsset())) {
                    curve.addSlope(weighted[k]);
                } else {
                    curve.addConstant(weighted[k]);
                }
            }
            for (int i = 0; i < n; i++) {
                if (!position[i].isIsolated()) {
                    addUniform(i);
                }
            }
            double x = curve.nearestRoot(1.0);
            if (x > 0) {
                best = x;
                bestDistance = Math.abs(Math.log(x));
            }
        }
        for (int i = 0; i < n; i++) {
            if (position[i].isIsolated() && !settled[i]) {
                curve.reset(1.0);
                curve.addConstant(position[i].isolatedMargin());
                addUniform(i);
                double x = curve.nearestRoot(1.0);
                if (x > 0 && Math.abs(Math.log(x)) < bestDistance) {
                    best = x;
                    bestDistance = Math.abs(Math.log(x));
                    bestGroup = position[i].id();
                }
            }
        }
        if (best <= 0.0) {
            return new UniformMove(LiquidationPrice.Kind.NONE, 0.0, GroupRisk.CROSS, explained("uniform move", 0.0,
                    List.of(), "no uniform move of every risky price in (-100%, +inf) brings a group to maintenance"));
        }
        return new UniformMove(LiquidationPrice.Kind.PRICE, best - 1.0, bestGroup, explained("uniform move", best - 1.0,
                List.of(new Term("price multiplier", best)),
                "exact piecewise-linear solve of equity(x) = MM(x) with every market underlying and collateral "
                        + "priced in one scaled by x; stablecoins and the quote currency held; first group to reach maintenance"));
    }

    private void addUniform(int i) {
        Position p = position[i];
        curve.addConstant(p.accruedFunding() - p.size() * p.entryPrice());
        curve.addSlope(p.size() * mark[i]);
        if (!settled[i]) {
            curve.addTiered(market[i], Math.abs(p.size()) * mark[i]);
        }
    }

    private boolean isRisky(String symbol) {
        for (Market m : policy.markets().values()) {
            if (m.underlying().equals(symbol)) {
                return true;
            }
        }
        return false;
    }

    // ---- explanations ----------------------------------------------------------------------

    private Explanation explained(String quantity, double value, List<Term> terms, String method) {
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
