package com.solvent.model.policy;

import com.solvent.model.Checks;
import com.solvent.model.market.Market;
import com.solvent.model.option.margin.OptionMarginModel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A venue's margin rules as data: its markets with their tiers, how each collateral asset is
 * weighted, the liquidation rules and the warning level. Presets live in {@link VenuePresets}.
 *
 * @param name          preset name, e.g. {@code "reference"}
 * @param source        where the parameters come from (URL or document), shown to users
 * @param markets       markets by id
 * @param collateral    accepted collateral assets by symbol; a balance in an unlisted asset makes the
 *                      account unevaluable (the engine reports it as a failure)
 * @param liquidation   liquidation mechanics
 * @param warningLevel  margin ratio at and above which an account is WARNING, in (0, 1) (e.g. 0.8)
 * @param settlementAsset the collateral asset PnL, penalties and isolated margin settle in (e.g. {@code "USDC"});
 *                        must be listed in {@code collateral}
 * @param optionMargin    how the venue margins option positions (standard or portfolio), or {@code null} for a
 *                        venue that lists no options: an account holding options is then an AccountFailure
 */
public record MarginPolicy(String name, String source, Map<String, Market> markets,
                           Map<String, CollateralAsset> collateral, LiquidationRules liquidation,
                           double warningLevel, String settlementAsset, OptionMarginModel optionMargin) {
    public MarginPolicy {
        Checks.nonBlank(name, "policy.name");
        Checks.required(source, "policy.source");
        markets = Map.copyOf(Checks.required(markets, "policy.markets"));
        collateral = Map.copyOf(Checks.required(collateral, "policy.collateral"));
        Checks.required(liquidation, "policy.liquidation");
        Checks.within(warningLevel, 0.0, 1.0, "policy.warningLevel");
        Checks.nonBlank(settlementAsset, "policy.settlementAsset");
        if (!collateral.containsKey(settlementAsset)) {
            throw new IllegalArgumentException("policy.settlementAsset " + settlementAsset + " is not a listed collateral asset");
        }
        markets.forEach((k, m) -> {
            if (!k.equals(m.id())) {
                throw new IllegalArgumentException("policy.markets key " + k + " differs from market id " + m.id());
            }
        });
    }

    /** A policy for a venue without options. */
    public MarginPolicy(String name, String source, Map<String, Market> markets,
                        Map<String, CollateralAsset> collateral, LiquidationRules liquidation,
                        double warningLevel, String settlementAsset) {
        this(name, source, markets, collateral, liquidation, warningLevel, settlementAsset, null);
    }

    /** Builds the maps from lists. */
    public static MarginPolicy of(String name, String source, List<Market> markets, List<CollateralAsset> collateral,
                                  LiquidationRules liquidation, double warningLevel, String settlementAsset) {
        Map<String, Market> marketsById = new HashMap<>();
        for (Market m : markets) {
            if (marketsById.put(m.id(), m) != null) {
                throw new IllegalArgumentException("policy " + name + ": duplicated market id " + m.id());
            }
        }
        Map<String, CollateralAsset> collateralBySymbol = new HashMap<>();
        for (CollateralAsset a : collateral) {
            if (collateralBySymbol.put(a.symbol(), a) != null) {
                throw new IllegalArgumentException("policy " + name + ": duplicated collateral asset " + a.symbol());
            }
        }
        return new MarginPolicy(name, source, marketsById, collateralBySymbol, liquidation, warningLevel, settlementAsset);
    }

    /** The option margin model, empty for a venue without options. */
    public Optional<OptionMarginModel> optionMarginModel() {
        return Optional.ofNullable(optionMargin);
    }

    /** A copy margining options with {@code model} (null: no options). */
    public MarginPolicy withOptionMargin(OptionMarginModel model) {
        return new MarginPolicy(name, source, markets, collateral, liquidation, warningLevel, settlementAsset, model);
    }

    public Optional<Market> market(String id) {
        return Optional.ofNullable(markets.get(id));
    }

    public Optional<CollateralAsset> collateralAsset(String symbol) {
        return Optional.ofNullable(collateral.get(symbol));
    }

    public MarginPolicy withWarningLevel(double level) {
        return new MarginPolicy(name, source, markets, collateral, liquidation, level, settlementAsset, optionMargin);
    }
}
