package com.solvent.model.engine;

import com.solvent.model.account.Account;
import com.solvent.model.account.Position;
import com.solvent.model.market.Market;
import com.solvent.model.option.OptionMarketData;
import com.solvent.model.option.OptionPosition;
import com.solvent.model.policy.CollateralAsset;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.AssetPrice;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.Explanation;
import com.solvent.model.risk.GroupRisk;
import com.solvent.model.risk.HealthState;
import com.solvent.model.risk.LiquidationPrice;
import com.solvent.model.risk.Term;
import com.solvent.model.risk.UniformMove;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Liquidation and bankruptcy prices and the uniform move of one valued account (see
 * {@link MarginEngine} for the definitions): builds each group's cushion as a {@link MarginCurve}
 * of one price (or one price multiplier) and solves it. Reads the arrays of the
 * {@link AccountEvaluation} it was made from; confined to that evaluation.
 */
final class ThresholdSolver {
    private final AccountEvaluation valued;
    private final Account account;
    private final MarginPolicy policy;
    private final boolean explain;
    private final int n;
    private final Position[] position;
    private final Market[] market;
    private final AssetPrice[] price;
    private final double[] mark;
    private final double[] upnl;
    private final double[] mm;
    private final boolean[] settled;
    private final int c;
    private final CollateralAsset[] asset;
    private final AssetPrice[] collateralPrice;
    private final double[] weighted;
    private final double crossEquity;
    private final double crossMm;
    private final MarginCurve curve = new MarginCurve();
    // Hashes of each position's underlying and each collateral's price asset: a cross solve asks
    // every position and balance "do you move with this underlying?", and comparing the strings
    // themselves was a sixth of a 20-position account's evaluation. The hash settles almost every
    // "no"; equals confirms a "yes".
    private final int[] underlyingHash;
    private final int[] priceAssetHash;
    // cross positions grouped by underlying (groupCrossPositions), built at the first cross solve
    private int groupCount = -1;
    private String[] groupUnderlying;
    private int[] groupHash;
    private int[] memberStart;
    private int[] members;
    private double[] pnlBefore;
    private double[] pnlAfter;
    private double[] mmBefore;
    private double[] mmAfter;

    ThresholdSolver(AccountEvaluation valued) {
        this.valued = valued;
        this.account = valued.account;
        this.policy = valued.policy;
        this.explain = valued.explain;
        this.n = valued.n;
        this.position = valued.position;
        this.market = valued.market;
        this.price = valued.price;
        this.mark = valued.mark;
        this.upnl = valued.upnl;
        this.mm = valued.mm;
        this.settled = valued.settled;
        this.c = valued.c;
        this.asset = valued.asset;
        this.collateralPrice = valued.collateralPrice;
        this.weighted = valued.weighted;
        this.crossEquity = valued.crossEquity;
        this.crossMm = valued.crossMm;
        this.underlyingHash = new int[n];
        for (int j = 0; j < n; j++) {
            underlyingHash[j] = market[j].underlying().hashCode();
        }
        this.priceAssetHash = new int[c];
        for (int k = 0; k < c; k++) {
            priceAssetHash[k] = asset[k].priceAsset().hashCode();
        }
    }

    /**
     * Groups the cross positions by underlying, in order of first appearance, with each group's
     * uPnL and maintenance requirement summed and the sums of the groups before and after it. A
     * cross solve moves one underlying and holds the others; summing the held positions one by one
     * in every solve (a liquidation and a bankruptcy price per underlying) was a quarter of a
     * 20-position account's evaluation.
     */
    private void groupCrossPositions() {
        int[] groupOf = new int[n];
        String[] underlyings = new String[n];
        int[] hashes = new int[n];
        double[] pnl = new double[n];
        double[] maintenance = new double[n];
        int[] count = new int[n + 1];
        int groups = 0;
        for (int j = 0; j < n; j++) {
            if (position[j].isIsolated()) {
                groupOf[j] = -1;
                continue;
            }
            String underlying = market[j].underlying();
            int g = 0;
            while (g < groups && !(hashes[g] == underlyingHash[j] && underlyings[g].equals(underlying))) {
                g++;
            }
            if (g == groups) {
                underlyings[g] = underlying;
                hashes[g] = underlyingHash[j];
                groups++;
            }
            groupOf[j] = g;
            count[g + 1]++;
            pnl[g] += upnl[j];
            maintenance[g] += mm[j];
        }
        memberStart = new int[groups + 1];
        for (int g = 0; g < groups; g++) {
            memberStart[g + 1] = memberStart[g] + count[g + 1];
        }
        members = new int[memberStart[groups]];
        int[] next = Arrays.copyOf(memberStart, groups);
        for (int j = 0; j < n; j++) {
            if (groupOf[j] >= 0) {
                members[next[groupOf[j]]++] = j;
            }
        }
        pnlBefore = new double[groups + 1];
        mmBefore = new double[groups + 1];
        for (int g = 0; g < groups; g++) {
            pnlBefore[g + 1] = pnlBefore[g] + pnl[g];
            mmBefore[g + 1] = mmBefore[g] + maintenance[g];
        }
        pnlAfter = new double[groups];
        mmAfter = new double[groups];
        for (int g = groups - 2; g >= 0; g--) {
            pnlAfter[g] = pnlAfter[g + 1] + pnl[g + 1];
            mmAfter[g] = mmAfter[g + 1] + maintenance[g + 1];
        }
        groupUnderlying = underlyings;
        groupHash = hashes;
        groupCount = groups;
    }

