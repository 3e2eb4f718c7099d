package com.solvent.model.engine;

import com.solvent.model.Fixtures;
import com.solvent.model.RandomAccounts;
import com.solvent.model.account.Account;
import com.solvent.model.account.Position;
import com.solvent.model.edit.AccountEdits;
import com.solvent.model.liquidation.LiquidationEngine;
import com.solvent.model.liquidation.LiquidationOutcome;
import com.solvent.model.market.MaintenanceTier;
import com.solvent.model.market.Market;
import com.solvent.model.market.Perpetual;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.policy.VenuePresets;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.AccountResult;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.GroupRisk;
import com.solvent.model.risk.LiquidationPrice;
import com.solvent.model.risk.PositionRisk;
import com.solvent.model.risk.RiskReport;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Invariants of the margin core over random accounts and prices on the reference venue. */
class MarginEnginePropertiesTest {
    private static final MarginPolicy REFERENCE = VenuePresets.reference();
    private final MarginEngine engine = new MarginEngine();

    @Provide
    Arbitrary<Account> accounts() {
        return RandomAccounts.accounts();
    }

    @Provide
    Arbitrary<PriceSet> prices() {
        return RandomAccounts.prices();
    }

    @Property(tries = 100)
    void reportsNeverContainNaNOrInfinity(@ForAll("accountLists") List<Account> accounts, @ForAll("prices") PriceSet p) {
        RiskReport report = engine.evaluate(accounts, p, REFERENCE);

        assertThat(report.accounts()).hasSize(accounts.size()).allMatch(r -> r instanceof AccountRisk);
        assertFinite(report, "report");
    }

    @Provide
    Arbitrary<List<Account>> accountLists() {
        return RandomAccounts.accounts().list().ofMinSize(1).ofMaxSize(30);
    }

    @Property(tries = 300)
    void atTheReportedLiquidationPriceTheGroupSitsAtMaintenance(@ForAll("accounts") Account a,
                                                                @ForAll("prices") PriceSet p) {
        AccountRisk risk = (AccountRisk) engine.evaluate(a, p, REFERENCE);
        for (PositionRisk pos : risk.positions()) {
            checkThreshold(a, p, pos, pos.liquidationPrice(), true);
            checkThreshold(a, p, pos, pos.bankruptcyPrice(), false);
        }
    }

    @Property(tries = 200)
    void theReportedLiquidationPriceIsTheNearestOne(@ForAll("accounts") Account a, @ForAll("prices") PriceSet p) {
        AccountRisk risk = (AccountRisk) engine.evaluate(a, p, REFERENCE);
        for (PositionRisk pos : risk.positions()) {
            LiquidationPrice liq = pos.liquidationPrice();
            if (liq.kind() != LiquidationPrice.Kind.PRICE) {
                continue;
            }
            String underlying = REFERENCE.markets().get(pos.marketId()).underlying();
            double ratio = liq.price() / pos.markPrice();
            for (int k = 1; k < 20; k++) {
                // strictly between the mark and the reported price, and as far on the other side
                for (double candidate : new double[] {pos.markPrice() * Math.pow(ratio, k / 20.0),
                        pos.markPrice() / Math.pow(ratio, k / 20.0)}) {
                    AccountRisk moved = (AccountRisk) engine.evaluate(a, p.withMark(underlying, candidate), REFERENCE);
                    GroupRisk g = pos.mode() == com.solvent.model.account.MarginMode.CROSS ? moved.cross()
                            : groupOf(moved, pos.positionId());
                    assertThat(g.equity() - g.maintenanceRequirement())
                            .as("cushion of %s at %s (liquidation reported at %s)", pos.positionId(), candidate, liq.price())
                            .isGreaterThan(-1e-9 * Math.max(1.0, grossScale(a, moved)));
                }
            }
        }
    }

    private void checkThreshold(Account a, PriceSet p, PositionRisk pos, LiquidationPrice threshold, boolean maintenance) {
        if (threshold.kind() != LiquidationPrice.Kind.PRICE) {
            return;
        }
        String underlying = REFERENCE.markets().get(pos.marketId()).underlying();
        AccountRisk moved = (AccountRisk) engine.evaluate(a, p.withMark(underlying, threshold.price()), REFERENCE);
        GroupRisk group = pos.mode() == com.solvent.model.account.MarginMode.CROSS ? moved.cross() : groupOf(moved, pos.positionId());
        double target = maintenance ? group.maintenanceRequirement() : 0.0;
        double scale = Math.max(1.0, grossScale(a, moved));
        assertThat(Math.abs(group.equity() - target)).as("%s of %s at %s", maintenance ? "liquidation" : "bankruptcy",
                pos.positionId(), threshold.price()).isLessThanOrEqualTo(1e-9 * scale);
    }

