package com.solvent.model.distribution;

import com.solvent.model.Fixtures;
import com.solvent.model.RandomAccounts;
import com.solvent.model.account.Account;
import com.solvent.model.account.Position;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.policy.VenuePresets;
import com.solvent.model.price.PriceSet;
import com.solvent.model.stress.StressBook;
import com.solvent.model.task.TaskMonitor;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MarginRatioHistogramTest {
    private static final MarginPolicy POLICY = Fixtures.usdcPolicy(Fixtures.perp("ETH", 10, 0.05));
    private static final PriceSet PRICES = Fixtures.prices("ETH", 100);

    @Test
    void notionalGoesToTheBinOfItsAccountsMarginRatio() {
        // MM = 5% x notional; ratio = MM / equity:
        // a: 10 ETH (1,000), 100 USDC -> 50 / 100 = 0.5;  b: 1 ETH (100), 100 USDC -> 5 / 100 = 0.05;
        // c: 20 ETH (2,000), 90 USDC -> 100 / 90 = 1.11 (liquidatable)
        List<Account> accounts = List.of(
                Fixtures.account("a", 100, Position.cross("p", "ETH-PERP", 10, 100)),
                Fixtures.account("b", 100, Position.cross("p", "ETH-PERP", 1, 100)),
                Fixtures.account("c", 90, Position.cross("p", "ETH-PERP", 20, 100)));
        MarginRatioHistogram h = MarginRatioHistogram.of(StressBook.of(accounts, POLICY), PRICES,
                new double[] {0, 0.1, 0.6, 1.0}, 1, TaskMonitor.NONE);

        assertThat(h.bins()).extracting(HistogramBin::notional).containsExactly(100.0, 1000.0, 0.0, 2000.0);
        assertThat(h.bins()).extracting(HistogramBin::accounts).containsExactly(1, 1, 0, 1);
        assertThat(h.liquidatableNotional()).isEqualTo(2000.0);
        assertThat(h.bins().getLast().toRatio()).isEqualTo(MarginEngine.MARGIN_RATIO_CAP);
    }

    @Test
    void anOptionCountsWithItsNotionalAsTheEngineReportsIt() {
        java.time.Instant now = java.time.Instant.parse("2026-11-25T08:00:00Z");
        MarginPolicy reference = VenuePresets.reference();
        PriceSet prices = new PriceSet(java.util.Map.of("USDC", com.solvent.model.price.AssetPrice.fresh(1.0, 0.0, now),
                "ETH", com.solvent.model.price.AssetPrice.fresh(2_000, 0.04, now),
                "BTC", com.solvent.model.price.AssetPrice.fresh(90_000, 0.03, now)), now,
                java.util.Map.of("ETH", com.solvent.model.option.VolSurface.flat("ETH", 0.65)), 0.0);
        // a perp of 5 x 2,000 and 10 puts on ETH: the engine reports the puts at |size| x forward = 20,000
        Account collar = new Account("collar", List.of(new com.solvent.model.account.CollateralBalance("USDC", 10_000)),
                List.of(Position.cross("perp", "ETH-PERP", 5, 1_900)), List.of(new com.solvent.model.option.OptionPosition(
                        "put", com.solvent.model.option.OptionContract.put("ETH", 1_800, now.plus(java.time.Duration.ofDays(30))),
                        10, 60)));

        MarginRatioHistogram fromBook = MarginRatioHistogram.of(StressBook.of(List.of(collar), reference), prices,
                MarginRatioHistogram.DEFAULT_EDGES, 1, TaskMonitor.NONE);
        MarginRatioHistogram fromRecords = MarginRatioHistogram.of(
                MarginEngine.withoutExplanations().evaluate(List.of(collar), prices, reference).accounts(),
                MarginRatioHistogram.DEFAULT_EDGES);

        assertThat(fromBook.totalNotional()).isCloseTo(5 * 2_000 + 10 * 2_000, within(1e-9));
        assertThat(fromBook.bins()).isEqualTo(fromRecords.bins());
    }

    @Test
    void edgesMustStartAtZeroAndIncrease() {
        assertThatThrownBy(() -> MarginRatioHistogram.of(List.of(), new double[] {0.1, 1})).hasMessageContaining("start at 0");
        assertThatThrownBy(() -> MarginRatioHistogram.of(List.of(), new double[] {0, 1, 1})).hasMessageContaining("increase");
    }

    /** The book path (columnar ratios, record notional) equals the record engine's report. */
    @Property(tries = 60)
    void theBookHistogramEqualsTheRecordEnginesOne(@ForAll("books") List<Account> accounts,
                                                   @ForAll("anyPrices") PriceSet prices) {
        MarginPolicy reference = VenuePresets.reference();
        MarginRatioHistogram fromBook = MarginRatioHistogram.of(StressBook.of(accounts, reference), prices,
                MarginRatioHistogram.DEFAULT_EDGES, 1, TaskMonitor.NONE);
        MarginRatioHistogram fromRecords = MarginRatioHistogram.of(
                MarginEngine.withoutExplanations().evaluate(accounts, prices, reference).accounts(),
                MarginRatioHistogram.DEFAULT_EDGES);

        assertThat(fromBook.accountsFailed()).isEqualTo(fromRecords.accountsFailed());
        for (int i = 0; i < fromBook.bins().size(); i++) {
            HistogramBin a = fromBook.bins().get(i);
            HistogramBin b = fromRecords.bins().get(i);
            assertThat(a.accounts()).isEqualTo(b.accounts());
            assertThat(a.notional()).isCloseTo(b.notional(), within(1e-9 * Math.max(1, b.notional())));
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
