package com.solvent.model.engine;

import com.solvent.model.account.Account;
import com.solvent.model.account.CollateralBalance;
import com.solvent.model.account.Position;
import com.solvent.model.market.MaintenanceTier;
import com.solvent.model.market.Market;
import com.solvent.model.market.Perpetual;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.policy.VenuePresets;
import com.solvent.model.price.AssetPrice;
import com.solvent.model.price.Freshness;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.AccountFailure;
import com.solvent.model.risk.AccountResult;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.Explanation;
import com.solvent.model.risk.HealthState;
import com.solvent.model.risk.LiquidationPrice;
import com.solvent.model.risk.PositionRisk;
import com.solvent.model.risk.RiskReport;
import com.solvent.model.risk.Term;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static com.solvent.model.Fixtures.NOW;
import static com.solvent.model.Fixtures.account;
import static com.solvent.model.Fixtures.perp;
import static com.solvent.model.Fixtures.prices;
import static com.solvent.model.Fixtures.usdcPolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Definitions of {@link MarginEngine} on small accounts whose figures follow by hand from its Javadoc. */
class MarginEngineTest {
    private static final MarginPolicy REFERENCE = VenuePresets.reference();
    private final MarginEngine engine = new MarginEngine();

    private AccountRisk risk(Account a, PriceSet p, MarginPolicy policy) {
        AccountResult r = engine.evaluate(a, p, policy);
        assertThat(r).isInstanceOf(AccountRisk.class);
        return (AccountRisk) r;
    }

    @Test
    void crossFiguresFollowTheDefinitions() {
        // 10,000 USDC + 2 WETH (w 0.9) at 2,000; long 10 ETH-PERP from 1,900 (uPnL +1,000), 50x, MMF 1%
        Account a = new Account("a", List.of(new CollateralBalance("USDC", 10_000), new CollateralBalance("WETH", 2)),
                List.of(Position.cross("p1", "ETH-PERP", 10, 1_900)));

        AccountRisk r = risk(a, prices("ETH", 2_000), REFERENCE);

        double equity = 10_000 + 2 * 2_000 * 0.9 + 1_000;
        assertThat(r.equity()).isCloseTo(equity, within(1e-9));
        assertThat(r.maintenanceRequirement()).isCloseTo(20_000 * 0.01, within(1e-9));
        assertThat(r.initialRequirement()).isCloseTo(20_000 / 50.0, within(1e-9));
        assertThat(r.marginRatio()).isCloseTo(200 / equity, within(1e-12));
        assertThat(r.freeCollateral()).isCloseTo(equity - 400, within(1e-9));
        assertThat(r.leverage()).isCloseTo(20_000 / equity, within(1e-12));
        assertThat(r.health()).isEqualTo(HealthState.SAFE);
        // free collateral 14,200 covers all USDC (10,000 USD), and 2 WETH (3,600 of equity)
        assertThat(r.collateral().get(0).maxWithdrawable()).isCloseTo(10_000, within(1e-9));
        assertThat(r.collateral().get(1).maxWithdrawable()).isCloseTo(2, within(1e-12));
        assertThat(r.maxWithdrawable()).isCloseTo(10_000, within(1e-9));
        assertThat(sum(r.equityExplained())).isCloseTo(r.equity(), within(1e-9));
        assertThat(sum(r.maintenanceExplained())).isCloseTo(r.maintenanceRequirement(), within(1e-9));
    }

    @Test
    void withdrawalOfAHaircutAssetCountsOnlyItsWeightedValue() {
        // equity 0.9 x 10 x 2,000 = 18,000; IM of 50 ETH-PERP at 2,000 (100k notional, 50x) = 2,000; free 16,000
        Account a = new Account("a", List.of(new CollateralBalance("WETH", 10)),
                List.of(Position.cross("p1", "ETH-PERP", 50, 2_000)));

        AccountRisk r = risk(a, prices("ETH", 2_000), REFERENCE);

        // X USD of WETH removes 0.9 X of equity: 16,000 / (2,000 x 0.9) units
        assertThat(r.freeCollateral()).isCloseTo(16_000, within(1e-9));
        assertThat(r.collateral().getFirst().maxWithdrawable()).isCloseTo(16_000 / 1_800.0, within(1e-12));
    }

