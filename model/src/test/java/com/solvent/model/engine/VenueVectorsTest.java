package com.solvent.model.engine;

import com.solvent.model.account.Account;
import com.solvent.model.account.Position;
import com.solvent.model.market.MaintenanceTier;
import com.solvent.model.market.Market;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.policy.VenuePresets;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.LiquidationPrice;
import com.solvent.model.risk.PositionRisk;
import org.junit.jupiter.api.Test;

import static com.solvent.model.Fixtures.account;
import static com.solvent.model.Fixtures.perp;
import static com.solvent.model.Fixtures.prices;
import static com.solvent.model.Fixtures.tieredPerp;
import static com.solvent.model.Fixtures.usdcPolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Published venue examples (VENUES.md test vectors), each with its source. Expected numbers are
 * the venue's, or the venue's closed-form formula evaluated independently in the test.
 */
class VenueVectorsTest {
    private final MarginEngine engine = new MarginEngine();

    private AccountRisk risk(Account a, com.solvent.model.price.PriceSet p, MarginPolicy policy) {
        return (AccountRisk) engine.evaluate(a, p, policy);
    }

    /**
     * TV-DY-1, dYdX isolated liquidation price: e = 1000, s = -3, p = 3000, MMF 5% gives
     * p' = (e - s p) / (|s| MMF - s) = 10000 / 3.15; equity there ~ 476.2.
     * https://github.com/dydxprotocol/v4-documentation/blob/main/docs/pages/concepts/trading/liquidations.mdx
     */
    @Test
    void dydxIsolatedLiquidationPrice() {
        MarginPolicy policy = usdcPolicy(perp("ETH", 10, 0.05));
        Account a = account("a", 0, Position.isolated("p1", "ETH-PERP", -3, 3000, 1000));

        PositionRisk p = risk(a, prices("ETH", 3000), policy).position("p1");

        assertThat(p.liquidationPrice().kind()).isEqualTo(LiquidationPrice.Kind.PRICE);
        assertThat(p.liquidationPrice().price()).isCloseTo(10000 / 3.15, within(1e-9));
        assertThat(p.liquidationPrice().price()).isCloseTo(3174.60, within(0.005));
        AccountRisk atLiq = risk(a, prices("ETH", p.liquidationPrice().price()), policy);
        assertThat(atLiq.groups().get(1).equity()).isCloseTo(476.2, within(0.05));
        assertThat(atLiq.groups().get(1).marginRatio()).isCloseTo(1.0, within(1e-9));
    }

    /**
     * TV-DY-2, dYdX cross liquidation price: account value 1000, ETH -1.5 at 3000 (MMF 5%),
     * STRK +1000 at 1.75 (MMF 10%), MMR of others 175: p' = (1000 + 4500 - 175) / 1.575 = 3380.95.
     * https://github.com/dydxprotocol/v4-documentation/blob/main/docs/pages/concepts/trading/liquidations.mdx
     */
    @Test
    void dydxCrossLiquidationPrice() {
        MarginPolicy policy = usdcPolicy(perp("ETH", 10, 0.05), perp("STRK", 5, 0.10));
        // entries at the current prices: total account value = USDC balance = 1000
        Account a = account("a", 1000, Position.cross("eth", "ETH-PERP", -1.5, 3000),
                Position.cross("strk", "STRK-PERP", 1000, 1.75));

        AccountRisk r = risk(a, prices("ETH", 3000, "STRK", 1.75), policy);

        assertThat(r.equity()).isCloseTo(1000, within(1e-9));
        assertThat(r.position("strk").maintenanceRequirement()).isCloseTo(175, within(1e-9));
        assertThat(r.position("eth").liquidationPrice().price()).isCloseTo((1000 + 4500 - 175) / 1.575, within(1e-9));
        assertThat(r.position("eth").liquidationPrice().price()).isCloseTo(3380.95, within(0.005));
    }

