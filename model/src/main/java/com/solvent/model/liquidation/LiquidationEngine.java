package com.solvent.model.liquidation;

import com.solvent.model.Checks;
import com.solvent.model.account.Account;
import com.solvent.model.account.MarginMode;
import com.solvent.model.account.Position;
import com.solvent.model.edit.Fills;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.option.OptionPosition;
import com.solvent.model.policy.LiquidationRules;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.AccountFailure;
import com.solvent.model.risk.AccountResult;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.GroupRisk;
import com.solvent.model.risk.HealthState;
import com.solvent.model.risk.PositionRisk;

import java.util.ArrayList;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Liquidates the margin groups of an account that are at or past maintenance, as a pure function.
 * Stateless and thread-safe.
 *
 * <h2>Rules (from {@link LiquidationRules})</h2>
 * <ul>
 *   <li>Each LIQUIDATABLE or BANKRUPT group is handled on its own (the cross pool, each isolated position).</li>
 *   <li>Partial: repeatedly close {@code partialChunk x (size at the start)} of the group's position
 *       with the largest maintenance requirement, at the mark, until the group's margin ratio is at or
 *       below {@code targetMarginRatio}. A target of 0, or a BANKRUPT group, closes the group in full.</li>
 *   <li>Penalty per chunk: {@code penaltyFraction x closed notional}, charged to the group (cross:
 *       the settlement asset; isolated: its margin, never below zero). With {@code dynamicPenalty}
 *       the penalty is capped at the group's remaining positive equity, so the penalty itself never
 *       makes an account bankrupt (dYdX: fee = min(max fee x notional, surplus over bankruptcy)).</li>
 *   <li>Split: {@code liquidatorShare x penalty} to the liquidator, the rest to the insurance fund.</li>
 *   <li>If a group's equity is negative once its positions are closed, the insurance fund (its balance
 *       plus the penalty shares just received) covers the shortfall as far as it can; the rest is bad
 *       debt, handed to auto-deleveraging as {@link BankruptPosition}s (the group's fills share the bad
 *       debt in proportion to their notional). The covered account is credited so its equity is zero.</li>
 *   <li>Realized PnL, penalties and covers are booked in the policy's settlement asset at 1 USD per unit.</li>
 *   <li>Options are closed like the other positions, at their model value (expired: intrinsic); their closed
 *       notional, and so their penalty base, is {@code contracts x value}.</li>
 * </ul>
 */
public final class LiquidationEngine {
    private final MarginEngine engine = MarginEngine.withoutExplanations();

    /**
     * Liquidates {@code account} at {@code prices}; an account with no liquidatable group comes back unchanged.
     *
     * @param insuranceFund  the insurance fund's balance before, USD, {@code >= 0}
     * @throws IllegalArgumentException when the account cannot be evaluated (the engine's failure reason)
     */
    public LiquidationOutcome liquidate(Account account, PriceSet prices, MarginPolicy policy, double insuranceFund) {
        Checks.nonNegative(insuranceFund, "insuranceFund");
        AccountRisk start = evaluate(account, prices, policy);
        Run run = new Run(account, prices, policy, insuranceFund);
        for (GroupRisk g : start.groups()) {
            if (g.health() == HealthState.LIQUIDATABLE || g.health() == HealthState.BANKRUPT) {
                run.liquidateGroup(g.group(), g.health() == HealthState.BANKRUPT, start);
            }
        }
        AccountRisk end = evaluate(run.current, prices, policy);
        return new LiquidationOutcome(run.current, run.fills, run.notional, run.penalty, run.toLiquidator, run.toFund,
                run.draw, run.badDebt, run.fund, run.bankrupt, start.health(), end.health());
    }

    private AccountRisk evaluate(Account account, PriceSet prices, MarginPolicy policy) {
        AccountResult r = engine.evaluate(account, prices, policy);
        if (r instanceof AccountFailure f) {
            throw new IllegalArgumentException("cannot liquidate account " + f.accountId() + ": " + f.reason());
        }
        return (AccountRisk) r;
    }

    /** Mutable bookkeeping of one liquidation call. */
    private final class Run {
        final PriceSet prices;
        final MarginPolicy policy;
        final LiquidationRules rules;
        final String settlement;
        Account current;
        final List<LiquidationFill> fills = new ArrayList<>();
        final List<BankruptPosition> bankrupt = new ArrayList<>();
        double notional;
        double penalty;
        double toLiquidator;
        double toFund;
        double draw;
        double badDebt;
        double fund;
        /** Negative margin left by the isolated position just closed, USD. */
        private double isolatedDeficit;

