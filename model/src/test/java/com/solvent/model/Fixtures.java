package com.solvent.model;

import com.solvent.model.account.Account;
import com.solvent.model.account.CollateralBalance;
import com.solvent.model.account.Position;
import com.solvent.model.market.MaintenanceTier;
import com.solvent.model.market.Market;
import com.solvent.model.market.Perpetual;
import com.solvent.model.policy.CollateralAsset;
import com.solvent.model.policy.LiquidationRules;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.AssetPrice;
import com.solvent.model.price.PriceSet;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Small builders shared by the model's tests. */
public final class Fixtures {
    public static final Instant NOW = Instant.parse("2026-11-25T00:00:00Z");
    public static final LiquidationRules NO_PENALTY = new LiquidationRules(0.0, 0.5, false, 0.5, 0.25);

    private Fixtures() {
    }

    /** A policy with USDC (weight 1) as the only collateral and the given markets. */
    public static MarginPolicy usdcPolicy(Market... markets) {
        return MarginPolicy.of("test", "test fixture", List.of(markets), List.of(CollateralAsset.fullValue("USDC")),
                NO_PENALTY, 0.8, "USDC");
    }

    /** A perpetual with one flat bracket. */
    public static Market perp(String underlying, double maxLeverage, double mmf) {
        return Market.flat(underlying + "-PERP", underlying, new Perpetual(), maxLeverage, mmf);
    }

    /** A perpetual with the given brackets. */
    public static Market tieredPerp(String underlying, MaintenanceTier... tiers) {
        return new Market(underlying + "-PERP", underlying, new Perpetual(), List.of(tiers));
    }

    /** Fresh prices {@code symbol, price, symbol, price, ...}, daily vol 4%, USDC at 1. */
    public static PriceSet prices(Object... symbolPrice) {
        Map<String, AssetPrice> map = new HashMap<>();
        map.put("USDC", AssetPrice.fresh(1.0, 0.0, NOW));
        for (int i = 0; i < symbolPrice.length; i += 2) {
            map.put((String) symbolPrice[i], AssetPrice.fresh(((Number) symbolPrice[i + 1]).doubleValue(), 0.04, NOW));
        }
        return new PriceSet(map, NOW);
    }

    public static Account account(String id, double usdc, Position... positions) {
        return new Account(id, usdc == 0 ? List.of() : List.of(new CollateralBalance("USDC", usdc)), List.of(positions));
    }
}