    /**
     * TV-BN-2, Binance USD-M isolated: long 1 BTC at 50,000, wallet balance 5,000, bracket MMR 0.4%,
     * cum 0: LP = (WB - side x pos x EP) / (pos x MMR - side x pos) = 45,000 / 0.996 = 45,180.72; the
     * notional at LP stays in the first bracket. Bracket 2 (from 50,000, 0.5%) carries cum 50.
     * https://www.binance.com/en/support/faq/b3c689c1f50a44cabb3a84e663b81d93
     */
    @Test
    void binanceIsolatedLiquidationPriceInItsBracket() {
        Market btc = tieredPerp("BTC", new MaintenanceTier(0, 125, 0.004), new MaintenanceTier(50_000, 100, 0.005),
                new MaintenanceTier(250_000, 50, 0.01));
        Account a = account("a", 0, Position.isolated("p1", "BTC-PERP", 1, 50_000, 5_000));

        PositionRisk p = risk(a, prices("BTC", 50_000), usdcPolicy(btc)).position("p1");

        assertThat(p.liquidationPrice().price()).isCloseTo((5000 - 50_000) / (0.004 - 1), within(1e-9));
        assertThat(p.liquidationPrice().price()).isCloseTo(45_180.72, within(0.005));
        assertThat(btc.maintenanceDeduction(1)).isCloseTo(50, within(1e-12));
        assertThat(p.tier()).isEqualTo(1); // at 50,000 notional it sits on bracket 2's floor
    }

    /**
     * TV-BN-1, Binance COIN-M BTCUSD maintenance amount at level 5:
     * 50 BTC x (5% - 2.5%) + 0.56 BTC = 1.81 BTC, i.e. the step from level 4 to 5 is 1.25 BTC.
     * https://www.binance.com/en/support/faq/ceccfcfb4e3a45e3b48b0b1bb1a8ae46
     */
    @Test
    void binanceMaintenanceAmountRecurrence() {
        Market coinM = tieredPerp("BTC", new MaintenanceTier(0, 125, 0.004), new MaintenanceTier(5, 100, 0.005),
                new MaintenanceTier(10, 50, 0.01), new MaintenanceTier(20, 20, 0.025),
                new MaintenanceTier(50, 10, 0.05));

        double step = coinM.maintenanceDeduction(4) - coinM.maintenanceDeduction(3);

        assertThat(step).isCloseTo(1.81 - 0.56, within(1e-12));
    }

    /**
     * TV-BY-1, Bybit USDT long 1 BTC at 20,000, 50x, MMR 0.5%: IM 400, MM 100, LP 19,700. Bybit's
     * formula values MM at the entry price; ours at the liquidation price (as dYdX and Hyperliquid),
     * which gives (20,000 - 400) / (1 - 0.005) = 19,698.49, within 2 USD of Bybit's.
     * https://www.bybit.com/en/help-center/article/Liquidation-Price-USDT-Contract
     */
    @Test
    void bybitIsolatedLong() {
        Account a = account("a", 0, Position.isolated("p1", "BTC-PERP", 1, 20_000, 400));

        PositionRisk p = risk(a, prices("BTC", 20_000), usdcPolicy(perp("BTC", 50, 0.005))).position("p1");

        assertThat(p.initialRequirement()).isCloseTo(400, within(1e-9));
        assertThat(p.maintenanceRequirement()).isCloseTo(100, within(1e-9));
        assertThat(p.liquidationPrice().price()).isCloseTo(19_700, within(2.0));
        assertThat(p.liquidationPrice().price()).isCloseTo(19_600 / 0.995, within(1e-9));
        assertThat(p.bankruptcyPrice().price()).isCloseTo(19_600, within(1e-9));
    }

    /**
     * TV-DR-3, Drift SDK liquidation price: long 10 at oracle 100, total collateral 300, MMR 10%:
     * free collateral 200, free-collateral delta (1 - 0.1) x 10 = 9, price 100 - 200 / 9 = 77.78.
     * https://github.com/drift-labs/protocol-v2/blob/master/sdk/src/user.ts (liquidationPrice)
     */
    @Test
    void driftCrossLiquidationPrice() {
        Account a = account("a", 300, Position.cross("p1", "SOL-PERP", 10, 100));

        PositionRisk p = risk(a, prices("SOL", 100), usdcPolicy(perp("SOL", 10, 0.10))).position("p1");

        assertThat(p.liquidationPrice().price()).isCloseTo(100 - 200.0 / 9, within(1e-9));
        assertThat(p.liquidationPrice().price()).isCloseTo(77.78, within(0.005));
    }

