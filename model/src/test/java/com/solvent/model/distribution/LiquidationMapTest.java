package com.solvent.model.distribution;

import com.solvent.model.Fixtures;
import com.solvent.model.RandomAccounts;
import com.solvent.model.account.Account;
import com.solvent.model.account.Position;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.policy.VenuePresets;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.AccountResult;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.LiquidationPrice;
import com.solvent.model.risk.PositionRisk;
import com.solvent.model.stress.StressBook;
import com.solvent.model.task.TaskMonitor;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LiquidationMapTest {
    private static final MarginPolicy REFERENCE = VenuePresets.reference();

    @Test
    void aLongLandsBelowTheMarkAndAShortAbove() {
        // flat 10x / MMF 5%: long 1 ETH at 100 with 15 USDC liquidates at (100 - 15) / 0.95 = 89.474;
        // short 1 ETH at 100 with 15 USDC at (100 + 15) / 1.05 = 109.524. Bands of 2 USD over 80..120.
        MarginPolicy policy = Fixtures.usdcPolicy(Fixtures.perp("ETH", 10, 0.05));
        StressBook book = StressBook.of(List.of(
                Fixtures.account("long", 15, Position.cross("p", "ETH-PERP", 1, 100)),
                Fixtures.account("short", 15, Position.cross("p", "ETH-PERP", -1, 100))), policy);
        LiquidationMap map = new LiquidationMapBuilder(1).build(book, Fixtures.prices("ETH", 100), List.of("ETH"),
                0.2, 20, TaskMonitor.NONE).get("ETH");

        assertThat(map.levels()).hasSize(20);
        LiquidationLevel longBand = map.levels().get(4); // 88..90
        LiquidationLevel shortBand = map.levels().get(14); // 108..110
        assertThat(longBand.priceFrom()).isCloseTo(88, within(1e-9));
        assertThat(longBand.longNotional()).isCloseTo(100, within(1e-9));
        assertThat(shortBand.priceFrom()).isCloseTo(108, within(1e-9));
        assertThat(shortBand.shortNotional()).isCloseTo(100, within(1e-9));
        assertThat(map.notionalInRange()).isCloseTo(200, within(1e-9));
    }

    @Test
    void anOptionWriterNearLiquidationIsMappedByItsUnderlying() {
        java.time.Instant now = java.time.Instant.parse("2026-11-25T08:00:00Z");
        PriceSet prices = new PriceSet(Map.of("USDC", com.solvent.model.price.AssetPrice.fresh(1.0, 0.0, now),
                "ETH", com.solvent.model.price.AssetPrice.fresh(2_000, 0.04, now),
                "BTC", com.solvent.model.price.AssetPrice.fresh(90_000, 0.03, now)), now,
                Map.of("ETH", com.solvent.model.option.VolSurface.flat("ETH", 0.65)), 0.0);
        // 10 short 1,800 puts on 5,000 USDC: liquidatable near 1,724, inside a +-50% range
        Account writer = new Account("writer", List.of(new com.solvent.model.account.CollateralBalance("USDC", 5_000)),
                List.of(), List.of(new com.solvent.model.option.OptionPosition("put",
                        com.solvent.model.option.OptionContract.put("ETH", 1_800, now.plus(java.time.Duration.ofDays(30))),
                        -10, 60)));
        PositionRisk put = ((AccountRisk) MarginEngine.withoutExplanations().evaluate(writer, prices, REFERENCE))
                .positions().getFirst();
        assertThat(put.liquidationPrice().exists()).isTrue();

        LiquidationMap map = new LiquidationMapBuilder(1).build(StressBook.of(List.of(writer), REFERENCE), prices,
                List.of("ETH"), 0.5, 20, TaskMonitor.NONE).get("ETH");

        assertThat(map.notionalInRange() + map.notionalNow()).isCloseTo(put.notional(), within(1e-9));
    }

    /**
     * Every band holds exactly the notional of the positions whose engine-reported liquidation price
     * lies in it, computed here by evaluating every account with the record engine (no screen): this
     * also checks that the builder's concavity screen drops no account.
     */
    @Property(tries = 80)
    void bandsHoldExactlyThePositionsWhoseLiquidationPriceLiesInThem(
            @ForAll("books") List<Account> accounts, @ForAll("anyPrices") PriceSet prices,
            @ForAll @DoubleRange(min = 0.05, max = 0.9) double range, @ForAll @IntRange(min = 1, max = 40) int levels) {
        Map<String, LiquidationMap> maps = new LiquidationMapBuilder(1).build(StressBook.of(accounts, REFERENCE),
                prices, List.of("ETH", "BTC"), range, levels, TaskMonitor.NONE);

        MarginEngine engine = MarginEngine.withoutExplanations();
        for (String asset : List.of("ETH", "BTC")) {
            LiquidationMap map = maps.get(asset);
            double mark = prices.get(asset).orElseThrow().mark();
            double lo = mark * (1 - range);
            double hi = mark * (1 + range);
            double inRange = 0;
            double now = 0;
            double[] perBand = new double[levels];
            for (Account a : accounts) {
                AccountResult r = engine.evaluate(a, prices, REFERENCE);
                if (!(r instanceof AccountRisk risk)) {
                    continue;
                }
                for (PositionRisk p : risk.positions()) {
                    if (!REFERENCE.market(p.marketId()).orElseThrow().underlying().equals(asset)) {
                        continue;
                    }
                    LiquidationPrice lp = p.liquidationPrice();
                    if (lp.kind() == LiquidationPrice.Kind.NOW) {
                        now += p.notional();
                    } else if (lp.exists() && lp.price() >= lo && lp.price() <= hi) {
                        inRange += p.notional();
                        perBand[Math.min(levels - 1, (int) ((lp.price() - lo) / ((hi - lo) / levels)))] += p.notional();
                    }
                }
            }
            assertThat(map.notionalInRange()).isCloseTo(inRange, within(1e-6 * Math.max(1, inRange)));
            assertThat(map.notionalNow()).isCloseTo(now, within(1e-6 * Math.max(1, now)));
            for (int i = 0; i < levels; i++) {
                assertThat(map.levels().get(i).notional()).isCloseTo(perBand[i], within(1e-6 * Math.max(1, perBand[i])));
            }
        }
    }

    @Provide
    Arbitrary<PriceSet> anyPrices() {
        return RandomAccounts.prices();
    }

    @Provide
    Arbitrary<List<Account>> books() {
        return RandomAccounts.accounts().list().ofMinSize(1).ofMaxSize(10).map(list -> {
            List<Account> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                out.add(new Account("acc" + i, list.get(i).collateral(), list.get(i).positions()));
            }
            return out;
        });
    }
}
