package com.solvent.model.stress;

import com.solvent.model.Fixtures;
import com.solvent.model.policy.VenuePresets;
import com.solvent.model.price.Freshness;
import com.solvent.model.price.PriceSet;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class StressScenarioTest {
    private static final PriceSet PRICES = Fixtures.prices("ETH", 3000, "BTC", 60000);

    private static double mark(PriceSet p, String asset) {
        return p.get(asset).orElseThrow().mark();
    }

    @Test
    void aMarketCrashMovesEveryUnderlyingButNotTheStablecoin() {
        PriceSet p = StressLibrary.byName("crash-20").orElseThrow().prices(PRICES, VenuePresets.reference());

        assertThat(mark(p, "ETH")).isCloseTo(2400, within(1e-9));
        assertThat(mark(p, "BTC")).isCloseTo(48000, within(1e-9));
        assertThat(mark(p, "USDC")).isEqualTo(1.0);
    }

    @Test
    void aSingleAssetCrashLeavesTheOthers() {
        PriceSet p = StressLibrary.byName("eth-crash-30").orElseThrow().prices(PRICES, VenuePresets.reference());

        assertThat(mark(p, "ETH")).isCloseTo(2100, within(1e-9));
        assertThat(mark(p, "BTC")).isEqualTo(60000);
    }

    @Test
    void aVolatilitySpikeTriplesVolatilityAndFallsTwoNewSigmas() {
        PriceSet p = StressLibrary.byName("vol-spike").orElseThrow().prices(PRICES, VenuePresets.reference());

        // daily vol 4% x 3 = 12%; 3000 x exp(-2 x 0.12) = 3000 x 0.786627861 (e^-0.24, tables) = 2359.883583
        assertThat(p.get("ETH").orElseThrow().dailyVolatility()).isCloseTo(0.12, within(1e-12));
        assertThat(mark(p, "ETH")).isCloseTo(2359.883583, within(1e-5));
        assertThat(mark(p, "USDC")).isEqualTo(1.0);
    }

    @Test
    void aDepegPricesTheStablecoinOnly() {
        PriceSet p = StressLibrary.byName("usdc-depeg").orElseThrow().prices(PRICES, VenuePresets.reference());

        assertThat(mark(p, "USDC")).isEqualTo(0.95);
        assertThat(mark(p, "ETH")).isEqualTo(3000);
    }

    @Test
    void aFrozenOracleKeepsItsOldPriceMarkedStaleWhileTheOthersMove() {
        PriceSet p = StressLibrary.byName("eth-oracle-frozen").orElseThrow().prices(PRICES, VenuePresets.reference());

        assertThat(mark(p, "ETH")).isEqualTo(3000);
        assertThat(p.get("ETH").orElseThrow().freshness()).isEqualTo(Freshness.STALE);
        assertThat(mark(p, "BTC")).isCloseTo(48000, within(1e-9));
        assertThat(p.get("BTC").orElseThrow().freshness()).isEqualTo(Freshness.FRESH);
    }

    @Test
    void theFreezeWinsWhateverItsPositionInTheList() {
        StressScenario s = new StressScenario("x", "freeze first", List.of(new PriceShock.OracleFreeze("ETH"),
                new PriceShock.AssetMove("ETH", -0.5)));

        assertThat(mark(s.prices(PRICES, VenuePresets.reference()), "ETH")).isEqualTo(3000);
    }

    @Test
    void badShocksAreRefusedByName() {
        assertThatThrownBy(() -> new PriceShock.MarketMove(-1.0)).hasMessageContaining("marketMove.fraction");
        assertThatThrownBy(() -> new PriceShock.Depeg("USDC", 0)).hasMessageContaining("depeg.price");
        assertThatThrownBy(() -> new PriceShock.AssetMove("SOL", -0.1).apply(PRICES, PRICES, java.util.Set.of()))
                .hasMessageContaining("no SOL");
    }

    @Test
    void theLibraryHasUniqueNames() {
        assertThat(StressLibrary.names()).doesNotHaveDuplicates()
                .contains("crash-10", "crash-20", "crash-35", "vol-spike", "usdc-depeg", "eth-oracle-frozen");
    }
}
