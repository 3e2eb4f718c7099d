package com.solvent.model.liquidation;

import com.solvent.model.account.Account;
import com.solvent.model.account.Position;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.market.Market;
import com.solvent.model.policy.CollateralAsset;
import com.solvent.model.policy.LiquidationRules;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.HealthState;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.solvent.model.Fixtures.account;
import static com.solvent.model.Fixtures.perp;
import static com.solvent.model.Fixtures.prices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LiquidationEngineTest {
    private final LiquidationEngine liquidation = new LiquidationEngine();
    private final MarginEngine engine = new MarginEngine();

    private static MarginPolicy policy(LiquidationRules rules, Market... markets) {
        return MarginPolicy.of("t", "test", List.of(markets), List.of(CollateralAsset.fullValue("USDC")), rules, 0.8, "USDC");
    }

    @Test
    void healthyAccountIsLeftAlone() {
        MarginPolicy p = policy(new LiquidationRules(0.01, 0.5, false, 0.5, 0.25), perp("ETH", 10, 0.05));
        Account a = account("a", 10_000, Position.cross("p1", "ETH-PERP", 1, 2_000));

        LiquidationOutcome out = liquidation.liquidate(a, prices("ETH", 2_000), p, 1_000);

        assertThat(out.nothingToDo()).isTrue();
        assertThat(out.after()).isEqualTo(a);
        assertThat(out.insuranceFundAfter()).isEqualTo(1_000);
    }

    @Test
    void partialLiquidationClosesChunksOfTheLargestContributorUntilTheTarget() {
        // ETH MM 5%, BTC MM 5%. Equity 1,100 + PnL; the BTC position carries the largest MM.
        LiquidationRules rules = new LiquidationRules(0.01, 0.25, false, 0.5, 0.25);
        MarginPolicy p = policy(rules, perp("ETH", 10, 0.05), perp("BTC", 10, 0.05));
        Account a = account("a", 1_000, Position.cross("eth", "ETH-PERP", 2, 2_000), Position.cross("btc", "BTC-PERP", 0.5, 40_000));
        PriceSet px = prices("ETH", 2_000, "BTC", 40_000); // MM = 200 + 1,000 = 1,200 > equity 1,000

        LiquidationOutcome out = liquidation.liquidate(a, px, p, 0.0);

        assertThat(out.healthBefore()).isEqualTo(HealthState.LIQUIDATABLE);
        assertThat(out.fills().getFirst().positionId()).isEqualTo("btc");
        assertThat(out.fills().getFirst().closedSize()).isCloseTo(0.125, within(1e-12));
        AccountRisk after = (AccountRisk) engine.evaluate(out.after(), px, p);
        assertThat(after.cross().marginRatio()).isLessThanOrEqualTo(0.5);
        // penalty = 1% of the liquidated notional, a quarter to the liquidator
        assertThat(out.penalty()).isCloseTo(0.01 * out.liquidatedNotional(), within(1e-9));
        assertThat(out.penaltyToLiquidator()).isCloseTo(0.25 * out.penalty(), within(1e-9));
        assertThat(out.insuranceFundAfter()).isCloseTo(0.75 * out.penalty(), within(1e-9));
        // closing at the mark does not move equity: only the penalty leaves
        assertThat(after.equity()).isCloseTo(1_000 - out.penalty(), within(1e-9));
        // one more chunk before the last would not have reached the target (it stopped as soon as it did)
        assertThat(out.fills().size()).isGreaterThan(1);
    }

    @Test
    void bankruptAccountDrawsOnTheInsuranceFundThenLeavesBadDebt() {
        MarginPolicy p = policy(new LiquidationRules(0.01, 0.5, false, 0.5, 0.25), perp("ETH", 10, 0.05));
        Account a = account("a", 100, Position.cross("p1", "ETH-PERP", 1, 2_000));
        PriceSet crash = prices("ETH", 1_700); // equity -200

        LiquidationOutcome rich = liquidation.liquidate(a, crash, p, 1_000);
        LiquidationOutcome poor = liquidation.liquidate(a, crash, p, 50);

        assertThat(rich.fills()).singleElement().satisfies(f -> assertThat(f.closedSize()).isEqualTo(1.0));
        // the penalty is charged too (static), deepening the deficit: 200 + 17
        assertThat(rich.insuranceDraw()).isCloseTo(217, within(1e-9));
        assertThat(rich.badDebt()).isZero();
        assertThat(rich.insuranceFundAfter()).isCloseTo(1_000 + 8.5 - 217, within(1e-9));
        assertThat(poor.insuranceDraw()).isCloseTo(58.5, within(1e-9));
        assertThat(poor.badDebt()).isCloseTo(217 - 58.5, within(1e-9));
        // the bankrupt long is offset against shorts at the price where its share of the group nets to zero:
        // selling 1 ETH at 1,700 + 158.5 instead of the mark recovers the bad debt
        assertThat(poor.toDeleverage()).singleElement().satisfies(b ->
                assertThat(b.bankruptcyPrice()).isCloseTo(1_700 + (217 - 58.5), within(1e-9)));
        assertThat(((AccountRisk) engine.evaluate(poor.after(), crash, p)).equity()).isCloseTo(0, within(1e-9));
    }

    @Test
    void dynamicPenaltyNeverMakesTheAccountBankrupt() {
        MarginPolicy p = policy(new LiquidationRules(0.05, 0.0, true, 0.0, 1.0), perp("ETH", 10, 0.05));
        Account a = account("a", 100, Position.cross("p1", "ETH-PERP", 1, 2_000));
        PriceSet px = prices("ETH", 1_940); // equity 40 < MM 97; static penalty would be 97

        LiquidationOutcome out = liquidation.liquidate(a, px, p, 0.0);

        assertThat(out.penalty()).isCloseTo(40, within(1e-9));
        assertThat(out.badDebt()).isZero();
        assertThat(out.healthAfter()).isEqualTo(HealthState.SAFE);
    }

    @Test
    void isolatedLiquidationLeavesTheCrossPoolAlone() {
        MarginPolicy p = policy(new LiquidationRules(0.01, 0.5, false, 0.0, 1.0), perp("ETH", 10, 0.05), perp("BTC", 10, 0.05));
        Account a = account("a", 5_000, Position.cross("btc", "BTC-PERP", 0.1, 40_000),
                Position.isolated("eth", "ETH-PERP", 1, 2_000, 150));
        PriceSet px = prices("ETH", 1_900, "BTC", 40_000); // isolated equity 50 < MM 95

        LiquidationOutcome out = liquidation.liquidate(a, px, p, 0.0);

        assertThat(out.fills()).singleElement().satisfies(f -> assertThat(f.positionId()).isEqualTo("eth"));
        assertThat(out.after().position("btc")).isPresent();
        // remaining isolated margin 50 - penalty 19 returns to the pool
        assertThat(out.after().balance("USDC")).isCloseTo(5_000 + 50 - 19, within(1e-9));
    }
}
