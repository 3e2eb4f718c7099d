package com.solvent.model.book;

import com.solvent.model.account.Account;
import com.solvent.model.account.CollateralBalance;
import com.solvent.model.account.Position;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.market.Market;
import com.solvent.model.policy.CollateralAsset;
import com.solvent.model.price.AssetPrice;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.AccountFailure;
import com.solvent.model.risk.AccountResult;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.CollateralRisk;
import com.solvent.model.risk.PositionRisk;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.util.HashMap;
import java.util.Map;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * The columnar evaluator is a second implementation of {@link MarginEngine}'s definitions; these
 * properties make it acceptable by holding it to the record engine on random books: equity, IM,
 * MM and margin ratio to 1e-12 relative, health, uncertainty and failures exactly, after a full
 * pass on one or two threads and after incremental price changes.
 *
 * <p>Relative to what: IM and MM are sums of non-negative terms, so to their own size. Equity is a
 * signed sum that may cancel (collateral against a loss); its rounding error is bounded by the
 * size of its terms, so it is compared to 1e-12 of the largest of |equity| and the sum of the
 * absolute terms (weighted collateral, uPnL). The margin ratio inherits equity's relative error.
 */
class BookEvaluatorDifferentialTest {
    private static final double REL = 1e-12;
    private final MarginEngine engine = MarginEngine.withoutExplanations();

    @Property(tries = 150)
    void fullPassEqualsTheRecordEngine(@ForAll long seed) {
        RandomBooks world = new RandomBooks(seed, 60);
        Book book = Book.of(world.accounts, world.policy);
        try (BookEvaluator one = new BookEvaluator(book, 1); BookEvaluator two = new BookEvaluator(book, 2)) {
            one.evaluate(world.prices);
            two.evaluate(world.prices);
            for (int i = 0; i < book.accountCount(); i++) {
                AccountResult expected = engine.evaluate(world.accounts.get(i), world.prices, world.policy);
                assertSame(one, i, expected);
                assertThat(two.equity(i)).isEqualTo(one.equity(i));
                assertThat(two.maintenanceRequirement(i)).isEqualTo(one.maintenanceRequirement(i));
                assertThat(two.health(i)).isEqualTo(one.health(i));
            }
        }
    }

    /** A book whose account a41 sits at a margin ratio of about 890 with terms far larger than its equity. */
    @Example
    void anAccountFarUnderwaterIsComparedWithinItsConditioning() {
        fullPassEqualsTheRecordEngine(-10198461L);
    }

    @Property(tries = 100)
    void priceChangesReevaluateExactlyTheHolders(@ForAll long seed) {
        RandomBooks world = new RandomBooks(seed, 60);
        Book book = Book.of(world.accounts, world.policy);
        try (BookEvaluator evaluator = new BookEvaluator(book, 2)) {
            evaluator.evaluate(world.prices);
            for (int tick = 0; tick < 4; tick++) {
                String asset = randomTick(world);
                assertThat(evaluator.onPriceChange(asset, world.prices.get(asset).orElseThrow()))
                        .as("accounts touched by %s", asset).isEqualTo(dependents(world, asset));
            }
            for (int i = 0; i < book.accountCount(); i++) {
                assertSame(evaluator, i, engine.evaluate(world.accounts.get(i), world.prices, world.policy));
            }
        }
    }

    @Property(tries = 60)
    void aTickLeavesTheBitsOfAFullPassAtTheSamePrices(@ForAll long seed) {
        // A tick evaluates its holders one account at a time, a full pass in flat sweeps: both must
        // do the same operations in the same order, so a screen never sees a number change on a
        // full refresh that no price moved.
        RandomBooks world = new RandomBooks(seed, 60);
        Book book = Book.of(world.accounts, world.policy);
        try (BookEvaluator ticked = new BookEvaluator(book, 1); BookEvaluator fresh = new BookEvaluator(book, 2)) {
            ticked.evaluate(world.prices);
            for (int tick = 0; tick < 6; tick++) {
                String asset = randomTick(world);
                ticked.onPriceChange(asset, world.prices.get(asset).orElseThrow());
            }
            fresh.evaluate(world.prices);
            assertSameBits(ticked, fresh);
        }
    }