    /** The cross group of {@code underlying}, or -1 when no cross position is on it. */
    private int crossGroupOf(String underlying, int hash) {
        for (int g = 0; g < groupCount; g++) {
            if (groupHash[g] == hash && groupUnderlying[g].equals(underlying)) {
                return g;
            }
        }
        return -1;
    }

    private boolean pricedIn(int k, String underlying, int hash) {
        return priceAssetHash[k] == hash && asset[k].priceAsset().equals(underlying);
    }


    /** mmWeight 1: liquidation price (equity = MM); 0: bankruptcy price (equity = 0). */
    LiquidationPrice isolated(int i, double groupEquity, double groupMm, double mmWeight) {
        Position p = position[i];
        // labels are only built when explaining: this runs for every position of every account
        String quantity = explain ? (mmWeight == 0 ? "bankruptcy price " : "liquidation price ") + p.id() : "";
        if (settled[i]) {
            return LiquidationPrice.none(explained(quantity, 0.0, List.of(), "settled at expiry: no price can liquidate it"));
        }
        if (groupEquity - mmWeight * groupMm <= 0 && (groupMm > 0 || groupEquity < 0 || mmWeight == 0)) {
            return LiquidationPrice.now(mark[i], !explain ? Explanation.OMITTED : new Explanation(quantity, mark[i],
                    List.of(new Term("isolated equity", groupEquity), new Term("maintenance requirement", groupMm)),
                    "already at or past the threshold"));
        }
        curve.reset(mmWeight);
        curve.addConstant(p.isolatedMargin() - p.size() * p.entryPrice() + p.accruedFunding());
        curve.addSlope(p.size());
        curve.addTiered(market[i], Math.abs(p.size()));
        double root = curve.nearestRoot(mark[i]);
        if (!explain) {
            return toPrice(quantity, root, i, List.of(), "");
        }
        return toPrice(quantity, root, i, List.of(new Term("isolated margin", p.isolatedMargin()),
                        new Term("accrued funding", p.accruedFunding())),
                "isolated: exact piecewise-linear solve of margin + size x (P - entry) + funding = "
                        + (mmWeight == 0 ? "0" : "MM(P)") + " over " + curve.breakpointCount() + " tier breakpoints");
    }

    LiquidationPrice cross(int i, double mmWeight) {
        if (settled[i]) {
            String quantity = explain ? (mmWeight == 0 ? "bankruptcy price " : "liquidation price ") + market[i].underlying() : "";
            return LiquidationPrice.none(explained(quantity, 0.0, List.of(), "settled at expiry: no price can liquidate it"));
        }
        return cross(market[i].underlying(), price[i], i, mmWeight);
    }

    /** The cross pool's threshold in option {@code j}'s underlying (the same price every cross position on it shows). */
    LiquidationPrice crossOption(int j, double mmWeight) {
        return cross(valued.option[j].contract().underlying(), valued.optionPrice[j], -1, mmWeight);
    }

