package com.solvent.model.scenario;

import com.solvent.model.account.Account;
import com.solvent.model.account.CollateralBalance;
import com.solvent.model.account.Position;
import com.solvent.model.option.OptionContract;
import com.solvent.model.option.OptionPosition;
import com.solvent.model.option.VolSurface;
import com.solvent.model.option.margin.StandardOptionMargin;
import com.solvent.model.policy.VenuePresets;
import com.solvent.model.price.AssetPrice;
import com.solvent.model.price.PriceSet;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** Shared inputs of the scenario tests: the reference venue, ETH 2000, BTC 90,000. */
final class ScenarioFixtures {
    static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
    static final Instant IN_30D = NOW.plus(30, ChronoUnit.DAYS);
    static final double ETH = 2000.0;
    static final double BTC = 90_000.0;
    static final VenueRules RULES = new VenueRules(VenuePresets.reference(), StandardOptionMargin.derive());
    static final PriceSet PRICES = new PriceSet(Map.of(
            "USDC", AssetPrice.fresh(1.0, 0.0, NOW),
            "ETH", AssetPrice.fresh(ETH, 0.04, NOW),
            "BTC", AssetPrice.fresh(BTC, 0.03, NOW)), NOW);
    static final MarketState MARKET = MarketState.of(PRICES, Map.of(
            "ETH", VolSurface.flat("ETH", 0.65), "BTC", VolSurface.flat("BTC", 0.5)));

    private ScenarioFixtures() {
    }

    static Account account(double usdc, Position... positions) {
        return new Account("0xabc", List.of(new CollateralBalance("USDC", usdc)), List.of(positions));
    }

    /** 10,000 USDC, long 5 ETH-PERP at 1900, short 10 ETH 1800 puts and long 4 ETH 2400 calls (30 days). */
    static Portfolio optionBook() {
        return new Portfolio(account(10_000, Position.cross("eth-perp", "ETH-PERP", 5, 1900)), List.of(
                new OptionPosition("eth-put", OptionContract.put("ETH", 1800, IN_30D), -10, 60),
                new OptionPosition("eth-call", OptionContract.call("ETH", 2400, IN_30D), 4, 40)));
    }
}
