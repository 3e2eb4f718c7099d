package com.solvent.model.cascade;

import com.solvent.model.Fixtures;
import com.solvent.model.account.Account;
import com.solvent.model.account.Position;
import com.solvent.model.market.Market;
import com.solvent.model.market.Perpetual;
import com.solvent.model.policy.CollateralAsset;
import com.solvent.model.policy.LiquidationRules;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.PriceSet;
import com.solvent.model.stress.StressBook;
import com.solvent.model.stress.StressLibrary;
import com.solvent.model.stress.StressResult;
import com.solvent.model.stress.StressRunner;
import com.solvent.model.stress.StressScenario;
import com.solvent.model.task.TaskMonitor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CascadeSimulationTest {
    /**
     * ETH-PERP flat 10x / MMF 5%; liquidation closes a group in full (target 0), no penalty; USDC only.
     * Four longs of 1 ETH entered at 100 with collateral c: equity = c + (P - 100), MM = 0.05 P, so the
     * liquidation price is P* = (100 - c) / 0.95:
     * A c=15 -> 89.474; B c=20 -> 84.211; C c=25 -> 78.947; D c=40 -> 63.158.
     */
    private static final MarginPolicy POLICY = MarginPolicy.of("cascade-test", "hand-built",
            List.of(Market.flat("ETH-PERP", "ETH", new Perpetual(), 10, 0.05)),
            List.of(CollateralAsset.fullValue("USDC")), new LiquidationRules(0.0, 0.0, false, 0.0, 1.0), 0.8, "USDC");
    private static final PriceSet PRICES = Fixtures.prices("ETH", 100);
    private static final StressBook BOOK = StressBook.of(List.of(
            longOneEth("A", 15), longOneEth("B", 20), longOneEth("C", 25), longOneEth("D", 40)), POLICY);
    private static final StressScenario ETH_DOWN_11 = StressLibrary.singleAsset("ETH", 0.11);

    private static final java.util.Comparator<Double> CLOSE = (a, b) -> Math.abs(a - b) < 1e-8 ? 0 : Double.compare(a, b);

    private static Account longOneEth(String id, double usdc) {
        return Fixtures.account(id, usdc, Position.cross("p", "ETH-PERP", 1.0, 100));
    }

    @Test
    void cascadeReachesTheHandComputedFixedPoint() {
        // Shock -11%: P0 = 89. Depth 1000 USD, impact 1: P = 89 x (1 - N / 1000), N = cumulative notional sold.
        // round 0 at 89:       A liquidated (89 < 89.474), sells 1 x 89 = 89            -> N = 89
        //   P1 = 89 x (1 - 0.089) = 81.079
        // round 1 at 81.079:   B liquidated (81.079 < 84.211), sells 81.079             -> N = 170.079
        //   P2 = 89 x (1 - 0.170079) = 73.862969
        // round 2 at 73.862969: C liquidated (< 78.947), sells 73.862969                -> N = 243.941969
        //   C's equity after closing: 25 + (73.862969 - 100) = -1.137031, covered by the fund (10 -> 8.862969)
        //   P3 = 89 x (1 - 0.243941969) = 89 x 0.756058031 = 67.289164759
        // round 3 at 67.289:   D holds (67.289 > 63.158): nothing liquidated -> fixed point 67.289164759.
        CascadeSettings settings = new CascadeSettings(MarketDepth.linear(Map.of("ETH", 1000.0)), 1e-9, 20, 10.0);
        CascadeResult r = new CascadeSimulation(1).run(BOOK, PRICES, ETH_DOWN_11, settings, TaskMonitor.NONE);

        assertThat(r.converged()).isTrue();
        assertThat(r.rounds()).hasSize(4);
        assertThat(r.pricePath("ETH")).usingComparatorForType(CLOSE, Double.class)
                .containsExactly(89.0, 81.079, 73.862969, 67.289164759, 67.289164759);
        assertThat(r.rounds().stream().map(x -> x.sweep().totals().accountsLiquidated()).toList())
                .containsExactly(1, 1, 1, 0);
        assertThat(r.rounds().get(2).sweep().liquidations().getFirst().accountId()).isEqualTo("C");
        assertThat(r.totals().notionalLiquidated()).isCloseTo(243.941969, within(1e-9));
        assertThat(r.totals().insuranceDraw()).isCloseTo(1.137031, within(1e-9));
        assertThat(r.totals().badDebt()).isZero();
        assertThat(r.insuranceFundAfter()).isCloseTo(8.862969, within(1e-9));
        assertThat(r.finalMarks().get("ETH")).isCloseTo(67.289164759, within(1e-9));
    }

    @Test
    void withoutPriceImpactACascadeIsOneStressPass() {
        CascadeResult cascade = new CascadeSimulation(1).run(BOOK, PRICES, StressLibrary.singleAsset("ETH", 0.2),
                CascadeSettings.of(MarketDepth.none(), 10.0), TaskMonitor.NONE);
        StressResult stress = new StressRunner(BOOK, 10.0, 1).run(StressLibrary.singleAsset("ETH", 0.2), PRICES,
                TaskMonitor.NONE);

        assertThat(cascade.rounds()).hasSize(1);
        assertThat(cascade.totals()).isEqualTo(stress.totals());
        assertThat(cascade.insuranceFundAfter()).isEqualTo(stress.sweep().insuranceFundAfter());
        assertThat(cascade.totals().accountsLiquidated()).isEqualTo(2); // at 80: A (89.474) and B (84.211) go; C (78.947) and D hold
    }

    @Test
    void theRoundLimitStopsAnUnfinishedCascade() {
        CascadeSettings settings = new CascadeSettings(MarketDepth.linear(Map.of("ETH", 1000.0)), 1e-9, 2, 10.0);
        CascadeResult r = new CascadeSimulation(1).run(BOOK, PRICES, ETH_DOWN_11, settings, TaskMonitor.NONE);

        assertThat(r.converged()).isFalse();
        assertThat(r.rounds()).hasSize(2);
        assertThat(r.finalMarks().get("ETH")).isCloseTo(73.862969, within(1e-9));
    }

    @Test
    void aFrozenOracleDoesNotMoveWithTheFlow() {
        StressScenario frozen = new StressScenario("frozen", "ETH -20%, feed frozen",
                List.of(new com.solvent.model.stress.PriceShock.AssetMove("ETH", -0.2),
                        new com.solvent.model.stress.PriceShock.OracleFreeze("ETH")));
        CascadeResult r = new CascadeSimulation(1).run(BOOK, PRICES, frozen,
                CascadeSettings.of(MarketDepth.linear(Map.of("ETH", 1000.0)), 0.0), TaskMonitor.NONE);

        assertThat(r.totals().accountsLiquidated()).isZero();
        assertThat(r.pricePath("ETH")).containsExactly(100.0, 100.0);
    }

    @Test
    void anInterruptedThreadCancelsTheCascade() {
        Thread.currentThread().interrupt();
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CascadeSimulation(1).run(BOOK, PRICES,
                    ETH_DOWN_11, CascadeSettings.of(MarketDepth.linear(Map.of("ETH", 1000.0)), 0), TaskMonitor.NONE))
                    .isInstanceOf(java.util.concurrent.CancellationException.class);
        } finally {
            assertThat(Thread.interrupted()).isTrue(); // the flag is left for the caller's executor; clear it
        }
    }

    @Test
    void aCrossAccountIsReEvaluatedWholeAfterEachRound() {
        // X holds ETH and BTC longs in one cross pool. Only the ETH price falls, but X's BTC position is
        // liquidated with it: the account, not the position, is what reaches maintenance.
        MarginPolicy two = MarginPolicy.of("two", "hand-built",
                List.of(Market.flat("ETH-PERP", "ETH", new Perpetual(), 10, 0.05),
                        Market.flat("BTC-PERP", "BTC", new Perpetual(), 10, 0.05)),
                List.of(CollateralAsset.fullValue("USDC")), new LiquidationRules(0.0, 0.0, false, 0.0, 1.0), 0.8, "USDC");
        // equity = 30 + (P_eth - 100); MM = 0.05 P_eth + 0.05 x 100 -> liquidatable below P_eth = 75 / 0.95 = 78.947
        Account x = Fixtures.account("X", 30, Position.cross("e", "ETH-PERP", 1, 100), Position.cross("b", "BTC-PERP", 1, 100));
        StressBook book = StressBook.of(List.of(x), two);
        CascadeResult r = new CascadeSimulation(1).run(book, Fixtures.prices("ETH", 100, "BTC", 100),
                StressLibrary.singleAsset("ETH", 0.25),
                CascadeSettings.of(MarketDepth.linear(Map.of("ETH", 1000.0, "BTC", 1000.0)), 0.0), TaskMonitor.NONE);

        // both positions closed at round 0 (75 + 100 sold); BTC falls too: 100 x (1 - 100/1000) = 90
        assertThat(r.rounds().getFirst().sweep().netNotionalSold()).containsEntry("ETH", 75.0).containsEntry("BTC", 100.0);
        assertThat(r.finalMarks().get("BTC")).isCloseTo(90.0, within(1e-12));
    }
}
