package com.solvent.model.risk;

import com.solvent.model.Checks;

import com.solvent.model.option.margin.OptionMargin;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An account's risk figures. Every definition and sign convention is in
 * {@link com.solvent.model.engine.MarginEngine}; in short (USD throughout):
 *
 * @param accountId                 the account's id
 * @param equity                    cross equity + sum of {@code max(0, isolated equity)}
 * @param initialRequirement        cross IM + isolated IM
 * @param maintenanceRequirement    cross MM + isolated MM
 * @param marginRatio               maintenance / equity of the whole account (display; health is per group)
 * @param freeCollateral            cross equity - cross IM (negative: under initial margin)
 * @param maxWithdrawable           the largest USD value (raw, before haircut) that can leave the cross pool in any
 *                                  single asset keeping cross equity {@code >=} cross IM
 * @param leverage                  total notional / equity; see {@link com.solvent.model.engine.MarginEngine} for equity {@code <= 0}
 * @param health                    worst health over the margin groups
 * @param uniformMoveToLiquidation  the market-wide move that liquidates the first group
 * @param uncertain                 true when any price used is not FRESH (health is then never silently SAFE)
 * @param uncertainty               reasons, e.g. {@code "ETH price STALE"}
 * @param groups                    the cross pool first, then one group per isolated position
 * @param collateral                cross-pool balances
 * @param positions                 positions in account order
 * @param equityExplained           terms: each collateral's weighted value, each cross uPnL, each isolated group's equity
 * @param initialExplained          terms: each position's IM
 * @param maintenanceExplained      terms: each position's MM
 * @param optionMargin              the option book's value and requirements over all groups (already inside the
 *                                  figures above; {@link OptionMargin#none} without options)
 */
public record AccountRisk(String accountId, double equity, double initialRequirement, double maintenanceRequirement,
                          double marginRatio, double freeCollateral, double maxWithdrawable, double leverage,
                          HealthState health, UniformMove uniformMoveToLiquidation, boolean uncertain,
                          List<String> uncertainty, List<GroupRisk> groups, List<CollateralRisk> collateral,
                          List<PositionRisk> positions, Explanation equityExplained, Explanation initialExplained,
                          Explanation maintenanceExplained, OptionMargin optionMargin) implements AccountResult {
    public AccountRisk {
        Checks.required(accountId, "accountRisk.accountId");
        Checks.finite(equity, "account", accountId, "equity");
        Checks.nonNegative(initialRequirement, "account", accountId, "initialRequirement");
        Checks.nonNegative(maintenanceRequirement, "account", accountId, "maintenanceRequirement");
        Checks.nonNegative(marginRatio, "account", accountId, "marginRatio");
        Checks.finite(freeCollateral, "account", accountId, "freeCollateral");
        Checks.nonNegative(maxWithdrawable, "account", accountId, "maxWithdrawable");
        Checks.nonNegative(leverage, "account", accountId, "leverage");
        Checks.required(health, "account", accountId, "health");
        Checks.required(uniformMoveToLiquidation, "account", accountId, "uniformMoveToLiquidation");
        uncertainty = List.copyOf(Checks.required(uncertainty, "account", accountId, "uncertainty"));
        groups = List.copyOf(Checks.required(groups, "account", accountId, "groups"));
        collateral = List.copyOf(Checks.required(collateral, "account", accountId, "collateral"));
        positions = List.copyOf(Checks.required(positions, "account", accountId, "positions"));
        Checks.required(equityExplained, "account", accountId, "equityExplained");
        Checks.required(initialExplained, "account", accountId, "initialExplained");
        Checks.required(maintenanceExplained, "account", accountId, "maintenanceExplained");
        Checks.required(optionMargin, "account", accountId, "optionMargin");
    }

    /** An account without options. */
    public AccountRisk(String accountId, double equity, double initialRequirement, double maintenanceRequirement,
                       double marginRatio, double freeCollateral, double maxWithdrawable, double leverage,
                       HealthState health, UniformMove uniformMoveToLiquidation, boolean uncertain,
                       List<String> uncertainty, List<GroupRisk> groups, List<CollateralRisk> collateral,
                       List<PositionRisk> positions, Explanation equityExplained, Explanation initialExplained,
                       Explanation maintenanceExplained) {
        this(accountId, equity, initialRequirement, maintenanceRequirement, marginRatio, freeCollateral,
                maxWithdrawable, leverage, health, uniformMoveToLiquidation, uncertain, uncertainty, groups, collateral,
                positions, equityExplained, initialExplained, maintenanceExplained, OptionMargin.none("none"));
    }

    /**
     * Net Greeks per underlying symbol: the sum of every position's {@link PositionRisk#greeks()} on it
     * (perps and futures: delta = size; settled futures and expired options: 0), sorted by symbol.
     */
    public Map<String, Greeks> greeksByUnderlying() {
        Map<String, Greeks> out = new TreeMap<>();
        for (PositionRisk p : positions) {
            out.merge(p.underlying(), p.greeks(), Greeks::plus);
        }
        return out;
    }

    /**
     * The sum of every position's Greeks. Vega (USD per vol point) and theta (USD per day) add up across
     * underlyings; delta and gamma are in units of each underlying, so only {@link #greeksByUnderlying()}
     * gives them meaning when the account holds more than one underlying.
     */
    public Greeks greeks() {
        Greeks sum = Greeks.ZERO;
        for (PositionRisk p : positions) {
            sum = sum.plus(p.greeks());
        }
        return sum;
    }

    /** The cross pool's group. */
    public GroupRisk cross() {
        return groups.getFirst();
    }

    /** The position with this id, or null. */
    public PositionRisk position(String positionId) {
        for (PositionRisk p : positions) {
            if (p.positionId().equals(positionId)) {
                return p;
            }
        }
        return null;
    }
}
