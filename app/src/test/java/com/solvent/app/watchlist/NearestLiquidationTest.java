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

    /** The move's text is the formatter's, which it replaced, for any value a screen can meet. */
    @Test
    void theMoveReadsAsTheFormatterWroteIt() {
        java.util.Random random = new java.util.Random(20261202);
        List<Double> values = new java.util.ArrayList<>(List.of(0.0, -0.0, 0.04, -0.04, 0.05, -0.05, 0.15, -0.25,
                99.94, 99.95, 99.96, -99.95, 100.0, -100.0, 100.5, 101.5, -100.5, 999.5, 1_000.0, 12_345.6, -98_765.4,
                1e9, -1e12, Double.MIN_VALUE, -Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY));
        for (int i = 0; i < 200_000; i++) {
            double magnitude = Math.pow(10, random.nextDouble() * 8 - 3);
            values.add((random.nextBoolean() ? 1 : -1) * magnitude);
            values.add((random.nextInt(20_001) - 10_000) / 20.0); // decimal ties at one decimal and none
            values.add(Double.longBitsToDouble(random.nextLong()));
        }
        for (double pct : values) {
            String expected = String.format(java.util.Locale.ROOT, Math.abs(pct) >= 100 ? "%+.0f%%" : "%+.1f%%", pct);
            assertThat(NearestLiquidation.move(pct)).as("%s", pct).isEqualTo(expected);
        }
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