    @Test
    void collateralInTheUnderlyingMovesWithItsPrice() {
        // 5 WETH (w 0.9) and long 10 ETH-PERP at 2,000, MMF 1%: equity(P) = 4.5 P + 10 (P - 2,000) = 0.1 P
        Account a = new Account("a", List.of(new CollateralBalance("WETH", 5)),
                List.of(Position.cross("p1", "ETH-PERP", 10, 2_000)));

        AccountRisk r = risk(a, prices("ETH", 2_000), REFERENCE);

        double expected = 20_000 / (4.5 + 10 - 0.1);
        assertThat(r.position("p1").liquidationPrice().price()).isCloseTo(expected, within(1e-9));
        assertThat(r.position("p1").bankruptcyPrice().price()).isCloseTo(20_000 / 14.5, within(1e-9));
    }

    @Test
    void fullyCollateralisedLongHasNoLiquidationPrice() {
        // 1x long: the price would have to reach 0
        Account a = account("a", 20_000, Position.cross("p1", "ETH-PERP", 10, 2_000));

        PositionRisk p = risk(a, prices("ETH", 2_000), REFERENCE).position("p1");

        assertThat(p.liquidationPrice().kind()).isEqualTo(LiquidationPrice.Kind.NONE);
        assertThat(p.liquidationPrice().price()).isZero();
        assertThat(p.bankruptcyPrice().kind()).isEqualTo(LiquidationPrice.Kind.NONE);
    }

    @Test
    void liquidatableGroupReportsNowAndBankruptGroupIsBankrupt() {
        MarginPolicy policy = usdcPolicy(perp("ETH", 10, 0.05));
        Account thin = account("thin", 0, Position.isolated("p1", "ETH-PERP", 1, 2_000, 90)); // MM 100 > 90
        Account under = account("under", 0, Position.isolated("p1", "ETH-PERP", 1, 2_000, 100));

        AccountRisk t = risk(thin, prices("ETH", 2_000), policy);
        AccountRisk u = risk(under, prices("ETH", 1_850), policy); // equity -50

        assertThat(t.health()).isEqualTo(HealthState.LIQUIDATABLE);
        assertThat(t.position("p1").liquidationPrice().kind()).isEqualTo(LiquidationPrice.Kind.NOW);
        assertThat(t.uniformMoveToLiquidation().kind()).isEqualTo(LiquidationPrice.Kind.NOW);
        assertThat(u.health()).isEqualTo(HealthState.BANKRUPT);
        assertThat(u.groups().get(1).marginRatio()).isEqualTo(MarginEngine.MARGIN_RATIO_CAP);
        assertThat(u.position("p1").bankruptcyPrice().kind()).isEqualTo(LiquidationPrice.Kind.NOW);
        // the isolated deficit is not the account's
        assertThat(u.equity()).isZero();
    }

    @Test
    void warningAtThePolicyLevel() {
        MarginPolicy policy = usdcPolicy(perp("ETH", 10, 0.05)); // warning at 0.8
        Account a = account("a", 0, Position.isolated("p1", "ETH-PERP", 1, 2_000, 120)); // 100 / 120 = 0.83

        assertThat(risk(a, prices("ETH", 2_000), policy).health()).isEqualTo(HealthState.WARNING);
    }