    @Property(tries = 60)
    void anyPathOfPricesLeavesTheBitsOfAnEvaluatorSeeingOnlyTheLast(@ForAll long seed) {
        // An evaluator keeps each position's tier from the last mark and moves only the positions
        // whose notional crossed a floor since: after moves across several floors either way and
        // prices missing then back, it must hold what one seeing only the last prices holds.
        RandomBooks world = new RandomBooks(seed, 60);
        Book book = Book.of(world.accounts, world.policy);
        try (BookEvaluator walked = new BookEvaluator(book, 2); BookEvaluator fresh = new BookEvaluator(book, 1)) {
            for (int pass = 0; pass < 8; pass++) {
                Map<String, AssetPrice> map = new HashMap<>(world.prices.prices());
                for (String asset : world.underlyings()) {
                    if (world.random.nextInt(5) == 0) {
                        map.remove(asset); // its holders fail until it is back
                    } else {
                        AssetPrice p = world.randomPrice(asset);
                        double mark = p.mark() * Math.exp(6 * world.random.nextDouble() - 3);
                        map.put(asset, new AssetPrice(mark, mark, p.dailyVolatility(), p.timestamp(), p.freshness()));
                    }
                }
                world.prices = new PriceSet(map, world.prices.asOf());
                walked.evaluate(world.prices);
                if (world.random.nextBoolean()) {
                    String asset = randomTick(world);
                    walked.onPriceChange(asset, world.prices.get(asset).orElseThrow());
                }
            }
            fresh.evaluate(world.prices);
            assertSameBits(walked, fresh);
        }
    }

    private static void assertSameBits(BookEvaluator actual, BookEvaluator expected) {
        Book book = expected.book();
        for (int i = 0; i < book.accountCount(); i++) {
            String id = book.accountId(i);
            assertThat(actual.equity(i)).as("%s equity", id).isEqualTo(expected.equity(i));
            assertThat(actual.initialRequirement(i)).as("%s IM", id).isEqualTo(expected.initialRequirement(i));
            assertThat(actual.maintenanceRequirement(i)).as("%s MM", id).isEqualTo(expected.maintenanceRequirement(i));
            assertThat(actual.health(i)).as("%s health", id).isEqualTo(expected.health(i));
            assertThat(actual.uncertain(i)).as("%s uncertain", id).isEqualTo(expected.uncertain(i));
            assertThat(actual.failure(i)).as("%s failure", id).isEqualTo(expected.failure(i));
        }
    }

    /** Moves a random underlying of {@code world} to a random price (for the caller to pass on); returns the underlying. */
    private static String randomTick(RandomBooks world) {
        String asset = world.underlyings().get(world.random.nextInt(world.underlyings().size()));
        AssetPrice next = world.randomPrice(asset);
        world.prices = world.prices.with(asset, next);
        return asset;
    }

    /** Brute force: accounts with a position on a market of {@code asset} or collateral priced by it. */
    private static int dependents(RandomBooks world, String asset) {
        int count = 0;
        for (Account account : world.accounts) {
            boolean depends = false;
            for (Position p : account.positions()) {
                Market m = world.policy.markets().get(p.marketId());
                depends |= m != null && m.underlying().equals(asset);
            }
            for (CollateralBalance b : account.collateral()) {
                CollateralAsset c = world.policy.collateral().get(b.asset());
                depends |= c != null && c.priceAsset().equals(asset);
            }
            count += depends ? 1 : 0;
        }
        return count;
    }

    private static void assertSame(BookEvaluator book, int i, AccountResult expected) {
        String id = expected.accountId();
        if (expected instanceof AccountFailure failure) {
            assertThat(book.health(i)).as("%s fails: %s", id, failure.reason()).isEmpty();
            assertThat(book.failure(i)).as(id).isPresent();
            return;
        }
        AccountRisk risk = (AccountRisk) expected;
        assertThat(book.failure(i)).as(id).isEmpty();
        double scale = Math.abs(risk.equity());
        for (CollateralRisk c : risk.collateral()) {
            scale += Math.abs(c.weightedValue());
        }
        for (PositionRisk p : risk.positions()) {
            scale += Math.abs(p.unrealizedPnl());
        }
        assertThat(book.equity(i)).as("%s equity", id).isCloseTo(risk.equity(), within(scale));
        assertThat(book.initialRequirement(i)).as("%s IM", id)
                .isCloseTo(risk.initialRequirement(), within(risk.initialRequirement()));
        assertThat(book.maintenanceRequirement(i)).as("%s MM", id)
                .isCloseTo(risk.maintenanceRequirement(), within(risk.maintenanceRequirement()));
        double ratioScale = risk.marginRatio() * Math.max(1.0, scale / Math.max(Math.abs(risk.equity()), Double.MIN_NORMAL));
        // the ratio's rounding error follows its conditioning (terms / equity) while it is below the cap;
        // at the cap both sides are clamped and only the cap's own scale is allowed
        double ratioTolerance = risk.marginRatio() < MarginEngine.MARGIN_RATIO_CAP ? ratioScale : MarginEngine.MARGIN_RATIO_CAP;
        assertThat(book.marginRatio(i)).as("%s margin ratio", id)
                .isCloseTo(risk.marginRatio(), within(ratioTolerance));
        assertThat(book.health(i)).as("%s health", id).contains(risk.health());
        assertThat(book.uncertain(i)).as("%s uncertain", id).isEqualTo(risk.uncertain());
    }

    private static org.assertj.core.data.Offset<Double> within(double scale) {
        return org.assertj.core.data.Offset.offset(REL * scale + Double.MIN_VALUE);
    }

}
