package com.solvent.bench.core;

import com.solvent.model.account.Account;
import com.solvent.model.account.CollateralBalance;
import com.solvent.model.account.Position;
import com.solvent.model.book.Book;
import com.solvent.model.market.MaintenanceTier;
import com.solvent.model.market.Market;
import com.solvent.model.market.Perpetual;
import com.solvent.model.policy.CollateralAsset;
import com.solvent.model.policy.LiquidationRules;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.AssetPrice;
import com.solvent.model.price.PriceSet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic venue for benchmarks: 10 perpetual markets with 2 to 4 margin tiers,
 * four collateral assets with haircuts, and accounts of cross positions whose market popularity
 * falls off like 1/rank (BTC held most, the tenth market least), notionals log-uniform from 100 USD
 * to 20 M USD (so the upper tiers are used) and leverage from 1x to about 40x (so every health
 * state occurs).
 */
public final class SyntheticBook {
    /** Underlyings by popularity, with a reference mark (USD) and their tier count. */
    static final String[] UNDERLYINGS = {"BTC", "ETH", "SOL", "XRP", "DOGE", "AVAX", "LINK", "ARB", "OP", "SUI"};
    static final double[] MARKS = {95_000, 3_400, 180, 2.2, 0.35, 38, 22, 0.9, 1.9, 3.5};
    private static final int[] TIER_COUNTS = {4, 4, 3, 3, 2, 3, 2, 2, 2, 3};
    static final Instant AS_OF = Instant.parse("2026-11-25T00:00:00Z");

    private SyntheticBook() {
    }

    public static MarginPolicy policy() {
        List<Market> markets = new ArrayList<>();
        double[] floors = {0, 1_000_000, 5_000_000, 20_000_000};
        double[] leverage = {50, 25, 10, 5};
        double[] mmf = {0.01, 0.02, 0.05, 0.10};
        for (int m = 0; m < UNDERLYINGS.length; m++) {
            List<MaintenanceTier> tiers = new ArrayList<>();
            for (int t = 0; t < TIER_COUNTS[m]; t++) {
                tiers.add(new MaintenanceTier(floors[t], leverage[t], mmf[t]));
            }
            markets.add(new Market(UNDERLYINGS[m] + "-PERP", UNDERLYINGS[m], new Perpetual(), tiers));
        }
        List<CollateralAsset> collateral = List.of(CollateralAsset.fullValue("USDC"),
                new CollateralAsset("BTC", 0.95, 1.05), new CollateralAsset("ETH", 0.9, 1.1),
                new CollateralAsset("SOL", 0.8, 1.25));
        return MarginPolicy.of("synthetic", "benchmark generator", markets, collateral,
                new LiquidationRules(0.01, 0.5, false, 0.5, 0.25), 0.8, "USDC");
    }

    /** Fresh marks at the reference levels times {@code scale}. */
    public static PriceSet prices(double scale) {
        Map<String, AssetPrice> prices = new HashMap<>();
        for (int m = 0; m < UNDERLYINGS.length; m++) {
            prices.put(UNDERLYINGS[m], AssetPrice.fresh(MARKS[m] * scale, 0.04, AS_OF));
        }
        prices.put("USDC", AssetPrice.fresh(1.0, 0.0, AS_OF));
        return new PriceSet(prices, AS_OF);
    }

    /** Account {@code i} of the stream for {@code seed}: the same inputs give the same account. */
    public static Account account(SplittableRandom random, int i, int positionsPerAccount) {
        List<Position> positions = new ArrayList<>(positionsPerAccount);
        boolean[] used = new boolean[UNDERLYINGS.length];
        double gross = 0;
        for (int k = 0; k < positionsPerAccount && k < UNDERLYINGS.length; k++) {
            int m;
            do {
                m = popularMarket(random);
            } while (used[m]);
            used[m] = true;
            double notional = Math.exp(Math.log(100) + random.nextDouble() * (Math.log(20_000_000) - Math.log(100)));
            double entry = MARKS[m] * (0.9 + 0.2 * random.nextDouble());
            double size = (random.nextBoolean() ? 1 : -1) * notional / MARKS[m];
            positions.add(Position.cross("p" + k, UNDERLYINGS[m] + "-PERP", size, entry));
            gross += notional;
        }
        double leverage = Math.exp(random.nextDouble() * Math.log(40));
        double equityUsd = gross / leverage;
        List<CollateralBalance> collateral = new ArrayList<>(2);
        double r = random.nextDouble();
        if (r < 0.6) {
            collateral.add(new CollateralBalance("USDC", equityUsd));
        } else {
            String asset = r < 0.75 ? "BTC" : r < 0.9 ? "ETH" : "SOL";
            int m = asset.equals("BTC") ? 0 : asset.equals("ETH") ? 1 : 2;
            collateral.add(new CollateralBalance("USDC", equityUsd / 2));
            collateral.add(new CollateralBalance(asset, equityUsd / 2 / MARKS[m]));
        }
        return new Account("acct-" + i, collateral, positions);
    }

    /** Market index with probability proportional to 1 / (index + 1). */
    private static int popularMarket(SplittableRandom random) {
        double total = 0;
        for (int m = 0; m < UNDERLYINGS.length; m++) {
            total += 1.0 / (m + 1);
        }
        double u = random.nextDouble() * total;
        for (int m = 0; m < UNDERLYINGS.length; m++) {
            u -= 1.0 / (m + 1);
            if (u < 0) {
                return m;
            }
        }
        return UNDERLYINGS.length - 1;
    }

    /** A book of {@code accounts} accounts, streamed into the builder so the records never coexist. */
    public static Book book(int accounts, int positionsPerAccount, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Book.Builder builder = Book.builder(policy());
        for (int i = 0; i < accounts; i++) {
            builder.add(account(random, i, positionsPerAccount));
        }
        return builder.build();
    }

    /** The same accounts as {@link #book} as records (for the record engine). */
    public static List<Account> accounts(int accounts, int positionsPerAccount, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Account> list = new ArrayList<>(accounts);
        for (int i = 0; i < accounts; i++) {
            list.add(account(random, i, positionsPerAccount));
        }
        return list;
    }
}
