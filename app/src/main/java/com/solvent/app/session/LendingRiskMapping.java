package com.solvent.app.session;

import com.solvent.model.account.MarginMode;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.lending.DebtPosition;
import com.solvent.model.lending.LendingAccount;
import com.solvent.model.lending.LendingLiquidation;
import com.solvent.model.lending.LendingLiquidationPrice;
import com.solvent.model.lending.LendingRisk;
import com.solvent.model.lending.SupplyPosition;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shows a lending account (Aave v3) in the watchlist and account view, which speak the margin
 * engine's terms ({@link AccountRisk}). The numbers are Aave's, from {@link LendingRisk} (its
 * {@code getUserAccountData}, computed exactly); the mapping onto margin terms, USD throughout:
 *
 * <ul>
 *   <li><b>equity</b> = collateral − debt: the value of the supplies used as collateral minus the
 *       value owed.</li>
 *   <li><b>margin ratio</b> = 1 / health factor = debt / Σ(collateral × liquidation threshold).
 *       Aave liquidates at health factor {@literal <} 1, that is exactly at margin ratio {@literal >} 1, the same
 *       line as a margin account's. 0 when nothing is owed (Aave's health factor is then infinite);
 *       capped at {@link MarginEngine#MARGIN_RATIO_CAP} when no collateral backs a debt.</li>
 *   <li><b>maintenance requirement</b> = the debt, which the threshold-weighted collateral must cover;
 *       <b>initial requirement</b> = the debt too, which the LTV-weighted collateral (borrowing power)
 *       must cover; <b>free collateral</b> = borrowing power − debt (Aave's available borrows, negative
 *       when the account is over its LTV and may not borrow more).</li>
 *   <li><b>health</b>: BANKRUPT when a debt exceeds the collateral, LIQUIDATABLE at health factor
 *       {@literal <} 1, WARNING at margin ratio {@literal >=} the warning level, SAFE otherwise.</li>
 *   <li><b>liquidation price</b>: one line per reserve the account holds (the "positions"), each with
 *       the price of that asset, others held, at which the health factor reaches 1
 *       ({@link LendingLiquidation#liquidationPrice}); size is the net units, supplied − owed.</li>
 *   <li><b>move to liquidation</b>: none. A health factor is a ratio of two prices-times-amounts; when
 *       every price moves together it does not change, so the per-asset prices above are the measure.</li>
 *   <li><b>max withdrawable</b>: the largest value of one collateral asset that can leave keeping the
 *       health factor {@literal >=} 1 (Aave refuses a withdrawal below it).</li>
 * </ul>
 */
public final class LendingRiskMapping {
    private LendingRiskMapping() {
    }

    /**
     * The account's risk in margin terms.
     *
     * @param holding          the account as read
     * @param warningLevel     margin ratio from which it shows WARNING (the policy's warning level)
     * @param dailyVolatility  daily volatility assumed for every reserve, for distances in daily vols
     */
    public static AccountRisk of(LendingHolding holding, double warningLevel, double dailyVolatility) {
        LendingAccount account = holding.account();
        String id = account.id();
        LendingRisk risk = LendingRisk.of(account);
        double collateral = risk.totalCollateral();
        double debt = risk.totalDebt();
        double equity = collateral - debt;
        double ratio = marginRatio(risk);
        boolean uncertain = !holding.uncertainty().isEmpty();
        HealthState health = health(risk, equity, ratio, warningLevel);

        double weightedCollateral = 0;
        for (SupplyPosition s : account.supplies()) {
            if (s.countsAsCollateral()) {
                weightedCollateral += s.value() * s.reserve().liquidationThreshold(account.eMode());
            }
        }
        double excess = weightedCollateral - debt;

        List<CollateralRisk> balances = new ArrayList<>();
        List<Term> equityTerms = new ArrayList<>();
        double maxWithdrawable = 0;
        for (SupplyPosition s : account.supplies()) {
            String asset = s.reserve().asset();
            double threshold = s.countsAsCollateral() ? s.reserve().liquidationThreshold(account.eMode()) : 0;
            double withdrawableUsd = withdrawable(s, threshold, debt, excess);
            maxWithdrawable = Math.max(maxWithdrawable, withdrawableUsd);
            balances.add(new CollateralRisk(asset, s.amount(), s.reserve().price(), threshold, s.value() * threshold,
                    withdrawableUsd / s.reserve().price(), withdrawableUsd, uncertain(holding, asset)));
            if (s.countsAsCollateral()) {
                equityTerms.add(new Term(asset + " supplied (collateral)", s.value()));
            }
        }
        for (DebtPosition d : account.debts()) {
            String asset = d.reserve().asset();
            balances.add(new CollateralRisk(asset, -d.amount(), d.reserve().price(), 1.0, -d.value(), 0, 0,
                    uncertain(holding, asset)));
            equityTerms.add(new Term(asset + " owed", -d.value()));
        }

        Explanation equityExplained = new Explanation("equity", equity, equityTerms,
                "collateral supplied minus debt owed, at the Aave oracle's prices");
        Explanation maintenanceExplained = new Explanation("maintenance requirement", debt, debtTerms(account),
                "the debt, which collateral weighted by its liquidation threshold ("
                        + money(weightedCollateral) + ") must cover: margin ratio = 1 / health factor");
        Explanation initialExplained = new Explanation("initial requirement", debt, debtTerms(account),
                "the debt, which the borrowing power (collateral weighted by LTV, " + money(risk.borrowingPower())
                        + ") must cover");
        List<PositionRisk> lines = reserveLines(holding, risk, equity, ratio, health, dailyVolatility);
        double leverage = equity > 0 ? Math.min(collateral / equity, MarginEngine.LEVERAGE_CAP)
                : debt > 0 ? MarginEngine.LEVERAGE_CAP : 0;
        UniformMove noUniformMove = new UniformMove(LiquidationPrice.Kind.NONE, 0, GroupRisk.CROSS,
                new Explanation("move to liquidation", 0, List.of(),
                        "a health factor does not change when every price moves together; see each asset's liquidation price"));
        GroupRisk group = new GroupRisk(GroupRisk.CROSS, equity, debt, debt, ratio, health, uncertain);
        return new AccountRisk(id, equity, debt, debt, ratio, risk.borrowingPower() - debt, maxWithdrawable, leverage,
                health, noUniformMove, uncertain, holding.uncertainty(), List.of(group), balances, lines,
                equityExplained, initialExplained, maintenanceExplained);
    }

    /** 1 / health factor; 0 with no debt; capped when no collateral backs a debt. */
    public static double marginRatio(LendingRisk risk) {
        if (risk.healthFactor().isEmpty()) {
            return 0;
        }
        double hf = risk.healthFactor().getAsDouble();
        return hf <= 1 / MarginEngine.MARGIN_RATIO_CAP ? MarginEngine.MARGIN_RATIO_CAP : 1 / hf;
    }

    private static HealthState health(LendingRisk risk, double equity, double ratio, double warningLevel) {
        if (risk.totalDebt() <= 0) {
            return HealthState.SAFE;
        }
        if (equity <= 0) {
            return HealthState.BANKRUPT;
        }
        if (risk.liquidatable()) {
            return HealthState.LIQUIDATABLE;
        }
        return ratio >= warningLevel ? HealthState.WARNING : HealthState.SAFE;
    }

    /** USD of {@code s} that can be withdrawn keeping the health factor at or above 1. */
    private static double withdrawable(SupplyPosition s, double threshold, double debt, double excess) {
        if (debt <= 0 || threshold <= 0) {
            return s.value();
        }
        return Math.max(0, Math.min(s.value(), excess / threshold));
    }

    private static List<Term> debtTerms(LendingAccount account) {
        return account.debts().stream().map(d -> new Term(d.reserve().asset() + " owed", d.value())).toList();
    }

    /** One line per reserve held: net units and the price of that asset at which the health factor reaches 1. */
    private static List<PositionRisk> reserveLines(LendingHolding holding, LendingRisk risk, double equity, double ratio,
                                                   HealthState health, double dailyVolatility) {
        LendingAccount account = holding.account();
        Map<String, double[]> netAndPrice = new LinkedHashMap<>();
        for (SupplyPosition s : account.supplies()) {
            netAndPrice.computeIfAbsent(s.reserve().asset(), a -> new double[]{0, s.reserve().price()})[0] += s.amount();
        }
        for (DebtPosition d : account.debts()) {
            netAndPrice.computeIfAbsent(d.reserve().asset(), a -> new double[]{0, d.reserve().price()})[0] -= d.amount();
        }
        List<PositionRisk> lines = new ArrayList<>();
        netAndPrice.forEach((asset, np) -> {
            double net = np[0];
            double mark = np[1];
            LiquidationPrice liquidation = liquidationPrice(account, risk, asset, mark, dailyVolatility);
            boolean uncertain = uncertain(holding, asset);
            List<String> why = uncertain ? holding.uncertainty() : List.of();
            Explanation none = new Explanation("requirement", 0, List.of(),
                    "a lending reserve has no requirement of its own; the account's health factor covers all of them");
            lines.add(new PositionRisk(asset, asset, MarginMode.CROSS, net, mark, mark, Math.abs(net) * mark, 0, 0, 0, 0,
                    liquidation, LiquidationPrice.none(new Explanation("bankruptcy price", 0, List.of(),
                    "not computed for lending accounts")), Greeks.linear(net), equity, ratio, health, false, uncertain, why,
                    none, none));
        });
        return lines;
    }

    private static LiquidationPrice liquidationPrice(LendingAccount account, LendingRisk risk, String asset, double mark,
                                                     double dailyVolatility) {
        if (risk.liquidatable()) {
            return LiquidationPrice.now(mark, new Explanation("liquidation price", mark, List.of(),
                    "the health factor is already below 1"));
        }
        return LendingLiquidation.liquidationPrice(account, asset)
                .map(p -> LiquidationPrice.at(p.price(), mark, dailyVolatility, how(p)))
                .orElseGet(() -> LiquidationPrice.none(new Explanation("liquidation price", 0, List.of(),
                        "no price of " + asset + " alone brings the health factor to 1")));
    }

    private static Explanation how(LendingLiquidationPrice p) {
        return new Explanation("liquidation price", p.price(), List.of(),
                "the price of " + p.asset() + " at which the health factor reaches 1, every other price held ("
                        + (p.whenBelow() ? "falling: net collateral" : "rising: net debt") + ")");
    }

    private static boolean uncertain(LendingHolding holding, String asset) {
        return holding.uncertainty().stream().anyMatch(u -> u.startsWith(asset + " "));
    }

    private static String money(double usd) {
        return String.format(java.util.Locale.ROOT, "%,.2f USD", usd);
    }
}