    @Test
    void hedgedCrossPositionsLiquidateOnlyThroughGrowingMaintenance() {
        // long ETH-PERP and short ETH future of the same size: PnL cancels, MM = 2 x 10 x P x 1%..2.5%
        Account a = account("a", 1_000, Position.cross("perp", "ETH-PERP", 10, 2_000),
                Position.cross("fut", VenuePresets.REFERENCE_FUTURE, -10, 2_000));

        AccountRisk r = risk(a, prices("ETH", 2_000), REFERENCE);

        // 1,000 = 10 P (0.01 + 0.025)  =>  P = 2,857.14, above the mark
        double expected = 1_000 / (10 * 0.035);
        assertThat(r.position("perp").liquidationPrice().price()).isCloseTo(expected, within(1e-9));
        assertThat(r.position("fut").liquidationPrice().price()).isCloseTo(expected, within(1e-9));
        assertThat(r.position("perp").liquidationPrice().distanceFraction()).isCloseTo(expected / 2_000 - 1, within(1e-12));
        assertThat(r.position("perp").liquidationPrice().distanceInDailyVols())
                .isCloseTo(Math.log(expected / 2_000) / 0.04, within(1e-9));
    }

    @Test
    void datedFutureSettlesAtExpiry() {
        Account a = account("a", 1_000, Position.cross("fut", VenuePresets.REFERENCE_FUTURE, 1, 2_000));
        PriceSet after = prices("ETH", 2_100).withAsOf(VenuePresets.REFERENCE_FUTURE_EXPIRY);

        AccountRisk r = risk(a, after, REFERENCE);

        PositionRisk p = r.position("fut");
        assertThat(p.settled()).isTrue();
        assertThat(p.maintenanceRequirement()).isZero();
        assertThat(p.initialRequirement()).isZero();
        assertThat(p.delta()).isZero();
        assertThat(p.unrealizedPnl()).isCloseTo(100, within(1e-9));
        assertThat(r.equity()).isCloseTo(1_100, within(1e-9));
        assertThat(p.liquidationPrice().kind()).isEqualTo(LiquidationPrice.Kind.NONE);
    }

    @Test
    void stalePriceMakesTheAccountUncertainButStillComputed() {
        Account a = account("a", 1_000, Position.cross("p1", "ETH-PERP", 1, 2_000));
        PriceSet stale = prices().with("ETH", new AssetPrice(2_000, 2_000, 0.04, NOW.minusSeconds(7_200), Freshness.STALE));

        AccountRisk r = risk(a, stale, REFERENCE);

        assertThat(r.health()).isEqualTo(HealthState.SAFE);
        assertThat(r.uncertain()).isTrue();
        assertThat(r.uncertainty()).containsExactly("ETH price STALE");
        assertThat(r.position("p1").uncertain()).isTrue();
        assertThat(r.cross().uncertain()).isTrue();
        assertThat(r.equity()).isCloseTo(1_000, within(1e-9));
    }

    @Test
    void aStalePriceInTheCrossPoolMakesEveryCrossLiquidationPriceUncertain() {
        Account a = account("a", 10_000, Position.cross("btc", "BTC-PERP", 1, 50_000),
                Position.isolated("iso", "BTC-PERP", 1, 50_000, 5_000), Position.cross("eth", "ETH-PERP", 1, 2_000));
        PriceSet stale = prices("BTC", 50_000)
                .with("ETH", new AssetPrice(2_000, 2_000, 0.04, NOW.minusSeconds(7_200), Freshness.STALE));

        AccountRisk r = risk(a, stale, REFERENCE);

        assertThat(r.position("btc").uncertain()).isTrue();
        assertThat(r.position("btc").uncertainty()).containsExactly("ETH price STALE");
        assertThat(r.position("iso").uncertain()).isFalse();
        assertThat(r.groups().get(1).uncertain()).isFalse();
    }

