package com.solvent.model;

import com.solvent.model.account.MarginMode;
import com.solvent.model.risk.Explanation;
import com.solvent.model.risk.Term;
import com.solvent.model.account.Account;
import com.solvent.model.account.CollateralBalance;
import com.solvent.model.account.Position;
import com.solvent.model.market.MaintenanceTier;
import com.solvent.model.market.Market;
import com.solvent.model.market.Perpetual;
import com.solvent.model.policy.CollateralAsset;
import com.solvent.model.policy.LiquidationRules;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.AssetPrice;
import com.solvent.model.price.Freshness;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.solvent.model.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad inputs are refused where they enter, with a message naming the field. */
class InputValidationTest {

    @Test
    void pricesMustBePositiveAndFinite() {
        assertThatThrownBy(() -> new AssetPrice(Double.NaN, 1, 0.01, NOW, Freshness.FRESH))
                .hasMessage("price.mark must be a finite number, was NaN");
        assertThatThrownBy(() -> AssetPrice.fresh(-5, 0.01, NOW)).hasMessageContaining("price.mark must be positive");
        assertThatThrownBy(() -> AssetPrice.fresh(5, Double.POSITIVE_INFINITY, NOW))
                .hasMessageContaining("price.dailyVolatility must be a finite number");
    }

    @Test
    void weightsMustBeInRange() {
        assertThatThrownBy(() -> new CollateralAsset("WETH", Double.NaN, 1.1)).hasMessageContaining("collateral WETH.valueWeight");
        assertThatThrownBy(() -> new CollateralAsset("WETH", -0.1, 1.1)).hasMessageContaining("collateral WETH.valueWeight");
        assertThatThrownBy(() -> new CollateralAsset("WETH", 0.9, 0.5)).hasMessageContaining("collateral WETH.liabilityWeight");
    }

    @Test
    void maintenanceAboveInitialIsRefused() {
        assertThatThrownBy(() -> new MaintenanceTier(0, 20, 0.06))
                .hasMessageContaining("maintenanceFraction 0.06 must not exceed the initial fraction");
    }

    @Test
    void tiersOutOfOrderAreRefused() {
        assertThatThrownBy(() -> new Market("X-PERP", "X", new Perpetual(), List.of(
                new MaintenanceTier(0, 50, 0.01), new MaintenanceTier(0, 20, 0.025))))
                .hasMessageContaining("tiers[1].notionalFloor must be above tiers[0] (tiers out of order)");
        assertThatThrownBy(() -> new Market("X-PERP", "X", new Perpetual(), List.of(
                new MaintenanceTier(0, 20, 0.025), new MaintenanceTier(1e6, 50, 0.01))))
                .hasMessageContaining("tiers[1].maintenanceFraction must not be below the previous tier's");
        assertThatThrownBy(() -> new Market("X-PERP", "X", new Perpetual(), List.of(new MaintenanceTier(10, 20, 0.025))))
                .hasMessageContaining("tiers[0].notionalFloor must be 0");
    }

    @Test
    void duplicatedIdsAndBadPositionsAreRefused() {
        Position p = Position.cross("p1", "ETH-PERP", 1, 2_000);
        assertThatThrownBy(() -> new Account("a", List.of(), List.of(p, p))).hasMessage("account a: duplicated position id p1");
        assertThatThrownBy(() -> new Account("a", List.of(new CollateralBalance("USDC", 1), new CollateralBalance("USDC", 2)),
                List.of())).hasMessage("account a: duplicated collateral asset USDC");
        assertThatThrownBy(() -> Position.cross("p1", "ETH-PERP", Double.NaN, 2_000)).hasMessageContaining("position p1.size");
        assertThatThrownBy(() -> Position.cross("p1", "ETH-PERP", 0, 2_000)).hasMessageContaining("position p1.size must not be 0");
        assertThatThrownBy(() -> Position.isolated("p1", "ETH-PERP", 1, 2_000, -5)).hasMessageContaining("position p1.isolatedMargin");
    }

    /** The lazily built messages of the hot records read exactly as the eager ones did. */
    @Test
    void lazilyBuiltMessagesNameTheFieldExactly() {
        assertThatThrownBy(() -> Position.cross("p1", "ETH-PERP", Double.NaN, 2_000))
                .hasMessage("position p1.size must be a finite number, was NaN");
        assertThatThrownBy(() -> Position.cross("p1", "ETH-PERP", 1, 0))
                .hasMessage("position p1.entryPrice must be positive, was 0.0");
        assertThatThrownBy(() -> new Position("p1", "ETH-PERP", 1, 2_000, Double.POSITIVE_INFINITY, MarginMode.CROSS, 0))
                .hasMessage("position p1.accruedFunding must be a finite number, was Infinity");
        assertThatThrownBy(() -> new Position("p1", "ETH-PERP", 1, 2_000, 0, null, 0))
                .isInstanceOf(NullPointerException.class).hasMessage("position p1.mode is required");
        assertThatThrownBy(() -> Position.isolated("p1", "ETH-PERP", 1, 2_000, -5))
                .hasMessage("position p1.isolatedMargin must not be negative, was -5.0");
        assertThatThrownBy(() -> new Explanation("equity", Double.NaN, List.of(), "sum"))
                .hasMessage("explanation equity.value must be a finite number, was NaN");
        assertThatThrownBy(() -> new Term("uPnL p1", Double.NEGATIVE_INFINITY))
                .hasMessage("term uPnL p1 must be a finite number, was -Infinity");
    }

    @Test
    void policySettlementAssetMustBeCollateral() {
        assertThatThrownBy(() -> MarginPolicy.of("x", "s", List.of(), List.of(CollateralAsset.fullValue("USDC")),
                new LiquidationRules(0.01, 0.5, false, 0.5, 0.25), 0.8, "DAI"))
                .hasMessage("policy.settlementAsset DAI is not a listed collateral asset");
    }
}