    /**
     * The cross pool's threshold in {@code underlying}, whose current price is {@code ap}; {@code i} is the
     * linear position whose tier at the root is explained, or -1.
     */
    private LiquidationPrice cross(String underlying, AssetPrice ap, int i, double mmWeight) {
        String quantity = explain ? (mmWeight == 0 ? "bankruptcy price " : "liquidation price ") + underlying : "";
        double mark0 = ap.mark();
        if (crossEquity - mmWeight * crossMm <= 0 && (crossMm > 0 || crossEquity < 0 || mmWeight == 0)) {
            return LiquidationPrice.now(mark0, !explain ? Explanation.OMITTED : new Explanation(quantity, mark0,
                    List.of(new Term("cross equity", crossEquity), new Term("cross maintenance requirement", crossMm)),
                    "already at or past the threshold"));
        }
        curve.reset(mmWeight);
        int hash = underlying.hashCode();
        double fixedCollateral = 0.0;
        double movingCollateral = 0.0;
        double fixedPnl = 0.0;
        double fixedMm = 0.0;
        for (int k = 0; k < c; k++) {
            if (pricedIn(k, underlying, hash)) {
                double amount = account.collateral().get(k).amount();
                curve.addSlope(amount * asset[k].weightFor(amount));
                movingCollateral += amount;
            } else {
                curve.addConstant(weighted[k]);
                fixedCollateral += weighted[k];
            }
        }
        if (groupCount < 0) {
            groupCrossPositions();
        }
        int g = crossGroupOf(underlying, hash);
        // the cross positions on other underlyings are held: their uPnL and maintenance enter as
        // constants, summed once per evaluation per group (sums of the groups before and after g)
        fixedPnl = g < 0 ? pnlBefore[groupCount] : pnlBefore[g] + pnlAfter[g];
        fixedMm = mmWeight * (g < 0 ? mmBefore[groupCount] : mmBefore[g] + mmAfter[g]);
        curve.addConstant(fixedPnl - fixedMm);
        if (g >= 0) {
            for (int r = memberStart[g]; r < memberStart[g + 1]; r++) {
                int j = members[r];
                Position p = position[j];
                // a settled future is still valued at the mark (the settlement price), without requirement
                curve.addConstant(p.accruedFunding() - p.size() * p.entryPrice());
                curve.addSlope(p.size());
                if (!settled[j]) {
                    curve.addTiered(market[j], Math.abs(p.size()));
                }
            }
        }
        double root;
        String solve;
        if (valued.crossHasOptions()) {
            // options make the cushion curved: the linear part stays the exact curve, the options are
            // revalued and re-margined at every trial price of their underlying
            OptionMarketData base = valued.optionMarket;
            root = NearestRoot.of(t -> curve.cushion(t)
                    + valued.crossOptionCushion(base.withForward(underlying, t), mmWeight), mark0, cushionAt(mark0, mmWeight));
            solve = "bracketed root search (Illinois regula falsi) with the options revalued and re-margined at each trial price";
        } else {
            root = curve.nearestRoot(mark0);
            // built only when explaining: this string per cross solve was a visible share of a bulk evaluation
            solve = explain ? "exact piecewise-linear solve over " + curve.breakpointCount() + " tier breakpoints" : "";
        }
        List<Term> terms = List.of();
        String method = "";
        if (explain) {
            terms = new ArrayList<>(6 + n + c);
            terms.add(new Term("collateral held fixed (weighted)", fixedCollateral));
            terms.add(new Term(underlying + "-priced collateral moving with the price (units)", movingCollateral));
            terms.add(new Term("uPnL of other cross positions held fixed", fixedPnl));
            terms.add(new Term("maintenance of other cross positions held fixed", fixedMm));
            terms.add(new Term("cross positions on " + underlying + " moving together", curve.movingCount()));
            if (valued.crossHasOptions()) {
                terms.add(new Term("cross options revalued (Black-76, sticky moneyness)", valued.crossOptions.size()));
            }
            for (int j = 0; j < n; j++) {
                if (!position[j].isIsolated() && !market[j].underlying().equals(underlying)) {
                    terms.add(new Term("held: " + market[j].underlying() + " price (" + position[j].id() + ")", mark[j]));
                }
            }
            for (int k = 0; k < c; k++) {
                if (!asset[k].priceAsset().equals(underlying) && !PriceSet.QUOTE.equals(asset[k].priceAsset())) {
                    terms.add(new Term("held: " + asset[k].priceAsset() + " price (collateral " + asset[k].symbol() + ")",
                            collateralPrice[k].mark()));
                }
            }
            method = "cross: " + solve + " of cross equity(P) = " + (mmWeight == 0 ? "0" : "MM(P)")
                    + " for the " + underlying + " price, every other price held; nearest root to the mark";
        }
        return toPrice(quantity, root, i, mark0, ap.dailyVolatility(), terms, method);
    }

    /** The cross cushion at the current prices, as the evaluation computed it. */
    private double cushionAt(double mark0, double mmWeight) {
        return crossEquity - mmWeight * crossMm;
    }

