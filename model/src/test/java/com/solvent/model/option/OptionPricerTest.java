package com.solvent.model.option;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class OptionPricerTest {
    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
    private static final Instant EXPIRY = NOW.plus(30, ChronoUnit.DAYS);
    private static final double F = 2000.0;
    private static final OptionMarketData MARKET = OptionMarketData.of(NOW, Map.of("ETH", F, "BTC", 90_000.0),
            Map.of("ETH", VolSurface.flat("ETH", 0.6), "BTC", VolSurface.flat("BTC", 0.5)));

    @Test
    void contractIsPricedWithBlack76OnThePerpMarkAndSurfaceVol() {
        OptionContract call = OptionContract.call("ETH", 2200, EXPIRY);
        double expected = Black76.price(F, 2200, 30 / 365.0, 0.6, true);
        assertThat(OptionPricer.price(call, MARKET)).isCloseTo(expected, within(1e-12));
        assertThat(OptionPricer.greeks(call, MARKET).price()).isCloseTo(expected, within(1e-12));
    }

    @Test
    void positionGreeksScaleBySignedSizeAndDollarGammaIsTheSecondOrderPnlOfAOnePercentMove() {
        OptionPosition shortPuts = new OptionPosition("p1", OptionContract.put("ETH", 1900, EXPIRY), -10, 40);
        PositionGreeks g = OptionPricer.positionGreeks(shortPuts, MARKET);
        Greeks one = OptionPricer.greeks(shortPuts.contract(), MARKET);
        assertThat(g.value()).isCloseTo(-10 * one.price(), within(1e-12));
        assertThat(g.delta()).isCloseTo(-10 * one.delta(), within(1e-15));
        assertThat(g.deltaNotional()).isCloseTo(g.delta() * F, within(1e-9));
        // Revalue at +-1%: (V(+1%) + V(-1%) - 2 V) / 2 is the second-order term, i.e. the dollar gamma.
        double up = -10 * OptionPricer.price(shortPuts.contract(), MARKET.withForward("ETH", F * 1.01));
        double down = -10 * OptionPricer.price(shortPuts.contract(), MARKET.withForward("ETH", F * 0.99));
        double secondOrder = (up + down - 2 * g.value()) / 2;
        assertThat(g.dollarGamma()).isNegative().isCloseTo(secondOrder, within(1e-3 * Math.abs(secondOrder)));
    }

    @Test
    void bookPricingEqualsPricingEachContract() {
        List<OptionPosition> book = List.of(
                new OptionPosition("a", OptionContract.call("ETH", 2200, EXPIRY), 1, 0),
                new OptionPosition("b", OptionContract.put("BTC", 80_000, EXPIRY), -1, 0),
                new OptionPosition("c", OptionContract.put("ETH", 1500, NOW.minusSeconds(5)), 2, 0));
        Greeks[] all = OptionPricer.greeks(book, MARKET);
        for (int i = 0; i < book.size(); i++) {
            assertThat(all[i]).isEqualTo(OptionPricer.greeks(book.get(i).contract(), MARKET));
        }
    }

    @Test
    void expiredOptionSettlesAtIntrinsicWithDeltaZero() {
        OptionPosition call = new OptionPosition("c1", OptionContract.call("ETH", 1800, NOW.minusSeconds(60)), 2, 100);
        PositionGreeks g = OptionPricer.positionGreeks(call, MARKET);
        assertThat(g.value()).isEqualTo(400.0);
        assertThat(g.delta()).isZero();
        assertThat(g.gamma()).isZero();
        assertThat(g.vega()).isZero();
        assertThat(g.theta()).isZero();
    }

    @Test
    void summaryNetsPerUnderlyingAndAddsOnlyUsdQuantitiesAcrossThem() {
        PositionGreeks ethCall = OptionPricer.positionGreeks(
                new OptionPosition("c", OptionContract.call("ETH", 2000, EXPIRY), 5, 80), MARKET);
        PositionGreeks ethPerp = PositionGreeks.linear("ETH", F, -2.5);
        PositionGreeks btcPut = OptionPricer.positionGreeks(
                new OptionPosition("p", OptionContract.put("BTC", 85_000, EXPIRY), -1, 2000), MARKET);
        GreeksSummary summary = GreeksSummary.of(List.of(ethCall, ethPerp, btcPut));

        PositionGreeks eth = summary.byUnderlying().get("ETH");
        assertThat(eth.delta()).isCloseTo(ethCall.delta() - 2.5, within(1e-12));
        assertThat(eth.gamma()).isEqualTo(ethCall.gamma());
        assertThat(eth.vega()).isEqualTo(ethCall.vega());
        assertThat(summary.byUnderlying()).containsOnlyKeys("BTC", "ETH");
        assertThat(summary.deltaNotional()).isCloseTo(
                ethCall.deltaNotional() - 2.5 * F + btcPut.deltaNotional(), within(1e-6));
        assertThat(summary.vega()).isCloseTo(ethCall.vega() + btcPut.vega(), within(1e-9));
        assertThat(summary.theta()).isCloseTo(ethCall.theta() + btcPut.theta(), within(1e-9));
    }

    @Test
    void missingMarketDataNamesTheUnderlying() {
        OptionContract sol = OptionContract.call("SOL", 200, EXPIRY);
        assertThatThrownBy(() -> OptionPricer.price(sol, MARKET)).hasMessageContaining("SOL")
                .hasMessageContaining("forward");
    }

    @Test
    void contractLabel() {
        assertThat(OptionContract.put("ETH", 2200, Instant.parse("2026-12-25T08:00:00Z")).label())
                .isEqualTo("ETH 2026-12-25 2200 P");
    }
}