    /** The size of the numbers being netted: gross collateral value, gross notional and margins. */
    private static double grossScale(Account a, AccountRisk r) {
        double s = 0;
        for (var c : r.collateral()) {
            s += Math.abs(c.weightedValue());
        }
        for (PositionRisk p : r.positions()) {
            s += Math.abs(p.size()) * (p.markPrice() + p.entryPrice()) + Math.abs(p.unrealizedPnl());
        }
        for (Position p : a.positions()) {
            s += p.isolatedMargin() + Math.abs(p.accruedFunding());
        }
        return s;
    }

    @Property(tries = 200)
    void aTopUpNeverLowersHealth(@ForAll("accounts") Account a, @ForAll("prices") PriceSet p,
                                 @ForAll("collateralAssets") String asset, @ForAll @DoubleRange(min = 0.001, max = 1e6) @Scale(4) double amount) {
        AccountRisk before = (AccountRisk) engine.evaluate(a, p, REFERENCE);
        Account after = new AccountEdits(p, REFERENCE).topUp(a, asset, amount).orElseThrow();
        AccountRisk later = (AccountRisk) engine.evaluate(after, p, REFERENCE);

        assertThat(later.health().ordinal()).isLessThanOrEqualTo(before.health().ordinal());
        assertThat(later.cross().equity()).isGreaterThan(before.cross().equity());
    }

    @Provide
    Arbitrary<String> collateralAssets() {
        return Arbitraries.of("USDC", "WETH", "WBTC");
    }

    @Property(tries = 200)
    void anIsolatedLossNeverReachesTheRest(@ForAll @DoubleRange(min = 10, max = 1e6) double usdc,
                                           @ForAll @DoubleRange(min = -5, max = 5) double btcSize,
                                           @ForAll @DoubleRange(min = 0.1, max = 500) double ethSize,
                                           @ForAll @DoubleRange(min = 0, max = 1e5) double margin,
                                           @ForAll @DoubleRange(min = 1, max = 20_000) double ethPrice) {
        Assume.that(btcSize != 0);
        Account a = Fixtures.account("a", usdc, Position.cross("btc", "BTC-PERP", btcSize, 55_000),
                Position.isolated("eth", "ETH-PERP", ethSize, 3_000, margin));
        PriceSet base = Fixtures.prices("ETH", 3_000, "BTC", 60_000);

        AccountRisk calm = (AccountRisk) engine.evaluate(a, base, REFERENCE);
        AccountRisk crash = (AccountRisk) engine.evaluate(a, base.withMark("ETH", ethPrice), REFERENCE);

        assertThat(crash.cross()).isEqualTo(calm.cross());
        assertThat(crash.position("btc")).isEqualTo(calm.position("btc"));
        assertThat(crash.freeCollateral()).isEqualTo(calm.freeCollateral());
        assertThat(crash.equity()).isGreaterThanOrEqualTo(calm.cross().equity());
    }

    @Property(tries = 300)
    void oneCrossPositionLiquidatesWhereItsIsolatedTwinDoes(@ForAll @DoubleRange(min = -400, max = 400) double size,
                                                            @ForAll @DoubleRange(min = 500, max = 6_000) double entry,
                                                            @ForAll @DoubleRange(min = 0, max = 2e6) double collateral,
                                                            @ForAll("marketIds") String market) {
        Assume.that(Math.abs(size) > 1e-3);
        double s = market.startsWith("BTC") ? size / 20 : size;
        double e = market.startsWith("BTC") ? entry * 20 : entry;
        PriceSet p = Fixtures.prices("ETH", 3_000, "BTC", 60_000);
        Account cross = Fixtures.account("c", collateral, Position.cross("p", market, s, e));
        Account isolated = Fixtures.account("i", 0, Position.isolated("p", market, s, e, collateral));

        PositionRisk c = ((AccountRisk) engine.evaluate(cross, p, REFERENCE)).position("p");
        PositionRisk i = ((AccountRisk) engine.evaluate(isolated, p, REFERENCE)).position("p");

        assertThat(c.liquidationPrice().kind()).isEqualTo(i.liquidationPrice().kind());
        assertThat(c.liquidationPrice().price()).isCloseTo(i.liquidationPrice().price(),
                org.assertj.core.api.Assertions.within(1e-9 * Math.max(1, i.liquidationPrice().price())));
        assertThat(c.bankruptcyPrice().price()).isCloseTo(i.bankruptcyPrice().price(),
                org.assertj.core.api.Assertions.within(1e-9 * Math.max(1, i.bankruptcyPrice().price())));
    }

