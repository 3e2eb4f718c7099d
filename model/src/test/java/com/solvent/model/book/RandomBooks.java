package com.solvent.model.book;

import com.solvent.model.account.Account;
import com.solvent.model.account.CollateralBalance;
import com.solvent.model.account.MarginMode;
import com.solvent.model.account.Position;
import com.solvent.model.market.DatedFuture;
import com.solvent.model.market.MaintenanceTier;
import com.solvent.model.market.Market;
import com.solvent.model.market.Perpetual;
import com.solvent.model.policy.CollateralAsset;
import com.solvent.model.policy.LiquidationRules;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.AssetPrice;
import com.solvent.model.price.Freshness;
import com.solvent.model.price.PriceSet;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Random but reproducible venues, accounts and prices for the differential tests: tiered markets
 * of 1 to 6 tiers (both tier-lookup paths of {@link TierTable}), haircut collateral including one
 * priced under another symbol (WETH by ETH) and borrows, accrued funding, stale prices, and a few
 * accounts that the book must route to the record engine (isolated positions, dated futures,
 * unknown markets or collateral).
 */
final class RandomBooks {
    static final Instant NOW = Instant.parse("2026-11-25T00:00:00Z");
    private static final String[] UNDERLYINGS = {"BTC", "ETH", "SOL", "DOGE", "ARB"};
    private static final double[] BASE = {60_000, 3_000, 150, 0.2, 1.1};
    private static final double[] LEVERAGES = {100, 50, 40, 25, 20, 10, 5, 3, 2};

    final SplittableRandom random;
    final MarginPolicy policy;
    final List<Account> accounts = new ArrayList<>();
    PriceSet prices;

    RandomBooks(long seed, int accountCount) {
        random = new SplittableRandom(seed);
        policy = policy();
        for (int i = 0; i < accountCount; i++) {
            accounts.add(account(i));
        }
        prices = prices();
    }

    List<String> underlyings() {
        return List.of(UNDERLYINGS);
    }

    private MarginPolicy policy() {
        List<Market> markets = new ArrayList<>();
        int count = 1 + random.nextInt(UNDERLYINGS.length);
        int maxTiers = random.nextBoolean() ? 4 : 6;
        for (int m = 0; m < count; m++) {
            List<MaintenanceTier> tiers = new ArrayList<>();
            int tierCount = 1 + random.nextInt(maxTiers);
            double floor = 0;
            int lev = random.nextInt(3);
            double mmf = 0;
            for (int t = 0; t < tierCount && lev < LEVERAGES.length; t++) {
                double initial = 1.0 / LEVERAGES[lev];
                mmf = Math.max(mmf, initial * (0.3 + 0.4 * random.nextDouble()));
                tiers.add(new MaintenanceTier(floor, LEVERAGES[lev], mmf));
                floor += Math.exp(Math.log(1e4) + random.nextDouble() * Math.log(1e3));
                lev += 1 + random.nextInt(2);
            }
            boolean dated = random.nextInt(10) == 0;
            String id = UNDERLYINGS[m] + (dated ? "-DEC" : "-PERP");
            markets.add(new Market(id, UNDERLYINGS[m],
                    dated ? new DatedFuture(NOW.plus(Duration.ofDays(30))) : new Perpetual(), tiers));
        }
        List<CollateralAsset> collateral = List.of(CollateralAsset.fullValue("USDC"),
                new CollateralAsset("WETH", 0.9, 1.1, "ETH"), new CollateralAsset("BTC", 0.95, 1.05));
        return MarginPolicy.of("random", "differential test", markets, collateral,
                new LiquidationRules(0.01, 0.5, false, 0.5, 0.25), 0.5 + 0.4 * random.nextDouble(), "USDC");
    }

    private Account account(int i) {
        List<Market> markets = new ArrayList<>(policy.markets().values());
        markets.sort((a, b) -> a.id().compareTo(b.id()));
        List<Position> positions = new ArrayList<>();
        int count = random.nextInt(7);
        for (int k = 0; k < count; k++) {
            Market market = markets.get(random.nextInt(markets.size()));
            String marketId = random.nextInt(40) == 0 ? "XYZ-PERP" : market.id();
            double mark = BASE[List.of(UNDERLYINGS).indexOf(market.underlying())];
            double notional = Math.exp(random.nextDouble() * Math.log(1e8));
            double size = (random.nextBoolean() ? 1 : -1) * notional / mark;
            double entry = mark * (0.5 + random.nextDouble());
            double funding = random.nextInt(5) == 0 ? (random.nextDouble() - 0.5) * notional * 0.01 : 0.0;
            boolean isolated = random.nextInt(20) == 0;
            positions.add(new Position("p" + k, marketId, size, entry, funding,
                    isolated ? MarginMode.ISOLATED : MarginMode.CROSS, isolated ? notional * 0.1 : 0.0));
        }
        List<CollateralBalance> collateral = new ArrayList<>();
        double usdc = (random.nextDouble() - 0.1) * Math.exp(random.nextDouble() * Math.log(1e7));
        if (usdc != 0 && random.nextInt(10) > 0) {
            collateral.add(new CollateralBalance("USDC", usdc));
        }
        if (random.nextInt(4) == 0) {
            collateral.add(new CollateralBalance("WETH", (random.nextDouble() - 0.2) * 100));
        }
        if (random.nextInt(5) == 0) {
            collateral.add(new CollateralBalance("BTC", random.nextDouble() * 10));
        }
        if (random.nextInt(50) == 0) {
            collateral.add(new CollateralBalance("FOO", 1_000));
        }
        return new Account("a" + i, collateral, positions);
    }

    private PriceSet prices() {
        Map<String, AssetPrice> map = new HashMap<>();
        map.put("USDC", AssetPrice.fresh(1.0, 0.0, NOW));
        for (int s = 0; s < UNDERLYINGS.length; s++) {
            if (random.nextInt(30) == 0) {
                continue; // a missing price: its holders fail
            }
            map.put(UNDERLYINGS[s], price(BASE[s]));
        }
        return new PriceSet(map, NOW);
    }

    /** A price within +-30% of {@code base}, not FRESH one time in six. */
    AssetPrice price(double base) {
        double mark = base * (0.7 + 0.6 * random.nextDouble());
        Freshness freshness = random.nextInt(6) == 0 ? Freshness.STALE : Freshness.FRESH;
        return new AssetPrice(mark, mark, 0.04, NOW, freshness);
    }

    AssetPrice randomPrice(String underlying) {
        return price(BASE[List.of(UNDERLYINGS).indexOf(underlying)]);
    }
}
