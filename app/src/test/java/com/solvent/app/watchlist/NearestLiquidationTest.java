package com.solvent.app.watchlist;

import com.solvent.model.risk.Explanation;
import com.solvent.model.risk.LiquidationPrice;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The watchlist's narrow "Liq. move" text. */
class NearestLiquidationTest {
    @Test
    void theNarrowTextKeepsTheMoveAndTheBaseAsset() {
        assertThat(nearest("ETH-PERP", -0.0034).shortText()).isEqualTo("-0.3% ETH");
        assertThat(nearest("BTC-PERP", 2.9995).shortText()).isEqualTo("+300% BTC");
        assertThat(nearest("SOL", -0.1111).shortText()).isEqualTo("-11.1% SOL");
    }

    private static NearestLiquidation nearest(String market, double fraction) {
        return new NearestLiquidation(market, LiquidationPrice.at(100 * (1 + fraction), 100, 0.03,
                Explanation.OMITTED));
    }
}
