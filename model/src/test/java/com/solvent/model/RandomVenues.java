package com.solvent.model;

import com.solvent.model.account.Account;
import com.solvent.model.account.CollateralBalance;
import com.solvent.model.account.MarginMode;
import com.solvent.model.account.Position;
import com.solvent.model.market.DatedFuture;
import com.solvent.model.market.MaintenanceTier;
import com.solvent.model.market.Market;
import com.solvent.model.market.Perpetual;
import com.solvent.model.option.OptionContract;
import com.solvent.model.option.OptionPosition;
import com.solvent.model.option.VolSurface;
import com.solvent.model.option.margin.StandardOptionMargin;
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
 * Seeded random venues for the columnar-versus-record differential tests of the stress, cascade and
 * liquidation-map paths: tiered perpetual markets (1 to 6 tiers), sometimes a dated future, haircut
 * collateral (WETH priced by ETH, BTC) with borrows of the settlement asset, random liquidation
 * rules (partial or full, dynamic penalty or not), accrued funding, and accounts the book routes to
 * the record engine (isolated positions, futures, option writers, unknown markets). Accounts are
 * levered so that the usual shocks liquidate a good share and leave bad debt for auto-deleveraging;
 * opposite sides of every market are held by several accounts.
 */
public final class RandomVenues {
    public static final Instant NOW = Instant.parse("2026-11-25T00:00:00Z");
    private static final String[] UNDERLYINGS = {"BTC", "ETH", "SOL", "DOGE"};
    private static final double[] BASE = {60_000, 3_000, 150, 0.2};
    private static final double[] LEVERAGES = {100, 50, 40, 25, 20, 10, 5, 3, 2};

    public final MarginPolicy policy;
    public final List<Account> accounts = new ArrayList<>();
    public final PriceSet prices;
    private final SplittableRandom random;
    private final List<Market> markets = new ArrayList<>();

    /** A venue of {@code accountCount} accounts from {@code seed}; {@code routed} allows accounts the columns do not hold. */
    public RandomVenues(long seed, int accountCount, boolean routed) {
        random = new SplittableRandom(seed);
        policy = policy();
        prices = prices();
        for (int i = 0; i < accountCount; i++) {
            accounts.add(account(i, routed));
        }
    }

    public List<String> underlyings() {
        List<String> u = new ArrayList<>();
        for (Market m : markets) {
            if (!u.contains(m.underlying())) {
                u.add(m.underlying());
            }
        }
        return u;
    }

    private MarginPolicy policy() {
        int count = 2 + random.nextInt(UNDERLYINGS.length - 1);
        for (int m = 0; m < count; m++) {
            List<MaintenanceTier> tiers = new ArrayList<>();
            int tierCount = 1 + random.nextInt(6);
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
            markets.add(new Market(UNDERLYINGS[m] + "-PERP", UNDERLYINGS[m], new Perpetual(), tiers));
        }
        markets.add(new Market("ETH-DEC", "ETH", new DatedFuture(NOW.plus(Duration.ofDays(30))),
                List.of(new MaintenanceTier(0, 20, 0.03))));
        List<CollateralAsset> collateral = List.of(CollateralAsset.fullValue("USDC"),
                new CollateralAsset("WETH", 0.9, 1.1, "ETH"), new CollateralAsset("BTC", 0.95, 1.05));
        double target = random.nextInt(4) == 0 ? 0.0 : 0.3 + 0.6 * random.nextDouble();
        LiquidationRules rules = new LiquidationRules(0.03 * random.nextDouble(), random.nextDouble(),
                random.nextBoolean(), target, random.nextBoolean() ? 1.0 : 0.1 + 0.6 * random.nextDouble());
        return MarginPolicy.of("random", "differential test", markets, collateral, rules,
                0.5 + 0.4 * random.nextDouble(), "USDC").withOptionMargin(StandardOptionMargin.derive());
    }

    private PriceSet prices() {
        Map<String, AssetPrice> map = new HashMap<>();
        map.put("USDC", AssetPrice.fresh(1.0, 0.0, NOW));
        for (int s = 0; s < UNDERLYINGS.length; s++) {
            map.put(UNDERLYINGS[s], AssetPrice.fresh(BASE[s], 0.04, NOW));
        }
        return new PriceSet(map, NOW, Map.of("ETH", VolSurface.flat("ETH", 0.6)), 0.0);
    }

    /** A mark of every underlying moved by a factor in [0.6, 1.4], one in eight not FRESH. */
    public PriceSet randomPrices() {
        PriceSet p = prices;
        for (String u : UNDERLYINGS) {
            double mark = p.get(u).orElseThrow().mark() * (0.6 + 0.8 * random.nextDouble());
            Freshness f = random.nextInt(8) == 0 ? Freshness.STALE : Freshness.FRESH;
            p = p.with(u, new AssetPrice(mark, mark, 0.04, NOW, f));
        }
        return p;
    }

    private Account account(int i, boolean routed) {
        List<Position> positions = new ArrayList<>();
        int count = random.nextInt(5);
        double gross = 0;
        for (int k = 0; k < count; k++) {
            Market market = markets.get(random.nextInt(markets.size()));
            boolean future = market.instrument() instanceof DatedFuture;
            if (future && !routed) {
                market = markets.getFirst();
                future = false;
            }
            double mark = prices.get(market.underlying()).orElseThrow().mark();
            double notional = Math.exp(Math.log(100) + random.nextDouble() * Math.log(1e6));
            double size = (random.nextBoolean() ? 1 : -1) * notional / mark;
            double entry = mark * (0.85 + 0.3 * random.nextDouble());
            double funding = random.nextInt(4) == 0 ? (random.nextDouble() - 0.5) * notional * 0.01 : 0.0;
            boolean isolated = routed && random.nextInt(15) == 0;
            String marketId = routed && random.nextInt(60) == 0 ? "XYZ-PERP" : market.id();
            positions.add(new Position("p" + k, marketId, size, entry, funding,
                    isolated ? MarginMode.ISOLATED : MarginMode.CROSS, isolated ? notional * 0.05 : 0.0));
            gross += notional;
        }
        double leverage = Math.exp(random.nextDouble() * Math.log(60));
        double equity = Math.max(10, gross / leverage);
        List<CollateralBalance> collateral = new ArrayList<>();
        double r = random.nextDouble();
        if (r < 0.55) {
            collateral.add(new CollateralBalance("USDC", equity));
        } else if (r < 0.75) {
            collateral.add(new CollateralBalance("USDC", -equity * 0.3));
            collateral.add(new CollateralBalance("WETH", equity * 1.3 / 0.9 / 3_000));
        } else if (r < 0.9) {
            collateral.add(new CollateralBalance("BTC", equity / 0.95 / 60_000));
            collateral.add(new CollateralBalance("USDC", equity * 0.2));
        } else {
            collateral.add(new CollateralBalance("WETH", equity / 0.9 / 3_000));
        }
        List<OptionPosition> options = new ArrayList<>();
        if (routed && random.nextInt(25) == 0) {
            options.add(new OptionPosition("o", OptionContract.put("ETH", 2_700, NOW.plus(Duration.ofDays(30))),
                    -(1 + random.nextInt(20)), 60));
        }
        return new Account("acc" + String.format("%03d", i), collateral, positions, options);
    }
}
