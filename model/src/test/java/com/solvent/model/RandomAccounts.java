package com.solvent.model;

import com.solvent.model.account.Account;
import com.solvent.model.account.CollateralBalance;
import com.solvent.model.account.Position;
import com.solvent.model.policy.VenuePresets;
import com.solvent.model.price.AssetPrice;
import com.solvent.model.price.Freshness;
import com.solvent.model.price.PriceSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** jqwik generators of accounts and prices on the reference venue. */
public final class RandomAccounts {
    private static final List<String> MARKETS = List.of("ETH-PERP", "BTC-PERP", VenuePresets.REFERENCE_FUTURE);

    private RandomAccounts() {
    }

    /** Prices of ETH and BTC over a wide range, sometimes stale, sometimes with zero volatility. */
    public static Arbitrary<PriceSet> prices() {
        Arbitrary<Double> eth = Arbitraries.doubles().between(50, 20_000);
        Arbitrary<Double> btc = Arbitraries.doubles().between(1_000, 300_000);
        Arbitrary<Double> vol = Arbitraries.of(0.0, 0.02, 0.05);
        Arbitrary<Freshness> freshness = Arbitraries.of(Freshness.FRESH, Freshness.FRESH, Freshness.STALE);
        Arbitrary<Instant> asOf = Arbitraries.of(Fixtures.NOW, VenuePresets.REFERENCE_FUTURE_EXPIRY.plusSeconds(60));
        return Combinators.combine(eth, btc, vol, freshness, asOf).as((e, b, v, f, t) -> new PriceSet(Map.of(
                "USDC", AssetPrice.fresh(1.0, 0.0, t),
                "ETH", new AssetPrice(e, e, v, t, f),
                "BTC", AssetPrice.fresh(b, 0.04, t)), t));
    }

    /** Accounts with up to three collateral balances and up to six positions, cross and isolated. */
    public static Arbitrary<Account> accounts() {
        Arbitrary<Double> usdc = Arbitraries.doubles().between(-5_000, 2_000_000);
        Arbitrary<Double> weth = Arbitraries.doubles().between(0, 500);
        Arbitrary<Double> wbtc = Arbitraries.doubles().between(0, 20);
        Arbitrary<List<Position>> positions = position().list().ofMaxSize(6);
        return Combinators.combine(usdc, weth, wbtc, positions).as((u, e, b, ps) -> {
            List<CollateralBalance> collateral = new ArrayList<>();
            if (u != 0) {
                collateral.add(new CollateralBalance("USDC", u));
            }
            if (e != 0) {
                collateral.add(new CollateralBalance("WETH", e));
            }
            if (b != 0) {
                collateral.add(new CollateralBalance("WBTC", b));
            }
            List<Position> unique = new ArrayList<>();
            for (int i = 0; i < ps.size(); i++) {
                Position p = ps.get(i);
                unique.add(new Position("p" + i, p.marketId(), p.size(), p.entryPrice(), p.accruedFunding(), p.mode(),
                        p.isolatedMargin()));
            }
            return new Account("acc", collateral, unique);
        });
    }

    private static Arbitrary<Position> position() {
        Arbitrary<String> market = Arbitraries.of(MARKETS);
        Arbitrary<Double> notional = Arbitraries.doubles().between(10, 20_000_000);
        Arbitrary<Boolean> isLong = Arbitraries.of(true, false);
        Arbitrary<Double> entryFactor = Arbitraries.doubles().between(0.3, 3.0);
        Arbitrary<Double> funding = Arbitraries.doubles().between(-1_000, 1_000);
        Arbitrary<Double> isolated = Arbitraries.doubles().between(-1, 500_000);
        return Combinators.combine(market, notional, isLong, entryFactor, funding, isolated).as((m, n, l, f, fu, iso) -> {
            double reference = m.startsWith("BTC") ? 60_000 : 3_000;
            double entry = reference * f;
            double size = (l ? 1 : -1) * n / entry;
            return iso < 0 ? new Position("x", m, size, entry, fu, com.solvent.model.account.MarginMode.CROSS, 0.0)
                    : Position.isolated("x", m, size, entry, iso).withAccruedFunding(fu);
        });
    }
}
