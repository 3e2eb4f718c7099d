package com.solvent.model.option.margin;

import com.solvent.model.option.OptionContract;
import com.solvent.model.option.OptionMarketData;
import com.solvent.model.option.OptionPosition;
import com.solvent.model.option.OptionPricer;
import com.solvent.model.option.VolSurface;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StandardOptionMarginTest {
    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
    private static final Instant EXPIRY = NOW.plus(30, ChronoUnit.DAYS);
    private static final OptionMarketData MARKET = OptionMarketData.of(NOW, Map.of("ETH", 2000.0),
            Map.of("ETH", VolSurface.flat("ETH", 0.6)));

    @Test
    void deriveShortCallVectorTvLy2() {
        // VENUES.md TV-LY-2 (derivexyz/v2-core SRM formula, deployed params): spot 2000, strike 2200, value 50:
        // IM 310 (OTM 10% => 0.15 - 0.10 < 0.13 floor), MM 230.
        StandardOptionMargin derive = StandardOptionMargin.derive();
        assertThat(derive.initialPerShort(true, 2200, 2000, 50)).isCloseTo(310, within(1e-9));
        assertThat(derive.maintenancePerShort(true, 2000, 50)).isCloseTo(230, within(1e-9));
    }

    @Test
    void deriveShortPutVectorTvLy3() {
        // VENUES.md TV-LY-3: spot 2000, strike 1800, value 30: MM max(180, 2.7) + 30 = 210,
        // IM max(260 + 30, 210 x 1.05) = 290.
        StandardOptionMargin derive = StandardOptionMargin.derive();
        assertThat(derive.maintenancePerShort(false, 2000, 30)).isCloseTo(210, within(1e-9));
        assertThat(derive.initialPerShort(false, 1800, 2000, 30)).isCloseTo(290, within(1e-9));
    }

    @Test
    void deribitShortCallVectorTvDb3InUsd() {
        // VENUES.md TV-DB-3 (legacy Deribit SM): strike 60k, underlying 50k, option mark 0.01 BTC:
        // IM 0.11 BTC, MM 0.085 BTC; here in USD at 50k per BTC: 5500 and 4250.
        StandardOptionMargin deribit = StandardOptionMargin.deribit();
        assertThat(deribit.initialPerShort(true, 60_000, 50_000, 500)).isCloseTo(5500, within(1e-9));
        assertThat(deribit.maintenancePerShort(true, 50_000, 500)).isCloseTo(4250, within(1e-9));
    }

    @Test
    void groupRequirementSumsShortsAndCountsLongsAsValueOnly() {
        OptionContract call = OptionContract.call("ETH", 2200, EXPIRY);
        OptionContract put = OptionContract.put("ETH", 1800, EXPIRY);
        List<OptionPosition> book = List.of(new OptionPosition("s", call, -3, 50),
                new OptionPosition("l", put, 2, 30));
        OptionMargin m = OptionMarginCalculator.compute(StandardOptionMargin.derive(), book, List.of(), MARKET);
        double callMark = OptionPricer.price(call, MARKET);
        double putMark = OptionPricer.price(put, MARKET);
        assertThat(m.initial()).isCloseTo(3 * (0.13 * 2000 + callMark), within(1e-9));
        assertThat(m.maintenance()).isCloseTo(3 * (0.09 * 2000 + callMark), within(1e-9));
        assertThat(m.optionValue()).isCloseTo(-3 * callMark + 2 * putMark, within(1e-9));
        assertThat(m.terms()).singleElement().satisfies(t -> assertThat(t.label()).contains("2200 C"));
    }

    @Test
    void expiredShortNeedsNoMargin() {
        OptionContract expired = OptionContract.call("ETH", 1900, NOW.minusSeconds(1));
        OptionMargin m = OptionMarginCalculator.compute(StandardOptionMargin.deribit(),
                List.of(new OptionPosition("x", expired, -1, 10)), List.of(), MARKET);
        assertThat(m.initial()).isZero();
        assertThat(m.optionValue()).isCloseTo(-100, within(1e-12));
    }
}