    @Test
    void badAccountsFailAloneWithTheirReason() {
        Account good = account("good", 1_000, Position.cross("p1", "ETH-PERP", 1, 2_000));
        Account unknownMarket = account("m", 1_000, Position.cross("p3", "DOGE-PERP", 1, 0.1));
        Account missingPrice = account("p", 1_000, Position.cross("p4", "BTC-PERP", 1, 50_000));
        Account unknownCollateral = new Account("c", List.of(new CollateralBalance("SHIB", 1e9)), List.of());

        RiskReport report = engine.evaluate(List.of(good, unknownMarket, missingPrice, unknownCollateral),
                prices("ETH", 2_000), REFERENCE);

        assertThat(report.accounts()).hasSize(4);
        assertThat(report.accounts().get(0)).isInstanceOf(AccountRisk.class);
        assertThat(report.accounts().get(1)).isEqualTo(new AccountFailure("m", "position p3: unknown market DOGE-PERP"));
        assertThat(((AccountFailure) report.accounts().get(2)).reason())
                .isEqualTo("position p4: no price for BTC (market BTC-PERP)");
        assertThat(((AccountFailure) report.accounts().get(3)).reason())
                .isEqualTo("collateral SHIB: not accepted by policy reference");
        assertThat(report.policy()).isEqualTo("reference");
        assertThat(report.asOf()).isEqualTo(NOW);
    }

    @Test
    void liquidationPriceExplainsWhatWasHeldFixed() {
        Account a = new Account("a", List.of(new CollateralBalance("USDC", 5_000)),
                List.of(Position.cross("eth", "ETH-PERP", 10, 2_000), Position.cross("btc", "BTC-PERP", -0.5, 60_000)));

        AccountRisk r = risk(a, prices("ETH", 2_000, "BTC", 60_000), REFERENCE);

        Explanation how = r.position("eth").liquidationPrice().how();
        assertThat(how.method()).contains("every other price held");
        assertThat(how.terms()).extracting(Term::label)
                .contains("maintenance of other cross positions held fixed", "uPnL of other cross positions held fixed");
        assertThat(how.terms()).filteredOn(t -> t.label().equals("maintenance of other cross positions held fixed"))
                .singleElement().extracting(Term::value).isEqualTo(30_000 * 0.01);
        assertThat(how.terms()).contains(new Term("held: BTC price (btc)", 60_000));
        assertThat(how.terms()).extracting(Term::label).contains("tier of eth at that price");
    }

    @Test
    void uniformMoveOfASingleLongIsItsLiquidationDistance() {
        Account a = account("a", 3_000, Position.cross("p1", "ETH-PERP", 10, 2_000));

        AccountRisk r = risk(a, prices("ETH", 2_000), REFERENCE);

        assertThat(r.uniformMoveToLiquidation().kind()).isEqualTo(LiquidationPrice.Kind.PRICE);
        assertThat(r.uniformMoveToLiquidation().fraction())
                .isCloseTo(r.position("p1").liquidationPrice().distanceFraction(), within(1e-12));
    }

    @Test
    void uniformMoveKeepsStablecoinsAndHitsTheFirstGroup() {
        // cross: long ETH + USDC; isolated short BTC thinly margined: a rise liquidates the isolated short first
        Account a = account("a", 10_000, Position.cross("eth", "ETH-PERP", 1, 2_000),
                Position.isolated("btc", "BTC-PERP", -1, 50_000, 2_000));

        AccountRisk r = risk(a, prices("ETH", 2_000, "BTC", 50_000), REFERENCE);

        // isolated: 2,000 - 50,000 f = 0.01 x 50,000 (1 + f)  =>  f = 1,500 / 50,500
        assertThat(r.uniformMoveToLiquidation().group()).isEqualTo("btc");
        assertThat(r.uniformMoveToLiquidation().fraction()).isCloseTo(1_500 / 50_500.0, within(1e-12));
    }

    @Test
    void zeroVolatilityGivesTheCappedDistance() {
        Account a = account("a", 3_000, Position.cross("p1", "ETH-PERP", 10, 2_000));
        PriceSet noVol = prices().with("ETH", AssetPrice.fresh(2_000, 0.0, NOW));

        LiquidationPrice liq = risk(a, noVol, REFERENCE).position("p1").liquidationPrice();

        assertThat(liq.distanceInDailyVols()).isEqualTo(-LiquidationPrice.MAX_DAILY_VOLS);
    }

