package com.solvent.app.venue;

import com.solvent.app.fx.ChainStatus;
import com.solvent.app.fx.MarketState;
import com.solvent.model.account.Account;
import com.solvent.model.account.CollateralBalance;
import com.solvent.model.account.Position;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.policy.VenuePresets;
import com.solvent.model.price.AssetPrice;
import com.solvent.model.price.Freshness;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.AccountFailure;
import com.solvent.model.risk.AccountResult;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.HealthState;
import com.solvent.model.risk.PositionRisk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The desk's ranking against the record-level {@link MarginEngine}: every figure of every row is the
 * engine's (columnar accounts by the book's columns, the rest by the engine itself), rows run worst
 * first, and the columns are laid out once per account set.
 */
class VenueRiskServiceTest {
    private static final Instant T0 = Instant.parse("2026-11-25T00:00:00Z");
    private static final MarginPolicy REFERENCE = VenuePresets.reference();
    private final VenueRiskService service = new VenueRiskService();
    private final List<VenueRanking> published = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        service.close();
    }

    private VenueRanking rank(VenueState state) {
        int before = published.size();
        if (before == 0) {
            service.subscribe(published::add);
        }
        service.accept(state);
        VenueFixtures.waitUntil(() -> published.size() > before);
        return published.getLast();
    }

    @Test
    void everyRowOfTheDemoBookCarriesTheEnginesFigures() {
        VenueState demo = VenueFixtures.demoVenue();
        VenueRanking ranking = rank(demo);

        assertThat(ranking.rows()).hasSize(5);
        assertSameAsEngine(ranking, demo);
        assertThat(ranking.rows().getFirst().label()).isEqualTo("degen-near-liquidation");
        assertThat(ranking.rows()).extracting(VenueRow::mode).contains(ModeMix.MIXED);
    }

    @Test
    void aGeneratedVenueOfCrossIsolatedMultiCollateralAndUnknownMarketsMatchesTheEngineAndRanksWorstFirst() {
        VenueState venue = generated(400, 7L);
        VenueRanking ranking = rank(venue);

        assertSameAsEngine(ranking, venue);
        for (int i = 1; i < ranking.rows().size(); i++) {
            assertThat(VenueRow.WORST_FIRST.compare(ranking.rows().get(i - 1), ranking.rows().get(i)))
                    .as("row %d after row %d", i, i - 1).isLessThanOrEqualTo(0);
        }
        assertThat(ranking.totals().atOrPastMaintenance()).as("the generated venue has accounts at risk").isPositive();
        assertThat(ranking.rows().getLast().evaluated()).as("unevaluated accounts last").isFalse();
        assertThat(ranking.rows().getLast().failure()).contains("SOL-PERP");
    }

    @Test
    void aNewBlockReusesTheColumnsAndANewAccountRebuildsThem() {
        VenueState venue = generated(50, 3L);
        VenueRanking first = rank(venue);
        MarketState market = venue.market();
        VenueState nextBlock = new VenueState(new MarketState(market.accounts(),
                market.prices().withMark("ETH", 2_900.0), market.policy(), market.status()), venue.scan(), venue.labels());
        VenueRanking second = rank(nextBlock);

        assertThat(second.book()).as("same accounts: the columns are re-evaluated, not rebuilt").isSameAs(first.book());
        assertSameAsEngine(second, nextBlock);

        List<Account> more = new ArrayList<>(market.accounts());
        more.add(new Account("0x00000000000000000000000000000000000000ff", List.of(new CollateralBalance("USDC", 100)),
                List.of(Position.cross("late", "ETH-PERP", 5, 3_000))));
        VenueState discovered = new VenueState(new MarketState(more, nextBlock.market().prices(), market.policy(),
                market.status()), venue.scan(), venue.labels());
        VenueRanking third = rank(discovered);

        assertThat(third.book()).isNotSameAs(second.book());
        assertThat(third.rows()).hasSize(51);
        VenueRow late = third.rows().stream().filter(r -> r.accountId().endsWith("ff")).findFirst().orElseThrow();
        assertThat(late.health()).as("100 USDC behind a 500 USD loss").isEqualTo(HealthState.BANKRUPT);
        assertThat(third.rows().getFirst().health()).isEqualTo(HealthState.BANKRUPT);
        assertSameAsEngine(third, discovered);
    }

    /** Every row equals the record engine's evaluation of its account, to 1e-9 relative. */
    static void assertSameAsEngine(VenueRanking ranking, VenueState state) {
        MarginEngine engine = new MarginEngine();
        for (VenueRow row : ranking.rows()) {
            Account account = state.market().account(row.accountId()).orElseThrow();
            AccountResult result = engine.evaluate(account, state.market().prices(), state.market().policy());
            if (result instanceof AccountFailure f) {
                assertThat(row.evaluated()).as(row.accountId()).isFalse();
                assertThat(row.failure()).isEqualTo(f.reason());
                continue;
            }
            AccountRisk r = (AccountRisk) result;
            String id = row.accountId();
            assertThat(row.health()).as(id).isEqualTo(r.health());
            assertThat(row.uncertain()).as(id).isEqualTo(r.uncertain());
            assertThat(row.equity()).as(id).isCloseTo(r.equity(), within(tolerance(r.equity())));
            assertThat(row.maintenanceRequirement()).as(id)
                    .isCloseTo(r.maintenanceRequirement(), within(tolerance(r.maintenanceRequirement())));
            assertThat(row.marginRatio()).as(id).isCloseTo(r.marginRatio(), within(tolerance(r.marginRatio())));
            assertThat(row.freeCollateral()).as(id).isCloseTo(r.freeCollateral(), within(tolerance(r.freeCollateral())));
            double notional = r.positions().stream().mapToDouble(PositionRisk::notional).sum();
            assertThat(row.notional()).as(id).isCloseTo(notional, within(tolerance(notional)));
            assertThat(row.label()).isEqualTo(state.label(id));
        }
    }

    private static double tolerance(double v) {
        return 1e-9 * Math.max(1.0, Math.abs(v));
    }

    /**
     * A venue of {@code n} accounts under the reference policy: cross perps on ETH and BTC at random
     * leverage, some isolated positions and dated futures, wrapped collateral, and one account on a
     * market the venue does not list. ETH's feed is stale for a tenth of the runs' seeds.
     */
    static VenueState generated(int n, long seed) {
        Random random = new Random(seed);
        PriceSet prices = new PriceSet(Map.of(
                "USDC", AssetPrice.fresh(1.0, 0.0005, T0),
                "ETH", new AssetPrice(3_000, 3_000, 0.035, T0, seed % 10 == 0 ? Freshness.STALE : Freshness.FRESH),
                "BTC", AssetPrice.fresh(95_000, 0.028, T0)), T0);
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < n - 1; i++) {
            List<CollateralBalance> collateral = new ArrayList<>();
            collateral.add(new CollateralBalance("USDC", 1_000 + random.nextInt(50_000)));
            if (random.nextInt(4) == 0) {
                collateral.add(new CollateralBalance("WETH", random.nextInt(10)));
            }
            List<Position> positions = new ArrayList<>();
            double usdc = collateral.getFirst().amount();
            double leverage = 1 + 40 * Math.pow(random.nextDouble(), 2);
            double eth = (random.nextBoolean() ? 1 : -1) * usdc * leverage / 3_000 * random.nextDouble();
            positions.add(Position.cross("eth", "ETH-PERP", round(eth), 3_000 * (0.95 + 0.1 * random.nextDouble())));
            if (random.nextBoolean()) {
                positions.add(Position.cross("btc", "BTC-PERP", round((random.nextBoolean() ? 1 : -1) * usdc / 95_000
                        * random.nextDouble() * 20), 95_000));
            }
            if (random.nextInt(8) == 0) {
                positions.add(Position.isolated("iso", "ETH-PERP", round(random.nextDouble() * 3), 3_050, 500));
            }
            if (random.nextInt(12) == 0) {
                positions.add(Position.cross("fut", VenuePresets.REFERENCE_FUTURE, 2, 2_980));
            }
            accounts.add(new Account(String.format("0x%040x", i + 1), collateral, positions));
        }
        accounts.add(new Account(String.format("0x%040x", n), List.of(new CollateralBalance("USDC", 1_000)),
                List.of(Position.cross("sol", "SOL-PERP", 10, 150))));
        return new VenueState(new MarketState(accounts, prices, REFERENCE, ChainStatus.offline("generated", T0)),
                ScanStatus.offline(n, ""), Map.of(String.format("0x%040x", 1), "first"));
    }

    private static double round(double size) {
        double r = Math.round(size * 1000) / 1000.0;
        return r == 0 ? 0.001 : r;
    }

}