        Run(Account account, PriceSet prices, MarginPolicy policy, double insuranceFund) {
            this.current = account;
            this.prices = prices;
            this.policy = policy;
            this.rules = policy.liquidation();
            this.settlement = policy.settlementAsset();
            this.fund = insuranceFund;
        }

        void liquidateGroup(String group, boolean bankruptAtStart, AccountRisk start) {
            boolean full = bankruptAtStart || rules.targetMarginRatio() == 0.0;
            Map<String, Double> chunk = new LinkedHashMap<>();
            for (PositionRisk p : start.positions()) {
                if (inGroup(p, group)) {
                    chunk.put(p.positionId(), Math.abs(p.size()) * rules.partialChunk());
                }
            }
            List<LiquidationFill> groupFills = new ArrayList<>();
            int guard = chunk.size() * ((int) Math.ceil(1.0 / rules.partialChunk()) + 2) + 4;
            for (int step = 0; step < guard; step++) {
                AccountRisk now = evaluate(current, prices, policy);
                GroupRisk g = groupOf(now, group);
                if (g == null || (!full && g.marginRatio() <= rules.targetMarginRatio() && g.equity() > 0)) {
                    break;
                }
                PositionRisk largest = null;
                PositionRisk settledLeft = null;
                for (PositionRisk p : now.positions()) {
                    if (!inGroup(p, group)) {
                        continue;
                    }
                    if (p.settled()) {
                        settledLeft = p;
                    } else if (largest == null || p.maintenanceRequirement() > largest.maintenanceRequirement()) {
                        largest = p;
                    }
                }
                if (largest == null) {
                    // only expired futures left: a group still under water settles them at the mark (no penalty)
                    if (settledLeft == null || g.equity() >= 0) {
                        break;
                    }
                    groupFills.add(close(settledLeft, Math.abs(settledLeft.size()), 0.0, false));
                    continue;
                }
                double size = Math.abs(largest.size());
                double quantity = full ? size : Math.min(size, chunk.getOrDefault(largest.positionId(), size));
                groupFills.add(close(largest, quantity, g.equity(), true));
            }
            settleDeficit(group, groupFills);
        }

        /** Closes {@code quantity} of {@code p} at its mark, charging the penalty when {@code penalised}; returns the fill. */
        private LiquidationFill close(PositionRisk p, double quantity, double groupEquity, boolean penalised) {
            if (p.isOption()) {
                return closeOption(p, quantity, groupEquity, penalised);
            }
            double price = p.markPrice();
            double closedNotional = quantity * price;
            double charge = penalised ? rules.penaltyFraction() * closedNotional : 0.0;
            if (rules.dynamicPenalty()) {
                charge = Math.min(charge, Math.max(0.0, groupEquity));
            }
            boolean full = quantity >= Math.abs(p.size()) * (1 - 1e-12);
            double closedSigned = Math.signum(p.size()) * (full ? Math.abs(p.size()) : quantity);
            if (p.mode() == MarginMode.ISOLATED) {
                Position position = current.position(p.positionId()).orElseThrow();
                double fraction = full ? 1.0 : quantity / Math.abs(position.size());
                double margin = position.isolatedMargin() + closedSigned * (price - position.entryPrice())
                        + position.accruedFunding() * fraction;
                charge = Math.min(charge, Math.max(0.0, margin));
                double left = margin - charge;
                if (full || left < 0) {
                    closedSigned = position.size();
                    current = current.withPosition(p.positionId(), x -> null);
                    if (left > 0) {
                        current = Fills.credit(current, settlement, left);
                    } else if (left < 0) {
                        isolatedDeficit = -left;
                    }
                } else {
                    double remaining = position.size() - closedSigned;
                    double keepFunding = position.accruedFunding() * (1 - fraction);
                    current = current.withPosition(p.positionId(), x -> new Position(x.id(), x.marketId(), remaining,
                            x.entryPrice(), keepFunding, x.mode(), left));
                }
            } else {
                current = Fills.reduce(current, p.positionId(), Math.abs(closedSigned), price, settlement);
                current = Fills.credit(current, settlement, -charge);
            }
            notional += Math.abs(closedSigned) * price;
            penalty += charge;
            toLiquidator += charge * rules.liquidatorShare();
            toFund += charge * (1 - rules.liquidatorShare());
            fund += charge * (1 - rules.liquidatorShare());
            LiquidationFill fill = new LiquidationFill(p.positionId(), p.marketId(), closedSigned, price,
                    Math.abs(closedSigned) * price, charge);
            fills.add(fill);
            return fill;
        }