    @Test
    void engineWithoutExplanationsGivesTheSameNumbers() {
        Account a = new Account("a", List.of(new CollateralBalance("USDC", 5_000), new CollateralBalance("WBTC", 0.1)),
                List.of(Position.cross("eth", "ETH-PERP", 10, 2_000), Position.isolated("btc", "BTC-PERP", -0.5, 60_000, 3_000)));
        PriceSet p = prices("ETH", 2_100, "BTC", 59_000);

        AccountRisk full = risk(a, p, REFERENCE);
        AccountRisk lean = (AccountRisk) MarginEngine.withoutExplanations().evaluate(a, p, REFERENCE);

        assertThat(lean.equityExplained()).isSameAs(Explanation.OMITTED);
        assertThat(lean.equity()).isEqualTo(full.equity());
        assertThat(lean.position("eth").liquidationPrice().price()).isEqualTo(full.position("eth").liquidationPrice().price());
        assertThat(lean.position("btc").liquidationPrice().price()).isEqualTo(full.position("btc").liquidationPrice().price());
        assertThat(lean.uniformMoveToLiquidation().fraction()).isEqualTo(full.uniformMoveToLiquidation().fraction());
    }

    @Test
    void emptyAccountIsSafeWithNothingAtRisk() {
        AccountRisk r = risk(new Account("e", List.of(), List.of()), prices(), REFERENCE);

        assertThat(r.health()).isEqualTo(HealthState.SAFE);
        assertThat(r.marginRatio()).isZero();
        assertThat(r.leverage()).isZero();
        assertThat(r.uniformMoveToLiquidation().kind()).isEqualTo(LiquidationPrice.Kind.NONE);
    }

    @Test
    void aFutureBeforeExpiryIsMarginedLikeAPerp() {
        Account a = account("a", 1_000, Position.cross("fut", VenuePresets.REFERENCE_FUTURE, 1, 2_000));
        PriceSet before = prices("ETH", 2_000).withAsOf(Instant.parse("2026-12-01T00:00:00Z"));

        PositionRisk p = risk(a, before, REFERENCE).position("fut");

        assertThat(p.settled()).isFalse();
        assertThat(p.maintenanceRequirement()).isCloseTo(2_000 * 0.025, within(1e-9));
        assertThat(p.delta()).isEqualTo(1.0);
    }

    @Test
    void theLiquidationPriceNearestTheMarkIsReportedWhenBothSidesHaveOne() {
        // long 100 X-PERP (flat 1%) and short 90 X-TIER (1%, then 50% above 180k notional = P 2,000), 3,000 USDC.
        // cushion(P) = 3,000 + 10 (P - 1,000) - P - MM_tier(90 P):
        //   below 2,000: -7,000 + 8.1 P  -> root 864.20;  above 2,000: 81,200 - 36 P -> root 2,255.56
        Market flat = Market.flat("X-PERP", "X", new Perpetual(), 50, 0.01);
        Market tiered = new Market("X-TIER", "X", new Perpetual(), List.of(new MaintenanceTier(0, 50, 0.01),
                new MaintenanceTier(180_000, 2, 0.5)));
        MarginPolicy policy = usdcPolicy(flat, tiered);
        Account a = account("a", 3_000, Position.cross("long", "X-PERP", 100, 1_000), Position.cross("short", "X-TIER", -90, 1_000));

        double nearLow = risk(a, prices("X", 1_000), policy).position("long").liquidationPrice().price();
        double nearHigh = risk(a, prices("X", 2_100), policy).position("long").liquidationPrice().price();

        assertThat(nearLow).isCloseTo(7_000 / 8.1, within(1e-9));
        assertThat(nearHigh).isCloseTo(81_200 / 36.0, within(1e-9));
    }

    private static double sum(Explanation e) {
        double s = 0;
        for (Term t : e.terms()) {
            s += t.value();
        }
        return s;
    }
}