    @Provide
    Arbitrary<String> marketIds() {
        return Arbitraries.of("ETH-PERP", "BTC-PERP");
    }

    @Property(tries = 300)
    void liquidationNeverLeavesAnAccountWorseThanBeforePlusThePenalty(@ForAll("accounts") Account a,
                                                                      @ForAll("prices") PriceSet p,
                                                                      @ForAll @DoubleRange(min = 0, max = 1e6) double fund) {
        AccountRisk before = (AccountRisk) engine.evaluate(a, p, REFERENCE);
        LiquidationOutcome out = new LiquidationEngine().liquidate(a, p, REFERENCE, fund);
        AccountRisk after = (AccountRisk) engine.evaluate(out.after(), p, REFERENCE);

        double scale = Math.max(1.0, grossScale(a, before));
        assertThat(after.equity() + out.penalty()).isGreaterThanOrEqualTo(before.equity() - 1e-9 * scale);
        assertThat(out.penaltyToLiquidator() + out.penaltyToInsuranceFund())
                .isCloseTo(out.penalty(), org.assertj.core.api.Assertions.within(1e-9 * Math.max(1, out.penalty())));
        // every group ends at or below the target ratio (0.5 on the reference venue), or closed
        assertThat(after.health()).isIn(com.solvent.model.risk.HealthState.SAFE, com.solvent.model.risk.HealthState.WARNING);
        for (GroupRisk g : after.groups()) {
            if (before.health().ordinal() >= 2) {
                assertThat(g.marginRatio()).isLessThanOrEqualTo(Math.max(REFERENCE.liquidation().targetMarginRatio(),
                        groupOf(before, g.group()).marginRatio()));
            }
        }
        assertFinite(out, "outcome");
    }

    @Property(tries = 300)
    void maintenanceIsContinuousAcrossTierBoundaries(@ForAll @IntRange(min = 1, max = 6) int tiers,
                                                     @ForAll @DoubleRange(min = 1_000, max = 1e8) double firstFloor,
                                                     @ForAll @DoubleRange(min = 1.5, max = 5) double floorGrowth,
                                                     @ForAll @DoubleRange(min = 0.001, max = 0.02) @Scale(5) double firstMmf) {
        List<MaintenanceTier> table = new ArrayList<>();
        double floor = 0;
        double mmf = firstMmf;
        double leverage = Math.min(100, 0.5 / mmf);
        for (int i = 0; i < tiers; i++) {
            table.add(new MaintenanceTier(floor, leverage, mmf));
            floor = i == 0 ? firstFloor : floor * floorGrowth;
            mmf = Math.min(mmf * 1.7, 0.5);
            leverage = Math.max(1, Math.min(leverage, 0.5 / mmf));
        }
        Market m = new Market("X-PERP", "X", new Perpetual(), table);
        for (int i = 1; i < tiers; i++) {
            double f = m.tier(i).notionalFloor();
            double below = m.maintenanceRequirement(Math.nextDown(f));
            double at = m.maintenanceRequirement(f);
            assertThat(Math.abs(at - below)).as("jump at tier %d floor %s", i, f).isLessThanOrEqualTo(1e-9 * f);
            assertThat(m.maintenanceRequirement(f * 1.01)).isGreaterThan(at);
        }
    }

    private static GroupRisk groupOf(AccountRisk r, String id) {
        for (GroupRisk g : r.groups()) {
            if (g.group().equals(id)) {
                return g;
            }
        }
        throw new AssertionError("no group " + id);
    }

    /** Walks records and collections and fails on any NaN or infinite double. */
    static void assertFinite(Object value, String path) {
        if (value == null) {
            return;
        }
        if (value instanceof Double d) {
            assertThat(Double.isFinite(d)).as(path + " = " + d).isTrue();
        } else if (value instanceof Collection<?> c) {
            int i = 0;
            for (Object o : c) {
                assertFinite(o, path + "[" + i++ + "]");
            }
        } else if (value instanceof Record r) {
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                try {
                    assertFinite(rc.getAccessor().invoke(r), path + "." + rc.getName());
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        } else if (value instanceof AccountResult) {
            throw new AssertionError("unexpected result type " + value.getClass());
        }
    }
}