        /**
         * Closes {@code quantity} option contracts at their model value (an expired one at its intrinsic value):
         * a cross option's proceeds ({@code closed size x value}) and penalty go to the settlement asset; an
         * isolated option's to its own margin, as for an isolated perp.
         */
        private LiquidationFill closeOption(PositionRisk p, double quantity, double groupEquity, boolean penalised) {
            OptionPosition o = current.option(p.positionId()).orElseThrow();
            double value = p.markPrice();
            boolean full = quantity >= Math.abs(o.size()) * (1 - 1e-12);
            double closedSigned = Math.signum(o.size()) * (full ? Math.abs(o.size()) : quantity);
            double charge = penalised ? rules.penaltyFraction() * Math.abs(closedSigned) * value : 0.0;
            if (rules.dynamicPenalty()) {
                charge = Math.min(charge, Math.max(0.0, groupEquity));
            }
            if (o.isIsolated()) {
                double margin = o.isolatedMargin() + closedSigned * (value - o.entryPremium());
                charge = Math.min(charge, Math.max(0.0, margin));
                double left = margin - charge;
                if (full || left < 0) {
                    closedSigned = o.size();
                    current = current.withOption(o.id(), x -> null);
                    if (left > 0) {
                        current = Fills.credit(current, settlement, left);
                    } else if (left < 0) {
                        isolatedDeficit = -left;
                    }
                } else {
                    double remaining = o.size() - closedSigned;
                    current = current.withOption(o.id(), x -> new OptionPosition(x.id(), x.contract(), remaining,
                            x.entryPremium(), x.mode(), left));
                }
            } else {
                double remaining = o.size() - closedSigned;
                current = current.withOption(o.id(), x -> full ? null : x.withSize(remaining));
                current = Fills.credit(current, settlement, closedSigned * value - charge);
            }
            notional += Math.abs(closedSigned) * value;
            penalty += charge;
            toLiquidator += charge * rules.liquidatorShare();
            toFund += charge * (1 - rules.liquidatorShare());
            fund += charge * (1 - rules.liquidatorShare());
            LiquidationFill fill = new LiquidationFill(p.positionId(), p.marketId(), closedSigned, value,
                    Math.abs(closedSigned) * value, charge);
            fills.add(fill);
            return fill;
        }

        /** Covers a negative group equity from the fund; the rest becomes bad debt for auto-deleveraging. */
        private void settleDeficit(String group, List<LiquidationFill> groupFills) {
            double shortfall;
            if (GroupRisk.CROSS.equals(group)) {
                GroupRisk cross = evaluate(current, prices, policy).cross();
                shortfall = cross.equity() < 0 && cross.maintenanceRequirement() == 0 ? -cross.equity() : 0.0;
                if (shortfall > 0) {
                    coverCrossDeficit(shortfall);
                }
            } else {
                shortfall = isolatedDeficit;
                isolatedDeficit = 0.0;
            }
            if (shortfall <= 0) {
                return;
            }
            double covered = Math.min(shortfall, fund);
            fund -= covered;
            draw += covered;
            double uncovered = shortfall - covered;
            badDebt += uncovered;
            if (uncovered <= 0 || groupFills.isEmpty()) {
                return;
            }
            double groupNotional = 0.0;
            for (LiquidationFill f : groupFills) {
                groupNotional += f.notional();
            }
            for (LiquidationFill f : groupFills) {
                double share = groupNotional > 0 ? uncovered * f.notional() / groupNotional : uncovered / groupFills.size();
                double bankruptcyPrice = Math.max(f.price() + share / f.closedSize(), f.price() * 1e-9);
                bankrupt.add(new BankruptPosition(current.id(), f.positionId(), f.marketId(), f.closedSize(),
                        bankruptcyPrice, share));
            }
        }

        /**
         * Credits the settlement asset until cross equity is back at zero or just above: a second pass
         * handles a balance crossing from the liability weight to the value weight, and rounding.
         */
        private void coverCrossDeficit(double shortfall) {
            double missing = shortfall;
            for (int pass = 0; pass < 3 && missing > 0; pass++) {
                double weight = policy.collateral().get(settlement).weightFor(current.balance(settlement));
                double settlementPrice = prices.get(settlement).orElseThrow().mark();
                // at least two ulps of the balance, or a rounding-sized remainder would not register
                double credit = Math.max(Math.nextUp(missing / (weight * settlementPrice)),
                        2 * Math.ulp(current.balance(settlement)));
                current = Fills.credit(current, settlement, credit);
                missing = -evaluate(current, prices, policy).cross().equity();
            }
        }

        private boolean inGroup(PositionRisk p, String group) {
            return GroupRisk.CROSS.equals(group) ? p.mode() == MarginMode.CROSS
                    : p.positionId().equals(group);
        }

        private GroupRisk groupOf(AccountRisk risk, String group) {
            for (GroupRisk g : risk.groups()) {
                if (g.group().equals(group)) {
                    return g;
                }
            }
            return null;
        }
    }
}
