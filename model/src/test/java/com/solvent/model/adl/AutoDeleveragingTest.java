package com.solvent.model.adl;

import com.solvent.model.account.Account;
import com.solvent.model.account.Position;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.liquidation.BankruptPosition;
import com.solvent.model.liquidation.LiquidationEngine;
import com.solvent.model.liquidation.LiquidationOutcome;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.AccountRisk;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.solvent.model.Fixtures.account;
import static com.solvent.model.Fixtures.perp;
import static com.solvent.model.Fixtures.prices;
import static com.solvent.model.Fixtures.usdcPolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AutoDeleveragingTest {
    private final MarginPolicy policy = usdcPolicy(perp("XYZ", 10, 0.03));
    private final AutoDeleveraging adl = new AutoDeleveraging();

    /**
     * TV-DY-3, dYdX "Contract Loss Mechanisms": A long 500 at $1, B short 500 at $1, each with $100;
     * the price goes to $2: B's equity is -400, its bankruptcy price $1.2; A is closed at $1.2 and
     * realizes +$100; B ends at $0.
     * https://help.dydx.trade/en/articles/166984-contract-loss-mechanisms-on-dydx-chain
     */
    @Test
    void dydxDeleveragingExample() {
        Account a = account("A", 100, Position.cross("a1", "XYZ-PERP", 500, 1.0));
        Account b = account("B", 100, Position.cross("b1", "XYZ-PERP", -500, 1.0));
        PriceSet at2 = prices("XYZ", 2.0);

        AccountRisk bRisk = (AccountRisk) new MarginEngine().evaluate(b, at2, policy);
        assertThat(bRisk.equity()).isCloseTo(-400, within(1e-9));
        assertThat(bRisk.position("b1").bankruptcyPrice().kind().name()).isEqualTo("NOW");

        LiquidationOutcome liquidated = new LiquidationEngine().liquidate(b, at2, policy, 0.0);
        assertThat(liquidated.badDebt()).isCloseTo(400, within(1e-9));
        assertThat(liquidated.toDeleverage()).singleElement().satisfies(bp -> {
            assertThat(bp.bankruptcyPrice()).isCloseTo(1.2, within(1e-12));
            assertThat(bp.size()).isCloseTo(-500, within(1e-12));
        });

        BankruptPosition bankrupt = liquidated.toDeleverage().getFirst();
        AdlOutcome outcome = adl.deleverage(bankrupt, List.of(a), at2, policy);

        assertThat(outcome.fills()).singleElement().satisfies(f -> {
            assertThat(f.closedSize()).isCloseTo(500, within(1e-12));
            assertThat(f.realizedPnl()).isCloseTo(100, within(1e-9));
        });
        assertThat(outcome.recovered()).isCloseTo(400, within(1e-9));
        assertThat(outcome.accounts().getFirst().positions()).isEmpty();
        assertThat(outcome.accounts().getFirst().balance("USDC")).isCloseTo(200, within(1e-9));
        assertThat(liquidated.after().balance("USDC")).isCloseTo(0, within(1e-9));
        assertThat(outcome.unfilledSize()).isZero();
    }

    /** Hyperliquid ranking (mark/entry) x (notional/equity): the more levered and more profitable goes first. */
    @Test
    void ranksByProfitTimesLeverageAndSkipsLosersAndSameSide() {
        PriceSet p = prices("XYZ", 2.0);
        Account levered = account("levered", 100, Position.cross("l", "XYZ-PERP", 100, 1.0));    // notional 200, equity 200
        Account calm = account("calm", 1_000, Position.cross("c", "XYZ-PERP", 100, 1.0));        // notional 200, equity 1,100
        Account loser = account("loser", 1_000, Position.cross("x", "XYZ-PERP", 100, 3.0));      // long at a loss
        Account sameSide = account("short", 1_000, Position.cross("s", "XYZ-PERP", -100, 3.0));  // profitable short

        List<AdlCandidate> ranked = adl.rank("XYZ-PERP", -1, List.of(calm, loser, sameSide, levered), p, policy);

        assertThat(ranked).extracting(AdlCandidate::accountId).containsExactly("levered", "calm");
        assertThat(ranked.getFirst().score()).isCloseTo((2.0 / 1.0) * (200.0 / 200.0), within(1e-12));
        assertThat(ranked.get(1).score()).isCloseTo((2.0 / 1.0) * (200.0 / 1_100.0), within(1e-12));
    }
}
