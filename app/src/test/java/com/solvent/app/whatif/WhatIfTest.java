package com.solvent.app.whatif;

import com.solvent.app.fx.MarketState;
import com.solvent.app.fx.OfflineBook;
import com.solvent.model.account.Account;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.risk.AccountRisk;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WhatIfTest {
    private static final MarketState BOOK = OfflineBook.at(Instant.parse("2026-11-25T02:00:00Z"));
    /** Desk A: 50,000 USDC, long 40 ETH-PERP, short 1.5 BTC-PERP; ETH 3,000, BTC 60,000 USD. */
    private static final Account DESK_A = BOOK.account(OfflineBook.DESK_A).orElseThrow();
    private final WhatIf whatIf = new WhatIf(new MarginEngine());

    @Test
    void theLiveScenarioShowsExactlyTheLiveFigures() {
        WhatIf.Outcome outcome = whatIf.evaluate(DESK_A, BOOK.prices(), BOOK.policy(), Scenario.LIVE);

        assertThat(outcome.after()).isEqualTo(outcome.before());
        assertThat(outcome.refusal()).isEmpty();
    }

    @Test
    void aMarketWideFallChangesEquityByTheLinearPnlOfEachPosition() {
        WhatIf.Outcome outcome = whatIf.evaluate(DESK_A, BOOK.prices(), BOOK.policy(),
                new Scenario(-10, Map.of(), 0, 0));

        // Linear PnL by hand: 40 x (-300) + (-1.5) x (-6,000) = -12,000 + 9,000 = -3,000 USD; USDC does not move.
        double change = ((AccountRisk) outcome.after()).equity() - ((AccountRisk) outcome.before()).equity();
        assertThat(change).isCloseTo(-3_000.0, within(1e-6));
    }

    @Test
    void anAssetMoveCompoundsWithTheMarketMove() {
        WhatIf.Outcome outcome = whatIf.evaluate(DESK_A, BOOK.prices(), BOOK.policy(),
                new Scenario(-10, Map.of("ETH", 10.0), 0, 0));

        // ETH at 3,000 x 0.9 x 1.1 = 2,970 (-30 each, x 40 = -1,200); BTC at 54,000 (+9,000 on the short).
        double change = ((AccountRisk) outcome.after()).equity() - ((AccountRisk) outcome.before()).equity();
        assertThat(change).isCloseTo(-1_200.0 + 9_000.0, within(1e-6));
    }

    @Test
    void aTopUpAddsToEquityAndLowersTheMarginRatio() {
        WhatIf.Outcome outcome = whatIf.evaluate(DESK_A, BOOK.prices(), BOOK.policy(),
                new Scenario(0, Map.of(), 0, 1_000));

        AccountRisk before = (AccountRisk) outcome.before();
        AccountRisk after = (AccountRisk) outcome.after();
        assertThat(after.equity() - before.equity()).isCloseTo(1_000.0, within(1e-9));
        assertThat(after.marginRatio()).isLessThan(before.marginRatio());
    }

    @Test
    void aWithdrawalBeyondTheBalanceIsRefusedInWords() {
        WhatIf.Outcome outcome = whatIf.evaluate(DESK_A, BOOK.prices(), BOOK.policy(),
                new Scenario(0, Map.of(), 0, -60_000));

        assertThat(outcome.after()).isNull();
        assertThat(outcome.refusal()).startsWith("Refused:").contains("USDC");
    }

    @Test
    void aMoveOfMinusOneHundredPercentOrMoreIsRefusedNotEvaluated() {
        WhatIf.Outcome outcome = whatIf.evaluate(DESK_A, BOOK.prices(), BOOK.policy(),
                new Scenario(-100, Map.of(), 0, 0));

        assertThat(outcome.after()).isNull();
        assertThat(outcome.refusal()).contains("-100");
    }
}