    /**
     * TV-HL-1 and TV-HL-2, Hyperliquid's documented estimate
     * liq = price - side x margin_available / size / (1 - l x side), l = 1 / (2 maxLeverage):
     * isolated long 1 at 2000 with 200 margin, 25x: 1836.7347; cross short 1 BTC at 50,000 with
     * account value 1000, 40x: 50,370.3704.
     * https://hyperliquid.gitbook.io/hyperliquid-docs/trading/liquidations
     */
    @Test
    void hyperliquidLiquidationEstimates() {
        MarginPolicy hl = VenuePresets.hyperliquid();
        Account isolated = account("iso", 0, Position.isolated("p1", "ETH-PERP", 1, 2000, 200));
        Account cross = account("cross", 1000, Position.cross("p2", "BTC-PERP", -1, 50_000));

        PositionRisk iso = risk(isolated, prices("ETH", 2000), hl).position("p1");
        PositionRisk crs = risk(cross, prices("BTC", 50_000), hl).position("p2");

        assertThat(iso.maintenanceRequirement()).isCloseTo(40, within(1e-9));
        assertThat(iso.liquidationPrice().price()).isCloseTo(2000 - 160 / (1 - 0.02), within(1e-9));
        assertThat(iso.liquidationPrice().price()).isCloseTo(1836.7347, within(5e-5));
        assertThat(crs.liquidationPrice().price()).isCloseTo(50_000 + 375 / (1 + 0.0125), within(1e-9));
        assertThat(crs.liquidationPrice().price()).isCloseTo(50_370.3704, within(5e-5));
    }

    /**
     * TV-HL-3 and TV-HL-4, Hyperliquid margin tables: BTC deduction above 150M = 150M x (2.5% - 1.25%)
     * = 1,875,000; MM at 200M = 3,125,000; continuous at 150M. A 10,000 USD position on a 20x asset
     * needs 500 initial (at 20x) and 250 maintenance.
     * https://hyperliquid.gitbook.io/hyperliquid-docs/trading/margin-tiers
     */
    @Test
    void hyperliquidMarginTables() {
        Market btc = VenuePresets.hyperliquid().markets().get("BTC-PERP");
        Market sol = VenuePresets.hyperliquid().markets().get("SOL-PERP");

        assertThat(btc.maintenanceDeduction(1)).isCloseTo(1_875_000, within(1e-6));
        assertThat(btc.maintenanceRequirement(200_000_000)).isCloseTo(3_125_000, within(1e-6));
        assertThat(btc.maintenanceRequirement(Math.nextDown(150_000_000.0))).isCloseTo(1_875_000, within(1e-6));
        assertThat(btc.maintenanceRequirement(150_000_000)).isCloseTo(1_875_000, within(1e-6));
        assertThat(sol.initialRequirement(10_000)).isCloseTo(500, within(1e-9));
        assertThat(sol.maintenanceRequirement(10_000)).isCloseTo(250, within(1e-9));
    }

    /**
     * Tier change on the way to liquidation (Binance: "re-solve with the bracket at LP", COIN-M page
     * https://www.binance.com/en/support/faq/ceccfcfb4e3a45e3b48b0b1bb1a8ae46). Isolated long 25 BTC
     * at 50,000 (1.25M notional, bracket 2 from 1M: 2.5%, deduction 15,000). The expected price is the
     * closed form of the bracket whose notional range contains its own root.
     */
    @Test
    void isolatedLiquidationPicksTheConsistentTier() {
        Market btc = tieredPerp("BTC", new MaintenanceTier(0, 50, 0.01), new MaintenanceTier(1_000_000, 20, 0.025));
        MarginPolicy policy = usdcPolicy(btc);
        double entry = 50_000;
        double size = 25;

        // margin 300k: bracket-2 root 38,359 (958,974 notional, inconsistent); bracket-1 root consistent
        double deep = risk(account("a", 0, Position.isolated("p1", "BTC-PERP", size, entry, 300_000)),
                prices("BTC", entry), policy).position("p1").liquidationPrice().price();
        double bracket2Root = (size * entry - 300_000 - 15_000) / (size * (1 - 0.025));
        double bracket1Root = (size * entry - 300_000) / (size * (1 - 0.01));
        assertThat(size * bracket2Root).isLessThan(1_000_000);
        assertThat(size * bracket1Root).isLessThan(1_000_000);
        assertThat(deep).isCloseTo(bracket1Root, within(1e-9));

        // margin 150k: the bracket-2 root stays above 1M notional and is the answer
        double shallow = risk(account("a", 0, Position.isolated("p1", "BTC-PERP", size, entry, 150_000)),
                prices("BTC", entry), policy).position("p1").liquidationPrice().price();
        double shallowRoot = (size * entry - 150_000 - 15_000) / (size * (1 - 0.025));
        assertThat(size * shallowRoot).isGreaterThan(1_000_000);
        assertThat(shallow).isCloseTo(shallowRoot, within(1e-9));
    }
}
