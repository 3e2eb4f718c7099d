package com.solvent.model.scenario;

import com.solvent.model.account.Position;
import com.solvent.model.risk.PositionRisk;
import com.solvent.model.scenario.Perturbation.MarketMove;
import com.solvent.model.scenario.Perturbation.VolShift;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.solvent.model.scenario.ScenarioFixtures.MARKET;
import static com.solvent.model.scenario.ScenarioFixtures.RULES;
import static com.solvent.model.scenario.ScenarioFixtures.account;
import static com.solvent.model.scenario.ScenarioFixtures.optionBook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StressGridTest {
    private static final double[] PRICES = {-30, -10, 0, 10, 30};
    private static final double[] VOLS = {-10, 0, 20};
    private final PortfolioEvaluator evaluator = PortfolioEvaluator.fast();

    @Test
    void everyCellEqualsTheSameWhatIfAppliedAsAScenario() {
        Portfolio book = optionBook();
        StressGrid grid = StressGrid.of(book, MARKET, RULES, PRICES, VOLS, evaluator);
        for (int i = 0; i < PRICES.length; i++) {
            for (int j = 0; j < VOLS.length; j++) {
                ScenarioResult r = Scenario.of("cell", MarketMove.uniform(PRICES[i]), VolShift.all(VOLS[j]))
                        .apply(book, MARKET, RULES, evaluator);
                StressCell c = grid.cell(i, j);
                assertThat(c.pnl()).isCloseTo(r.after().equity() - r.before().equity(), within(1e-9 * r.before().equity()));
                assertThat(c.marginRatio()).isCloseTo(r.after().marginRatio(), within(1e-12));
            }
        }
        assertThat(grid.cell(2, 1).pnl()).isZero();
    }

    @Test
    void aBookGridSumsPnlAndCountsLiquidatableAccounts() {
        Portfolio safe = optionBook();
        Portfolio fragile = Portfolio.of(account(1_500, Position.cross("p", "ETH-PERP", 10, 2000)));
        StressGrid book = StressGrid.ofBook(List.of(safe, fragile), MARKET, RULES, PRICES, VOLS, evaluator);
        StressGrid a = StressGrid.of(safe, MARKET, RULES, PRICES, VOLS, evaluator);
        StressGrid b = StressGrid.of(fragile, MARKET, RULES, PRICES, VOLS, evaluator);
        for (int k = 0; k < book.cells().size(); k++) {
            StressCell c = book.cells().get(k);
            assertThat(c.pnl()).isCloseTo(a.cells().get(k).pnl() + b.cells().get(k).pnl(), within(1e-6));
            assertThat(c.marginRatio()).isEqualTo(Math.max(a.cells().get(k).marginRatio(), b.cells().get(k).marginRatio()));
            assertThat(c.liquidatable()).isEqualTo(a.cells().get(k).liquidatable() + b.cells().get(k).liquidatable());
        }
        StressGrid merged = a.plus(b);
        for (int k = 0; k < book.cells().size(); k++) {
            assertThat(merged.cells().get(k).pnl()).isCloseTo(book.cells().get(k).pnl(), within(1e-6));
            assertThat(merged.cells().get(k).marginRatio()).isEqualTo(book.cells().get(k).marginRatio());
            assertThat(merged.cells().get(k).liquidatable()).isEqualTo(book.cells().get(k).liquidatable());
        }
        // 10 ETH long on 1,500 USDC: a 30% fall (-6,000) wipes it out.
        assertThat(b.cell(0, 1).liquidatable()).isEqualTo(1);
        assertThat(b.cell(2, 1).liquidatable()).isZero();
    }

    @Test
    void twoAssetBoundaryMatchesTheEnginesLiquidationPriceOnEachRow() {
        Portfolio book = Portfolio.of(account(4_000, Position.cross("e", "ETH-PERP", 10, 2000),
                Position.cross("b", "BTC-PERP", 0.2, 90_000)));
        double[] eth = {1500, 1750, 2000, 2250};
        double[] btc = new double[21];
        for (int j = 0; j < btc.length; j++) {
            btc[j] = 60_000 + 3_000 * j;
        }
        TwoAssetGrid grid = TwoAssetGrid.compute(book, MARKET, RULES, "ETH", eth, "BTC", btc, evaluator);
        assertThat(grid.boundary()).isNotEmpty();
        PortfolioEvaluator engine = PortfolioEvaluator.explaining();
        int compared = 0;
        for (BoundaryPoint p : grid.boundary()) {
            MarketState there = MARKET.withPrices(MARKET.prices().withMark("ETH", p.priceA()).withMark("BTC", p.priceB()));
            PortfolioRisk atBoundary = engine.evaluate(book, there, RULES);
            assertThat(atBoundary.crossCushion()).isCloseTo(0.0, within(1e-6 * atBoundary.crossMaintenance()));
            // On a row (ETH fixed at a grid price) the BTC boundary is the engine's BTC liquidation price,
            // wherever the engine reports one from today's BTC price.
            PositionRisk btcToday = engine.evaluate(book, MARKET.withPrices(MARKET.prices().withMark("ETH", p.priceA())), RULES)
                    .linear().position("b");
            boolean onRow = java.util.Arrays.stream(eth).anyMatch(a -> a == p.priceA());
            if (onRow && btcToday.liquidationPrice().kind() == com.solvent.model.risk.LiquidationPrice.Kind.PRICE) {
                assertThat(p.priceB()).isCloseTo(btcToday.liquidationPrice().price(), within(1e-6 * p.priceB()));
                compared++;
            }
        }
        assertThat(compared).isPositive();
        assertThat(grid.marginRatio(0, 0)).isGreaterThan(grid.marginRatio(3, 20));
    }

    /** Each cell of the grid (one engine sweep) against the full evaluation at that cell's prices. */
    @Test
    void twoAssetCellsEqualTheFullEvaluationAtThoseprices() {
        Portfolio base = optionBook();
        Portfolio book = new Portfolio(base.account().withAddedPosition(Position.cross("b", "BTC-PERP", -0.3, 90_000)),
                base.options());
        double[] eth = {1200, 1600, 2000, 2400, 2800};
        double[] btc = {50_000, 70_000, 90_000, 110_000};
        TwoAssetGrid grid = TwoAssetGrid.compute(book, MARKET, RULES, "ETH", eth, "BTC", btc, evaluator);
        PortfolioEvaluator full = PortfolioEvaluator.explaining();
        for (int i = 0; i < eth.length; i++) {
            for (int j = 0; j < btc.length; j++) {
                MarketState cell = MARKET.withPrices(MARKET.prices().withMark("ETH", eth[i]).withMark("BTC", btc[j]));
                assertThat(grid.marginRatio(i, j)).as("cell %d,%d", i, j)
                        .isCloseTo(full.evaluate(book, cell, RULES).marginRatio(), within(1e-12));
            }
        }
    }
}
