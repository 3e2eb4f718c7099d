package com.solvent.model.lending;

import java.util.Optional;

/**
 * Liquidation of a lending account: the price that triggers it and what one call repays and seizes.
 */
public final class LendingLiquidation {
    private LendingLiquidation() {
    }

    /**
     * The price of {@code asset} at which the health factor equals 1, others held. Closed form:
     * with {@code a} units supplied as collateral at threshold {@code LT}, {@code d} units owed, and
     * {@code C, D} the threshold-weighted collateral and the debt of every other reserve,
     * {@code C + a·p·LT = D + d·p} gives {@code p = (D − C) / (a·LT − d)}. Empty when the account
     * owes nothing, when the asset does not move the health factor, or when no positive price
     * reaches 1 (the account stays safe, or stays liquidatable, whatever the asset's price).
     */
    public static Optional<LendingLiquidationPrice> liquidationPrice(LendingAccount account, String asset) {
        EModeCategory eMode = account.eMode();
        double otherCollateral = 0;
        double assetCollateralUnits = 0;
        for (SupplyPosition s : account.supplies()) {
            if (!s.countsAsCollateral()) {
                continue;
            }
            double threshold = s.reserve().liquidationThreshold(eMode);
            if (s.reserve().asset().equals(asset)) {
                assetCollateralUnits = s.amount() * threshold;
            } else {
                otherCollateral += s.value() * threshold;
            }
        }
        double otherDebt = 0;
        double assetDebtUnits = 0;
        for (DebtPosition d : account.debts()) {
            if (d.reserve().asset().equals(asset)) {
                assetDebtUnits = d.amount();
            } else {
                otherDebt += d.value();
            }
        }
        if (otherDebt + assetDebtUnits == 0) {
            return Optional.empty();
        }
        double netUnits = assetCollateralUnits - assetDebtUnits;
        if (netUnits == 0) {
            return Optional.empty();
        }
        double price = (otherDebt - otherCollateral) / netUnits;
        if (!(price > 0) || !Double.isFinite(price)) {
            return Optional.empty();
        }
        return Optional.of(new LendingLiquidationPrice(asset, price, netUnits > 0));
    }

    /**
     * What a liquidator repaying as much of {@code debtAsset} as allowed receives in
     * {@code collateralAsset}, or a refusal naming why the Pool would revert. Follows
     * LiquidationLogic: repay {@code closeFactor · debt}; seize {@code repaid · debtPrice / collateralPrice · (1 + bonus)};
     * when that exceeds the collateral, seize all of it and repay {@code collateral · collateralPrice / (debtPrice · (1 + bonus))};
     * the protocol takes {@code fee · (seized − seized / (1 + bonus))}.
     */
    public static WhatIf<LiquidationQuote> quote(LendingAccount account, CloseFactorRule rule,
                                                 String collateralAsset, String debtAsset) {
        LendingRisk risk = LendingRisk.of(account);
        if (!risk.liquidatable()) {
            return WhatIf.refused("health factor is not below 1: account " + account.id() + " cannot be liquidated");
        }
        Optional<SupplyPosition> collateral = account.supply(collateralAsset);
        if (collateral.isEmpty() || !collateral.get().countsAsCollateral()) {
            return WhatIf.refused(collateralAsset + " is not collateral of account " + account.id());
        }
        Optional<DebtPosition> debt = account.debt(debtAsset);
        if (debt.isEmpty()) {
            return WhatIf.refused("account " + account.id() + " owes no " + debtAsset);
        }
        SupplyPosition c = collateral.get();
        DebtPosition d = debt.get();
        double closeFactor = rule.closeFactor(risk.healthFactor().getAsDouble(), c.value(), d.value());
        double bonus = c.reserve().liquidationBonus(account.eMode());
        double repaid = d.amount() * closeFactor;
        double seized = repaid * d.reserve().price() / c.reserve().price() * (1 + bonus);
        if (seized > c.amount()) {
            seized = c.amount();
            repaid = seized * c.reserve().price() / (d.reserve().price() * (1 + bonus));
        }
        double fee = c.reserve().liquidationProtocolFee() * (seized - seized / (1 + bonus));
        return WhatIf.accepted(new LiquidationQuote(debtAsset, collateralAsset, closeFactor, repaid, seized, fee, seized - fee));
    }
}
