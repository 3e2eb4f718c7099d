package com.solvent.app.profile;

import com.solvent.app.fx.MarketState;
import com.solvent.app.fx.OfflineBook;
import com.solvent.app.whatif.Scenario;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.LiquidationPrice;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The profile's curves and markers for Desk A (long 40 ETH-PERP, short 1.5 BTC-PERP, 50,000 USDC). */
class ProfileCurvesTest {
    private static final MarketState BOOK = OfflineBook.at(Instant.parse("2026-11-25T03:00:00Z"));
    private static final com.solvent.model.account.Account DESK_A = BOOK.account(OfflineBook.DESK_A).orElseThrow();

    @Test
    void theLiquidationMarkerIsWhereTheEngineSaysTheEthPositionLiquidates() {
        ProfileCurves curves = ProfileController.curves(DESK_A, BOOK.prices(), BOOK.policy(), "ETH", 3_000, 0,
                Scenario.LIVE);

        // Second source: the engine's own liquidation price of the ETH position (closed form, not a sweep).
        AccountRisk risk = (AccountRisk) new MarginEngine().evaluate(DESK_A, BOOK.prices(), BOOK.policy());
        LiquidationPrice eth = risk.positions().stream().filter(p -> p.marketId().equals("ETH-PERP")).findFirst()
                .orElseThrow().liquidationPrice();
        List<ProfileCurves.Marker> liquidations = curves.markers().stream()
                .filter(m -> m.kind() == ProfileCurves.Kind.LIQUIDATION_TODAY).toList();

        assertThat(liquidations).hasSize(1);
        assertThat(liquidations.getFirst().price()).isCloseTo(eth.price(), within(1e-6 * eth.price()));
        assertThat(curves.markers()).filteredOn(m -> m.kind() == ProfileCurves.Kind.PRICE_NOW)
                .singleElement().satisfies(m -> {
                    assertThat(m.price()).isEqualTo(3_000);
                    assertThat(m.label()).isEqualTo("now 3,000");
                });
        assertThat(curves.later()).isNull();
        assertThat(curves.whatIf()).as("a neutral scenario draws no overlay").isNull();
    }

    @Test
    void perpetualsDoNotDecaySoTheLaterCurveLiquidatesAtTheSamePrice() {
        ProfileCurves curves = ProfileController.curves(DESK_A, BOOK.prices(), BOOK.policy(), "ETH", 3_000, 30,
                Scenario.LIVE);

        assertThat(curves.later()).isNotNull();
        assertThat(curves.later().liquidationPrices().getFirst())
                .isCloseTo(curves.today().liquidationPrices().getFirst(), within(1e-6));
        assertThat(curves.markers()).extracting(ProfileCurves.Marker::kind).contains(ProfileCurves.Kind.LIQUIDATION_LATER);
    }

    @Test
    void aTopUpInTheWhatIfMovesTheLongsLiquidationPointLower() {
        Scenario topUp = new Scenario(0, Map.of(), 0, 2_000);

        ProfileCurves curves = ProfileController.curves(DESK_A, BOOK.prices(), BOOK.policy(), "ETH", 3_000, 0, topUp);

        double today = curves.today().liquidationPrices().getFirst();
        double withTopUp = curves.whatIf().liquidationPrices().getFirst();
        // 2,000 USD more equity absorbs a further 2,000 / 40 ETH = 50 USD of ETH price fall, and the lower
        // notional there needs less maintenance; so the point moves down by at least 50 (and stays in the range).
        assertThat(withTopUp).isLessThan(today - 50);
        assertThat(curves.markers()).extracting(ProfileCurves.Marker::kind)
                .contains(ProfileCurves.Kind.LIQUIDATION_WHAT_IF);
    }

    @Test
    void noProfileMeansNoMarkers() {
        assertThat(ProfileCurves.NONE.markers()).isEmpty();
    }
}
