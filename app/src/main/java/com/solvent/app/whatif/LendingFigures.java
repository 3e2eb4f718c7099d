package com.solvent.app.whatif;

import com.solvent.app.session.LendingRiskMapping;
import com.solvent.model.lending.LendingAccount;
import com.solvent.model.lending.LendingLiquidation;
import com.solvent.model.lending.LendingRisk;
import com.solvent.model.lending.SupplyPosition;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The figures the desk compares for a lending account, in the watchlist's terms (see
 * {@link LendingRiskMapping}). USD unless said otherwise; immutable, built off the FX thread.
 *
 * @param healthFactor       Aave's health factor; empty when nothing is owed (Aave reports it as infinite)
 * @param equity             collateral − debt, USD
 * @param availableBorrows   borrowing power − debt, floored at 0 (Aave's available borrows), USD
 * @param marginRatio        1 / health factor, as the watchlist shows it (0 with no debt)
 * @param liquidationPrices  per collateral asset, the price at which the health factor reaches 1, others held
 *                           (absent when no price of that asset alone gets there)
 */
public record LendingFigures(OptionalDouble healthFactor, double equity, double availableBorrows, double marginRatio,
                             Map<String, Double> liquidationPrices) {
    public LendingFigures {
        liquidationPrices = Map.copyOf(liquidationPrices);
    }

    public static LendingFigures of(LendingAccount account) {
        LendingRisk risk = LendingRisk.of(account);
        Map<String, Double> prices = new LinkedHashMap<>();
        for (SupplyPosition s : account.supplies()) {
            if (s.countsAsCollateral()) {
                String asset = s.reserve().asset();
                LendingLiquidation.liquidationPrice(account, asset).ifPresent(p -> prices.put(asset, p.price()));
            }
        }
        return new LendingFigures(risk.healthFactor(), risk.totalCollateral() - risk.totalDebt(),
                risk.availableBorrows(), LendingRiskMapping.marginRatio(risk), prices);
    }
}