    /** An isolated option's own group: {@code margin + size x (value(P) - premium) - mmWeight x MM(P)}. */
    LiquidationPrice isolatedOption(int j, double mmWeight) {
        OptionPosition o = valued.option[j];
        String underlying = o.contract().underlying();
        String quantity = explain ? (mmWeight == 0 ? "bankruptcy price " : "liquidation price ") + o.id() : "";
        double mark0 = valued.optionForward[j];
        double equity = valued.optionGroupEquity[j];
        double groupMm = valued.optionMm[j];
        if (valued.optionExpired[j]) {
            return LiquidationPrice.none(explained(quantity, 0.0, List.of(), "expired: settles to intrinsic, nothing left to liquidate"));
        }
        if (equity - mmWeight * groupMm <= 0 && (groupMm > 0 || equity < 0 || mmWeight == 0)) {
            return LiquidationPrice.now(mark0, !explain ? Explanation.OMITTED : new Explanation(quantity, mark0,
                    List.of(new Term("isolated equity", equity), new Term("maintenance requirement", groupMm)),
                    "already at or past the threshold"));
        }
        List<OptionPosition> alone = List.of(o);
        double constant = o.isolatedMargin() - o.size() * o.entryPremium();
        OptionMarketData base = valued.optionMarket;
        double root = NearestRoot.of(t -> constant + valued.optionCushion(alone, List.of(), base.withForward(underlying, t),
                mmWeight), mark0, equity - mmWeight * groupMm);
        List<Term> terms = explain ? List.of(new Term("isolated margin", o.isolatedMargin()),
                new Term("entry premium", o.entryPremium())) : List.of();
        return toPrice(quantity, root, -1, mark0, valued.optionPrice[j].dailyVolatility(), terms,
                explain ? "isolated option: bracketed root search of margin + size x (value(P) - premium) = "
                        + (mmWeight == 0 ? "0" : "MM(P)") : "");
    }

    private LiquidationPrice toPrice(String quantity, double root, int i, List<Term> terms, String method) {
        return toPrice(quantity, root, i, mark[i], price[i].dailyVolatility(), terms, method);
    }

    private LiquidationPrice toPrice(String quantity, double root, int i, double mark0, double dailyVolatility,
                                     List<Term> terms, String method) {
        if (root <= 0.0) {
            return LiquidationPrice.none(explained(quantity, 0.0, terms,
                    explain ? method + ": no positive price reaches the threshold" : ""));
        }
        List<Term> withTier = terms;
        if (explain && i >= 0) {
            withTier = new ArrayList<>(terms);
            withTier.add(new Term("tier of " + position[i].id() + " at that price",
                    market[i].tierOf(Math.abs(position[i].size()) * root)));
        }
        return LiquidationPrice.at(root, mark0, dailyVolatility, explained(quantity, root, withTier, method));
    }


    UniformMove uniformMove(List<GroupRisk> groups) {
        for (GroupRisk g : groups) {
            if (g.health() == HealthState.LIQUIDATABLE || g.health() == HealthState.BANKRUPT) {
                return new UniformMove(LiquidationPrice.Kind.NOW, 0.0, g.group(), !explain ? Explanation.OMITTED
                        : new Explanation("uniform move", 0.0,
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
            double x = valued.crossHasOptions()
                    ? NearestRoot.of(t -> curve.cushion(t) + valued.crossOptionCushion(scaled(t), 1.0), 1.0,
                    crossEquity - crossMm)
                    : curve.nearestRoot(1.0);
            if (x > 0) {
                best = x;
                bestDistance = Math.abs(Math.log(x));
            }
        }
        for (int j = 0; j < valued.m; j++) {
            OptionPosition o = valued.option[j];
            if (o.isIsolated() && !valued.optionExpired[j]) {
                List<OptionPosition> alone = List.of(o);
                double constant = o.isolatedMargin() - o.size() * o.entryPremium();
                double x = NearestRoot.of(t -> constant + valued.optionCushion(alone, List.of(), scaled(t), 1.0), 1.0,
                        valued.optionGroupEquity[j] - valued.optionMm[j]);
                if (x > 0 && Math.abs(Math.log(x)) < bestDistance) {
                    best = x;
                    bestDistance = Math.abs(Math.log(x));
                    bestGroup = o.id();
                }
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
        return new UniformMove(LiquidationPrice.Kind.PRICE, best - 1.0, bestGroup, !explain ? Explanation.OMITTED
                : new Explanation("uniform move", best - 1.0,
                List.of(new Term("price multiplier", best)),
                "exact piecewise-linear solve of equity(x) = MM(x) with every market underlying and collateral "
                        + "priced in one scaled by x; stablecoins and the quote currency held; first group to reach maintenance"));
    }

    /** The evaluation's option market with every option underlying's forward times {@code x}. */
    private OptionMarketData scaled(double x) {
        OptionMarketData base = valued.optionMarket;
        Map<String, Double> forwards = new HashMap<>(base.forwards());
        for (int j = 0; j < valued.m; j++) {
            forwards.put(valued.option[j].contract().underlying(), valued.optionForward[j] * x);
        }
        return new OptionMarketData(base.asOf(), forwards, base.volSurfaces(), base.rate());
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

    private Explanation explained(String quantity, double value, List<Term> terms, String method) {
        return valued.explained(quantity, value, terms, method);
    }
}
