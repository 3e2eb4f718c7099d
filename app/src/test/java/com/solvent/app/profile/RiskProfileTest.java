package com.solvent.app.profile;

import com.solvent.app.fx.MarketState;
import com.solvent.app.fx.OfflineBook;
import com.solvent.model.account.Account;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.risk.AccountRisk;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RiskProfileTest {
    private static final MarketState BOOK = OfflineBook.at(Instant.parse("2026-11-25T02:00:00Z"));
    /** Desk A: 50,000 USDC, long 40 ETH-PERP (entry 2,900), short 1.5 BTC-PERP; ETH at 3,000 USD. */
    private static final Account DESK_A = BOOK.account(OfflineBook.DESK_A).orElseThrow();
    private final RiskProfile profile = new RiskProfile(new MarginEngine());

    @Test
    void theMiddleOfTheSweepIsTheLiveEvaluation() {
        List<RiskProfile.Point> points = profile.sweep(DESK_A, BOOK.prices(), BOOK.policy(), "ETH", -20, 20, 4);

        AccountRisk live = (AccountRisk) new MarginEngine().evaluate(DESK_A, BOOK.prices(), BOOK.policy());
        RiskProfile.Point middle = points.get(2);
        assertThat(middle.price()).isEqualTo(3_000.0);
        assertThat(middle.equity()).isEqualTo(live.equity());
        assertThat(middle.maintenance()).isEqualTo(live.maintenanceRequirement());
    }

    @Test
    void equityMovesByTheLongSizeTimesThePriceChange() {
        List<RiskProfile.Point> points = profile.sweep(DESK_A, BOOK.prices(), BOOK.policy(), "ETH", -20, 20, 4);

        // ETH from 2,400 to 3,600 in steps of 300 USD: a long of 40 gains 12,000 USD per step, nothing else moves.
        double[] expectedPrices = {2_400.0, 2_700.0, 3_000.0, 3_300.0, 3_600.0};
        assertThat(points).hasSize(expectedPrices.length);
        for (int i = 0; i < expectedPrices.length; i++) {
            assertThat(points.get(i).price()).isCloseTo(expectedPrices[i], within(1e-9));
        }
        for (int i = 1; i < points.size(); i++) {
            assertThat(points.get(i).equity() - points.get(i - 1).equity()).isCloseTo(12_000.0, within(1e-6));
        }
    }
}
