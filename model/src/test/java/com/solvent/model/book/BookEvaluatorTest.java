package com.solvent.model.book;

import com.solvent.model.account.Account;
import com.solvent.model.account.CollateralBalance;
import com.solvent.model.account.Position;
import com.solvent.model.market.MaintenanceTier;
import com.solvent.model.market.Market;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.AssetPrice;
import com.solvent.model.price.Freshness;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.HealthState;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.solvent.model.Fixtures.NOW;
import static com.solvent.model.Fixtures.account;
import static com.solvent.model.Fixtures.perp;
import static com.solvent.model.Fixtures.prices;
import static com.solvent.model.Fixtures.tieredPerp;
import static com.solvent.model.Fixtures.usdcPolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The columnar evaluator on published examples (VENUES.md test vectors, Hyperliquid margin docs
 * https://hyperliquid.gitbook.io/hyperliquid-docs/trading/margin-tiers) and on the behaviours a
 * risk screen relies on: failures, stale prices, and the incremental path.
 */
class BookEvaluatorTest {
    /** TV-HL-3: BTC table 0-150M at 40x (mmr 1.25%), above 150M at 20x (mmr 2.5%). */
    private static final Market BTC_TABLE = tieredPerp("BTC",
            new MaintenanceTier(0, 40, 0.0125), new MaintenanceTier(150_000_000, 20, 0.025));

    @Test
    void tieredMaintenanceUsesTheDeductionOfTvHl3() {
        // 4,000 BTC at 50,000 = 200M notional, entry at mark: MM = 200M x 2.5% - 1.875M = 3,125,000.
        Book book = Book.of(List.of(account("whale", 10_000_000, Position.cross("p", "BTC-PERP", 4_000, 50_000))),
                usdcPolicy(BTC_TABLE));
        try (BookEvaluator evaluator = new BookEvaluator(book, 1)) {
            evaluator.evaluate(prices("BTC", 50_000));
            assertThat(evaluator.maintenanceRequirement(0)).isCloseTo(3_125_000, within(1e-6));
            assertThat(evaluator.initialRequirement(0)).isCloseTo(200_000_000 / 20.0, within(1e-6));
            assertThat(evaluator.equity(0)).isEqualTo(10_000_000);
            assertThat(evaluator.marginRatio(0)).isCloseTo(0.3125, within(1e-15));
            assertThat(evaluator.health(0)).contains(HealthState.SAFE);
        }
    }

    @Test
    void aTickAcrossATierBoundaryMovesThePositionToTheNewTier() {
        // TV-HL-3 table: 4,000 BTC is 200M at 50,000 (upper tier), 120M at 30,000 (lower tier: 1.25%, no deduction).
        Book book = Book.of(List.of(account("whale", 100_000_000, Position.cross("p", "BTC-PERP", 4_000, 50_000))),
                usdcPolicy(BTC_TABLE));
        try (BookEvaluator evaluator = new BookEvaluator(book, 1)) {
            evaluator.evaluate(prices("BTC", 50_000));
            evaluator.onMarkChange("BTC", 30_000);
            assertThat(evaluator.maintenanceRequirement(0)).isCloseTo(1_500_000, within(1e-6));
            assertThat(evaluator.initialRequirement(0)).isCloseTo(120_000_000 / 40.0, within(1e-6));
            evaluator.onMarkChange("BTC", 50_000);
            assertThat(evaluator.maintenanceRequirement(0)).isCloseTo(3_125_000, within(1e-6));
        }
    }

    @Test
    void maintenanceIsContinuousAtTheTierBoundaryOfTvHl3() {
        // At exactly 150M both sides give 1,875,000 (TV-HL-3 continuity); the upper tier applies at its floor.
        Book book = Book.of(List.of(account("edge", 5_000_000, Position.cross("p", "BTC-PERP", 3_000, 50_000))),
                usdcPolicy(BTC_TABLE));
        try (BookEvaluator evaluator = new BookEvaluator(book, 1)) {
            evaluator.evaluate(prices("BTC", 50_000));
            assertThat(evaluator.maintenanceRequirement(0)).isCloseTo(1_875_000, within(1e-6));
            assertThat(evaluator.initialRequirement(0)).isCloseTo(150_000_000 / 20.0, within(1e-6));
        }
    }

    @Test
    void crossShortOfTvHl2() {
        // Account value 1,000, short 1 BTC at 50,000, max leverage 40 (mmr 1.25%): MM = 625, ratio 0.625.
        Book book = Book.of(List.of(account("short", 1_000, Position.cross("p", "BTC-PERP", -1, 50_000))),
                usdcPolicy(perp("BTC", 40, 0.0125)));
        try (BookEvaluator evaluator = new BookEvaluator(book, 1)) {
            evaluator.evaluate(prices("BTC", 50_000));
            assertThat(evaluator.maintenanceRequirement(0)).isCloseTo(625, within(1e-9));
            assertThat(evaluator.initialRequirement(0)).isCloseTo(1_250, within(1e-9));
            assertThat(evaluator.marginRatio(0)).isCloseTo(0.625, within(1e-15));
            // BTC up 300: equity 1,000 - 300 = 700, MM 50,300 x 1.25% = 628.75, ratio 0.898 >= 0.8: WARNING.
            evaluator.onMarkChange("BTC", 50_300);
            assertThat(evaluator.equity(0)).isCloseTo(700, within(1e-9));
            assertThat(evaluator.maintenanceRequirement(0)).isCloseTo(628.75, within(1e-9));
            assertThat(evaluator.health(0)).contains(HealthState.WARNING);
            // Past TV-HL-2's liquidation price 50,370.37 the account is liquidatable.
            evaluator.onMarkChange("BTC", 50_371);
            assertThat(evaluator.health(0)).contains(HealthState.LIQUIDATABLE);
        }
    }

    @Test
    void aPriceTickReevaluatesOnlyTheAccountsOnThatAsset() {
        MarginPolicy policy = usdcPolicy(perp("BTC", 40, 0.0125), perp("ETH", 25, 0.02));
        Book book = Book.of(List.of(
                account("btc", 1_000, Position.cross("p", "BTC-PERP", 1, 50_000)),
                account("eth", 1_000, Position.cross("p", "ETH-PERP", 1, 3_000)),
                account("both", 1_000, Position.cross("p", "BTC-PERP", 1, 50_000), Position.cross("q", "ETH-PERP", -1, 3_000))),
                policy);
        try (BookEvaluator evaluator = new BookEvaluator(book, 1)) {
            evaluator.evaluate(prices("BTC", 50_000, "ETH", 3_000));
            assertThat(book.holderCount("ETH")).isEqualTo(2);
            assertThat(evaluator.onMarkChange("ETH", 2_900)).isEqualTo(2);
            assertThat(evaluator.equity(book.indexOf("btc"))).isEqualTo(1_000);
            assertThat(evaluator.equity(book.indexOf("eth"))).isCloseTo(900, within(1e-9));
            assertThat(evaluator.equity(book.indexOf("both"))).isCloseTo(1_100, within(1e-9));
        }
    }

    @Test
    void aMissingPriceFailsOnlyTheAccountsThatNeedIt() {
        MarginPolicy policy = usdcPolicy(perp("BTC", 40, 0.0125), perp("ETH", 25, 0.02));
        Book book = Book.of(List.of(
                account("btc", 1_000, Position.cross("p", "BTC-PERP", 1, 50_000)),
                account("eth", 1_000, Position.cross("p", "ETH-PERP", 1, 3_000))), policy);
        try (BookEvaluator evaluator = new BookEvaluator(book, 1)) {
            evaluator.evaluate(prices("BTC", 50_000));
            assertThat(evaluator.health(0)).contains(HealthState.SAFE);
            assertThat(evaluator.health(1)).isEmpty();
            assertThat(evaluator.failure(1)).hasValueSatisfying(reason -> assertThat(reason).contains("ETH-PERP", "ETH"));
            assertThat(evaluator.equity(1)).isZero();
        }
    }

    @Test
    void aStalePriceMakesItsHoldersUncertain() {
        MarginPolicy policy = usdcPolicy(perp("BTC", 40, 0.0125), perp("ETH", 25, 0.02));
        Book book = Book.of(List.of(
                account("btc", 1_000, Position.cross("p", "BTC-PERP", 0.01, 50_000)),
                account("eth", 1_000, Position.cross("p", "ETH-PERP", 0.1, 3_000))), policy);
        PriceSet prices = prices("BTC", 50_000, "ETH", 3_000)
                .with("ETH", new AssetPrice(3_000, 3_000, 0.04, NOW, Freshness.STALE));
        try (BookEvaluator evaluator = new BookEvaluator(book, 1)) {
            evaluator.evaluate(prices);
            assertThat(evaluator.uncertain(0)).isFalse();
            assertThat(evaluator.uncertain(1)).isTrue();
        }
    }

    @Test
    void anIsolatedPositionRoutesItsAccountToTheRecordEngine() {
        MarginPolicy policy = usdcPolicy(perp("ETH", 25, 0.02));
        // TV-HL-1: isolated long 1 ETH at 2,000 with 200 margin, mmf 2%: group MM 40, equity 200.
        Account isolated = new Account("iso", List.of(new CollateralBalance("USDC", 500)),
                List.of(Position.isolated("p", "ETH-PERP", 1, 2_000, 200)));
        Book book = Book.of(List.of(isolated, account("cross", 1_000, Position.cross("p", "ETH-PERP", 1, 2_000))), policy);
        assertThat(book.routedCount()).isEqualTo(1);
        assertThat(book.positionCount()).isEqualTo(1);
        assertThat(book.isRouted(0)).isTrue();
        assertThat(book.isRouted(1)).isFalse();
        try (BookEvaluator evaluator = new BookEvaluator(book, 2)) {
            evaluator.evaluate(prices("ETH", 2_000));
            assertThat(evaluator.equity(0)).isCloseTo(700, within(1e-9)); // 500 cross + 200 isolated
            assertThat(evaluator.maintenanceRequirement(0)).isCloseTo(40, within(1e-9));
            assertThat(evaluator.onMarkChange("ETH", 1_900)).isEqualTo(2);
            assertThat(evaluator.equity(0)).isCloseTo(600, within(1e-9));
        }
    }

    @Test
    void anAccountWithOptionsIsValuedWithThemByTheRecordEngine() {
        java.time.Instant in30d = NOW.plus(java.time.Duration.ofDays(30));
        MarginPolicy policy = com.solvent.model.policy.VenuePresets.reference();
        PriceSet prices = new PriceSet(java.util.Map.of("USDC", AssetPrice.fresh(1.0, 0.0, NOW),
                "ETH", AssetPrice.fresh(2_000, 0.04, NOW), "BTC", AssetPrice.fresh(90_000, 0.03, NOW)), NOW,
                java.util.Map.of("ETH", com.solvent.model.option.VolSurface.flat("ETH", 0.65)), 0.0);
        // A short put beside a perp: the put's value and margin are most of this account's figures.
        Account withPut = new Account("put-writer", List.of(new CollateralBalance("USDC", 10_000)),
                List.of(Position.cross("perp", "ETH-PERP", 5, 1_900)), List.of(new com.solvent.model.option.OptionPosition(
                        "put", com.solvent.model.option.OptionContract.put("ETH", 1_800, in30d), -10, 60)));
        com.solvent.model.risk.AccountRisk engine = (com.solvent.model.risk.AccountRisk)
                new com.solvent.model.engine.MarginEngine().evaluate(withPut, prices, policy);
        Book book = Book.of(List.of(withPut), policy);

        assertThat(book.routedCount()).isEqualTo(1);
        try (BookEvaluator evaluator = new BookEvaluator(book, 1)) {
            evaluator.evaluate(prices);
            assertThat(evaluator.equity(0)).isCloseTo(engine.equity(), within(1e-9));
            assertThat(evaluator.maintenanceRequirement(0)).isCloseTo(engine.maintenanceRequirement(), within(1e-9));
            assertThat(evaluator.maintenanceRequirement(0)).as("the put's margin counts")
                    .isGreaterThan(5 * 2_000 * 0.01 + 1_000);
            // an options-only account depends on the options' underlying too
            Account putsOnly = new Account("puts-only", withPut.collateral(), List.of(), withPut.options());
            try (BookEvaluator puts = new BookEvaluator(Book.of(List.of(putsOnly), policy), 1)) {
                puts.evaluate(prices);
                assertThat(puts.onMarkChange("ETH", 1_700)).as("accounts re-evaluated for an ETH tick").isEqualTo(1);
                com.solvent.model.risk.AccountRisk at1700 = (com.solvent.model.risk.AccountRisk)
                        new com.solvent.model.engine.MarginEngine().evaluate(putsOnly, prices.withMark("ETH", 1_700), policy);
                assertThat(puts.equity(0)).isCloseTo(at1700.equity(), within(1e-9));
            }
        }
    }

    @Test
    void duplicatedAccountIdsAreRejectedByName() {
        MarginPolicy policy = usdcPolicy(perp("ETH", 25, 0.02));
        Book.Builder builder = Book.builder(policy).add(account("a", 1));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> builder.add(account("a", 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("account a");
    }

    /**
     * A table whose first tiers carry a zero or negligible maintenance fraction: at the third tier's
     * floor the requirement is mathematically 30001.93 x 1e-17, and {@code notional x mmf - deduction}
     * rounds to -4.5e-13 there. The requirement a trader sees is the engine's {@code max(0, .)}, not
     * a negative number: the sweep keeps the clamp for such a table (it skips it only for tables
     * where no tier's can round below zero).
     */
    @Test
    void aRequirementThatRoundsBelowZeroAtATierFloorIsZeroAsInTheEngine() {
        Market table = tieredPerp("BTC", new MaintenanceTier(0, 50, 0.0), new MaintenanceTier(30_001.93, 50, 1e-17),
                new MaintenanceTier(47_644.87, 10, 0.05));
        double deduction = (0.0 + 30_001.93 * (1e-17 - 0.0)) + 47_644.87 * (0.05 - 1e-17); // Market's construction
        assertThat(47_644.87 * 0.05 - deduction).isNegative();
        MarginPolicy policy = usdcPolicy(table);
        Account atFloor = account("at-floor", 1_000, Position.cross("p", "BTC-PERP", 1, 47_644.87));
        Book book = Book.of(List.of(atFloor), policy);
        assertThat(book.tiers.maintenanceNeverNegative).isFalse();
        try (BookEvaluator evaluator = new BookEvaluator(book, 1)) {
            PriceSet prices = prices("BTC", 47_644.87);
            evaluator.evaluate(prices);
            com.solvent.model.risk.AccountRisk engine = (com.solvent.model.risk.AccountRisk)
                    com.solvent.model.engine.MarginEngine.withoutExplanations().evaluate(atFloor, prices, policy);
            assertThat(engine.maintenanceRequirement()).isEqualTo(0.0);
            assertThat(evaluator.maintenanceRequirement(0)).isEqualTo(0.0);
            assertThat(evaluator.health(0)).contains(HealthState.SAFE);
        }
        assertThat(Book.of(List.of(atFloor), usdcPolicy(BTC_TABLE)).tiers.maintenanceNeverNegative).isTrue();
    }
}
