package com.solvent.bench.scenario;

import com.solvent.model.account.Account;
import com.solvent.model.account.CollateralBalance;
import com.solvent.model.account.Position;
import com.solvent.model.option.OptionContract;
import com.solvent.model.option.OptionPosition;
import com.solvent.model.option.VolSmile;
import com.solvent.model.option.VolSurface;
import com.solvent.model.option.margin.StandardOptionMargin;
import com.solvent.model.policy.VenuePresets;
import com.solvent.model.price.AssetPrice;
import com.solvent.model.price.PriceSet;
import com.solvent.model.scenario.MarketState;
import com.solvent.model.scenario.Portfolio;
import com.solvent.model.scenario.VenueRules;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Seeded synthetic option accounts on the reference venue for the scenario benchmarks. */
final class OptionBooks {
    static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
    static final VenueRules RULES = new VenueRules(VenuePresets.reference(), StandardOptionMargin.derive());

    private OptionBooks() {
    }

    /** ETH 2000 and BTC 90,000 with a three-expiry smile each. */
    static MarketState market() {
        PriceSet prices = new PriceSet(Map.of(
                "USDC", AssetPrice.fresh(1.0, 0.0, NOW),
                "ETH", AssetPrice.fresh(2000, 0.04, NOW),
                "BTC", AssetPrice.fresh(90_000, 0.03, NOW)), NOW);
        return MarketState.of(prices, Map.of("ETH", surface("ETH", 2000), "BTC", surface("BTC", 90_000)));
    }

    private static VolSurface surface(String asset, double forward) {
        double[] strikes = {0.6 * forward, 0.8 * forward, forward, 1.2 * forward, 1.5 * forward};
        return new VolSurface(asset, List.of(
                VolSmile.ofStrikes(NOW.plus(7, ChronoUnit.DAYS), forward, strikes, new double[] {1.0, 0.8, 0.65, 0.7, 0.85}),
                VolSmile.ofStrikes(NOW.plus(30, ChronoUnit.DAYS), forward, strikes, new double[] {0.9, 0.72, 0.6, 0.64, 0.75}),
                VolSmile.ofStrikes(NOW.plus(90, ChronoUnit.DAYS), forward, strikes, new double[] {0.8, 0.66, 0.58, 0.6, 0.68})));
    }

    /** An account with {@code options} random ETH/BTC options, a perp on each and USDC collateral. */
    static Portfolio account(String id, int options, SplittableRandom random) {
        List<OptionPosition> book = new ArrayList<>(options);
        for (int i = 0; i < options; i++) {
            boolean eth = random.nextBoolean();
            String u = eth ? "ETH" : "BTC";
            double f = eth ? 2000 : 90_000;
            Instant expiry = NOW.plus(random.nextInt(2, 120), ChronoUnit.DAYS);
            double strike = Math.rint(f * Math.exp(random.nextDouble(-0.4, 0.4)));
            OptionContract c = random.nextBoolean() ? OptionContract.call(u, strike, expiry) : OptionContract.put(u, strike, expiry);
            double size = (random.nextBoolean() ? 1 : -1) * (eth ? random.nextDouble(1, 20) : random.nextDouble(0.05, 1));
            book.add(new OptionPosition(id + "-o" + i, c, size, 0));
        }
        Account account = new Account(id, List.of(new CollateralBalance("USDC", random.nextDouble(50_000, 500_000))),
                List.of(Position.cross(id + "-eth", "ETH-PERP", random.nextDouble(-20, 20), 2000),
                        Position.cross(id + "-btc", "BTC-PERP", random.nextDouble(-0.5, 0.5), 90_000)));
        return new Portfolio(account, book);
    }
}
