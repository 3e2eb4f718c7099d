package com.solvent.app.watchlist;

import com.solvent.app.fx.LiveRisk;
import com.solvent.app.fx.MarketState;
import com.solvent.app.fx.OfflineBook;
import com.solvent.app.fx.PositionSummary;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.Explanation;
import com.solvent.model.risk.LiquidationPrice;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The watchlist's narrow "Liq. move" text. */
class NearestLiquidationTest {
    @Test
    void theNarrowTextKeepsTheMoveAndTheBaseAsset() {
        assertThat(nearest("ETH-PERP", -0.0034).shortText()).isEqualTo("-0.3% ETH");
        assertThat(nearest("BTC-PERP", 2.9995).shortText()).isEqualTo("+300% BTC");
        assertThat(nearest("SOL", -0.1111).shortText()).isEqualTo("-11.1% SOL");
    }

    @Test
    void theNearestFoundWithTheReportIsTheOneOverThePositions() {
        MarketState book = OfflineBook.at(Instant.parse("2026-11-25T02:00:00Z"));
        LiveRisk live = new LiveRisk(book, new MarginEngine().evaluate(book.accounts(), book.prices(), book.policy()), 1);
        List<AccountRisk> evaluated = live.report().accounts().stream().filter(AccountRisk.class::isInstance)
                .map(AccountRisk.class::cast).toList();
        assertThat(evaluated).as("precondition: an account with a liquidation price")
                .anyMatch(r -> NearestLiquidation.of(r).isPresent());
        for (AccountRisk risk : evaluated) {
            assertThat(NearestLiquidation.of(live.positions().of(risk))).as(risk.accountId())
                    .isEqualTo(NearestLiquidation.of(risk));
        }
        assertThat(NearestLiquidation.of((PositionSummary) null)).isEmpty();
    }

    private static NearestLiquidation nearest(String market, double fraction) {
        return new NearestLiquidation(market, LiquidationPrice.at(100 * (1 + fraction), 100, 0.03,
                Explanation.OMITTED));
    }
}
