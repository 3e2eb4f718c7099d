package com.solvent.model.engine;

import com.solvent.model.account.Account;
import com.solvent.model.option.OptionMarketData;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.AccountFailure;
import com.solvent.model.risk.AccountHeadline;
import com.solvent.model.risk.AccountResult;
import com.solvent.model.risk.RiskReport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The margin engine: values accounts of perpetuals, dated futures and European options under a venue's
 * {@link MarginPolicy}. Stateless and thread-safe; the live view, every what-if and the command
 * line call the same two methods. <b>This Javadoc holds the definitions</b>; everything is in USD
 * (the quote currency) unless said otherwise.
 *
 * <h2>Positions</h2>
 * <ul>
 *   <li>{@code size > 0} is long, {@code < 0} short, in underlying units. {@code notional = |size| x mark}.</li>
 *   <li>{@code uPnL = size x (mark - entry) + accruedFunding}.</li>
 *   <li>Tier: the last tier whose {@code notionalFloor <= notional}.</li>
 *   <li>Maintenance requirement {@code MM = notional x mmf(tier) - deduction(tier)}, with
 *       {@code deduction(0) = 0} and {@code deduction(n) = deduction(n-1) + floor(n) x (mmf(n) - mmf(n-1))},
 *       the "maintenance amount" of Binance, Bybit and Hyperliquid that makes MM continuous in notional.</li>
 *   <li>Initial requirement {@code IM = notional / maxLeverage(tier)}, <b>without</b> a deduction: venues
 *       size initial margin from the bracket's leverage (Binance, Bybit), and a step upward at a tier
 *       boundary errs on the safe side for withdrawals. IM {@code >=} MM always.</li>
 *   <li>A dated future at or past its expiry ({@code prices.asOf() >= expiry}) is settled: no
 *       requirement, notional 0, delta 0; it is still valued at the mark (the price set should carry
 *       the settlement price once known), so it moves other positions' liquidation prices like cash
 *       in that asset; its own liquidation price is {@code NONE}.</li>
 * </ul>
 *
 * <h2>Options</h2>
 * <ul>
 *   <li>An account's {@link Account#options()} are priced once per evaluation with the Black-76 kernel on the
 *       <b>forward = the underlying's perp mark</b> in the {@link PriceSet}, at the implied vol of the price
 *       set's vol surface for that underlying (sticky moneyness), discounted at {@link PriceSet#optionRate()}.
 *       An option at or past its expiry settles to its intrinsic value against the mark: no requirement, no Greeks.</li>
 *   <li>A cross option adds {@code size x value} to cross equity (its premium already moved through the
 *       collateral); an ISOLATED option is a group of its own with equity
 *       {@code isolatedMargin + size x (value - entryPremium)}.</li>
 *   <li>Requirements: {@link com.solvent.model.option.margin.OptionMarginCalculator} under the policy's
 *       {@link MarginPolicy#optionMargin()} for each group's options, added to the group's IM and MM. Under
 *       portfolio margin the cross pool's perps and unsettled futures enter the scenario grid as linear
 *       exposures (a hedge lowers the option requirement) and keep their own tier requirement too.</li>
 *   <li>Position rows: an option is a {@link com.solvent.model.risk.PositionRisk} after the linear ones, with
 *       notional {@code |size| x forward} (in leverage too) and Greeks {@code size x} the per-contract Greeks
 *       (vega per vol point, theta per calendar day); a perp's or future's delta is its size.</li>
 * </ul>
 *
 * <h2>Margin groups</h2>
 * The cross pool is one group; every ISOLATED position is a group of its own.
 * <ul>
 *   <li>Cross equity = sum of collateral weighted values ({@code amount x mark x valueWeight}, a negative
 *       balance {@code x liabilityWeight}) + sum of cross positions' uPnL.</li>
 *   <li>Isolated equity = {@code isolatedMargin + uPnL} of that position; its loss never reaches the rest.</li>
 *   <li>Margin ratio = {@code MM / equity}; liquidatable at {@code >= 1}. When nothing is at risk
 *       ({@code MM = 0} and {@code equity >= 0}) it is 0. When {@code equity <= 0} otherwise, it is
 *       {@link #MARGIN_RATIO_CAP}; larger ratios are capped at that value too.</li>
 *   <li>Health: {@code BANKRUPT} if equity {@code <= 0} with something at risk; else {@code LIQUIDATABLE}
 *       if the ratio {@code >= 1}; else {@code WARNING} if the ratio {@code >= policy.warningLevel};
 *       else {@code SAFE}. The account shows its worst group.</li>
 * </ul>
 *
 * <h2>Account figures</h2>
 * <ul>
 *   <li>Equity = cross equity + sum of {@code max(0, isolated equity)} (an isolated deficit is not the account's).</li>
 *   <li>IM, MM = sums over all groups (positions' requirements plus each group's option margin).
 *       Account margin ratio = MM / equity (same rules as a group).</li>
 *   <li>Free collateral = cross equity - cross IM.</li>
 *   <li>Max withdrawable of an asset = {@code min(balance, max(0, freeCollateral) / (mark x valueWeight))} units:
 *       withdrawing X USD of a weight-w asset removes {@code w x X} of equity. Account figure: the largest
 *       USD value over assets.</li>
 *   <li>Leverage = total notional / equity; 0 with no notional; {@link #LEVERAGE_CAP} when equity {@code <= 0}
 *       with notional, and capped there.</li>
 * </ul>
 *
 * <h2>Liquidation and bankruptcy prices</h2>
 * For a position, the price of its <em>underlying</em> at which its group's equity equals its
 * maintenance requirement (bankruptcy: equals 0), every other price held. In the cross group every
 * cross position on the same underlying, and collateral in that asset, move together. The function
 * {@code equity(P) - MM(P)} is continuous and piecewise linear in P (breakpoints where a position
 * changes tier), so it is solved exactly, interval by interval, from the current mark outwards in
 * O(positions x tiers); the root nearest the mark (in log distance) is reported. A group holding options is
 * no longer piecewise linear: its linear part keeps the exact curve and the options are revalued and
 * re-margined at each trial price, the root bracketed by a scan outwards from the mark and refined by
 * Illinois regula falsi to about 1e-15 relative (see {@code NearestRoot}); the uniform move likewise.
 * {@code NOW} when the
 * group is already at or past the threshold; {@code NONE} when no positive price reaches it.
 * Distance: {@code (P* - P0) / P0} and {@code ln(P* / P0) / dailyVolatility} (see
 * {@link com.solvent.model.risk.LiquidationPrice} for a zero volatility).
 *
 * <h2>Uniform move</h2>
 * The signed fraction f such that every risky asset price (every market's underlying; the quote
 * currency and assets that underlie no market stay) times {@code 1 + f} puts a group at maintenance;
 * the account reports the smallest move (log distance) over its groups.
 *
 * <h2>Prices</h2>
 * A price that is not FRESH is still used, but every number depending on it is flagged
 * {@code uncertain} with a reason, and so is the account: a SAFE health is never reported silently.
 *
 * <h2>Failures</h2>
 * An unknown market, a missing price, unknown collateral, a market whose instrument is not
 * {@link com.solvent.model.market.Instrument#isLinear() linear} (options are held as
 * {@link Account#options()}, not as markets), an option without a vol surface for its underlying, or options
 * under a policy without an option margin model makes that account an
 * {@link com.solvent.model.risk.AccountFailure} naming the position or asset; other accounts are evaluated as usual. No number in a result is NaN or infinite.
 *
 * <h2>Bulk evaluation</h2>
 * {@link #withoutExplanations()} gives the same numbers without building any explanation text;
 * use it where reports are not shown term by term (benchmarks, scans, liquidation loops).
 * {@link #headline} is leaner still: the group figures only (stress grids, risk profiles).
 */
public final class MarginEngine {
    /** Margin ratio reported when equity is at or below zero (and the cap for larger ratios). */
    public static final double MARGIN_RATIO_CAP = 1_000.0;
    /** Leverage reported when equity is at or below zero with open notional (and the cap for larger leverage). */
    public static final double LEVERAGE_CAP = 1_000_000.0;

    private final boolean explain;
    /** Option views by price-set identity (see {@link #optionMarket}); a power of two in size. */
    private final OptionView[] optionViews = new OptionView[1024];
    /** Slots looked at from a price set's home slot (open addressing) before building its view anew. */
    private static final int VIEW_PROBES = 4;

    /** An engine that builds explanations for every headline number. */
    public MarginEngine() {
        this(true);
    }

    private MarginEngine(boolean explain) {
        this.explain = explain;
    }

    /** An engine for bulk evaluation: same numbers, explanations replaced by {@link com.solvent.model.risk.Explanation#OMITTED}. */
    public static MarginEngine withoutExplanations() {
        return new MarginEngine(false);
    }

    /** Evaluates one account; never throws for bad account data (returns an AccountFailure). */
    public AccountResult evaluate(Account account, PriceSet prices, MarginPolicy policy) {
        try {
            return new AccountEvaluation(account, prices, policy, explain, optionMarket(account, prices)).run();
        } catch (IllegalArgumentException | ArithmeticException e) {
            // a result record refused a value: report it on this account instead of failing the batch
            return new AccountFailure(account.id(), "cannot evaluate: " + e.getMessage());
        }
    }

    /**
     * The lean path for grids and profiles: an account's headline figures (equity, requirements, margin
     * ratio, cross pool, health), equal to the fields of {@link #evaluate}'s {@code AccountRisk}, without
     * position rows, Greeks, liquidation prices, the uniform move or explanations.
     *
     * @throws IllegalArgumentException naming the account and the reason where {@link #evaluate} would
     *                                  return an {@link AccountFailure} (bulk callers stop on the first bad account)
     */
    public AccountHeadline headline(Account account, PriceSet prices, MarginPolicy policy) {
        try {
            return new AccountEvaluation(account, prices, policy, false, optionMarket(account, prices)).headline();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("account " + account.id() + ": cannot evaluate: " + e.getMessage(), e);
        }
    }

    /**
     * {@link #headline} of one account at each of {@code priceSets}, in order (a stress grid's cells): the
     * account is resolved and its working arrays allocated once, then revalued per price set. Same numbers
     * as calling {@link #headline} for each.
     *
     * @throws IllegalArgumentException as {@link #headline}
     */
    public List<AccountHeadline> headlines(Account account, List<PriceSet> priceSets, MarginPolicy policy) {
        AccountSweep sweep = sweep(account, policy);
        List<AccountHeadline> out = new ArrayList<>(priceSets.size());
        for (PriceSet prices : priceSets) {
            out.add(sweep.at(prices));
        }
        return out;
    }

    /** A reusable {@link AccountSweep} of {@code account} under {@code policy}, for one thread. */
    public AccountSweep sweep(Account account, MarginPolicy policy) {
        return new AccountSweep(this, account, policy);
    }

    /**
     * The option view of {@code prices} (forwards = marks, surfaces, rate), built once per price set: a grid
     * evaluates every account of a book against each of its cells' price sets, so views are kept in a small
     * table keyed by the price set's identity. The table is written without locks: a view is an immutable
     * record (final fields), so a thread sees either a complete view or another entry, and then builds its own.
     */
    OptionMarketData optionMarket(Account account, PriceSet prices) {
        if (account.options().isEmpty()) {
            return null;
        }
        int home = System.identityHashCode(prices);
        int free = -1;
        for (int probe = 0; probe < VIEW_PROBES; probe++) {
            int slot = (home + probe) & (optionViews.length - 1);
            OptionView view = optionViews[slot];
            if (view == null) {
                free = free < 0 ? slot : free;
            } else if (view.prices() == prices) {
                return view.market();
            }
        }
        Map<String, Double> forwards = new HashMap<>();
        prices.prices().forEach((asset, p) -> {
            if (p.mark() > 0.0) {
                forwards.put(asset, p.mark());
            }
        });
        OptionView view = new OptionView(prices, new OptionMarketData(prices.asOf(), forwards, prices.volSurfaces(),
                prices.optionRate()));
        optionViews[free >= 0 ? free : home & (optionViews.length - 1)] = view;
        return view.market();
    }

    private record OptionView(PriceSet prices, OptionMarketData market) {
    }

    /** Evaluates every account against the same prices and policy, in input order. */
    public RiskReport evaluate(List<Account> accounts, PriceSet prices, MarginPolicy policy) {
        List<AccountResult> results = new ArrayList<>(accounts.size());
        for (Account account : accounts) {
            results.add(evaluate(account, prices, policy));
        }
        return new RiskReport(prices.asOf(), policy.name(), results);
    }
}
