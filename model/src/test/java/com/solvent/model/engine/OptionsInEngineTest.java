package com.solvent.model.engine;

import com.solvent.model.account.Account;
import com.solvent.model.account.CollateralBalance;
import com.solvent.model.account.Position;
import com.solvent.model.edit.AccountEdits;
import com.solvent.model.edit.EditResult;
import com.solvent.model.option.Black76;
import com.solvent.model.option.OptionContract;
import com.solvent.model.option.OptionPosition;
import com.solvent.model.option.VolSurface;
import com.solvent.model.option.margin.OptionMarginModel;
import com.solvent.model.option.margin.PortfolioOptionMargin;
import com.solvent.model.option.margin.StandardOptionMargin;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.policy.VenuePresets;
import com.solvent.model.price.AssetPrice;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.AccountFailure;
import com.solvent.model.risk.AccountHeadline;
import com.solvent.model.risk.AccountResult;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.GroupRisk;
import com.solvent.model.risk.Greeks;
import com.solvent.model.risk.LiquidationPrice;
import com.solvent.model.risk.PositionRisk;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** MarginEngine valuing option positions: equity, requirements, Greeks, liquidation prices, edits. */
class OptionsInEngineTest {
    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
    private static final Instant IN_30D = NOW.plus(30, ChronoUnit.DAYS);
    private static final double T = 30.0 / 365.0;
    private static final MarginPolicy REFERENCE = VenuePresets.reference();
    private static final PriceSet PRICES = new PriceSet(Map.of(
            "USDC", AssetPrice.fresh(1.0, 0.0, NOW),
            "ETH", AssetPrice.fresh(2000, 0.04, NOW),
            "BTC", AssetPrice.fresh(90_000, 0.03, NOW)), NOW,
            Map.of("ETH", VolSurface.flat("ETH", 0.65), "BTC", VolSurface.flat("BTC", 0.5)), 0.0);
    private final MarginEngine engine = new MarginEngine();

    /** 10,000 USDC, long 5 ETH-PERP at 1900, short 10 ETH 1800 puts, long 4 ETH 2400 calls (30 days). */
    private static Account book(double usdc) {
        return new Account("0xabc", List.of(new CollateralBalance("USDC", usdc)),
                List.of(Position.cross("eth-perp", "ETH-PERP", 5, 1900)), List.of(
                new OptionPosition("eth-put", OptionContract.put("ETH", 1800, IN_30D), -10, 60),
                new OptionPosition("eth-call", OptionContract.call("ETH", 2400, IN_30D), 4, 40)));
    }

    private AccountRisk risk(Account account, PriceSet prices, MarginPolicy policy) {
        AccountResult r = engine.evaluate(account, prices, policy);
        assertThat(r).isInstanceOf(AccountRisk.class);
        return (AccountRisk) r;
    }

    @Test
    void perpsAndOptionsUnderDerivesStandardRulesMatchTheHandComputation() {
        // Independent of the engine: Black-76 (Haug 2007, checked in Black76Test) for the values, and the
        // Derive SRM formulas of VENUES.md 6.2 (TV-LY-2/3) written out here for the requirements.
        double put = Black76.price(2000, 1800, T, 0.65, false);
        double call = Black76.price(2000, 2400, T, 0.65, true);
        double perpUpnl = 5 * (2000 - 1900);
        double equity = 10_000 + perpUpnl - 10 * put + 4 * call;
        double putMm = Math.max(0.09 * 2000, 0.09 * put) + put;
        double putIm = Math.max(Math.max(0.15 - 200.0 / 2000, 0.13) * 2000 + put, 1.05 * putMm);
        double im = 5 * 2000 / 50.0 + 10 * putIm;
        double mm = 5 * 2000 * 0.01 + 10 * putMm;

        AccountRisk r = risk(book(10_000), PRICES, REFERENCE);

        assertThat(r.equity()).isCloseTo(equity, within(1e-9 * equity));
        assertThat(r.initialRequirement()).isCloseTo(im, within(1e-9 * im));
        assertThat(r.maintenanceRequirement()).isCloseTo(mm, within(1e-9 * mm));
        assertThat(r.freeCollateral()).isCloseTo(equity - im, within(1e-9 * equity));
        assertThat(r.marginRatio()).isCloseTo(mm / equity, within(1e-12));
        assertThat(r.optionMargin().optionValue()).isCloseTo(-10 * put + 4 * call, within(1e-9));
        PositionRisk putRow = r.position("eth-put");
        assertThat(putRow.isOption()).isTrue();
        assertThat(putRow.markPrice()).isCloseTo(put, within(1e-12));
        assertThat(putRow.unrealizedPnl()).isCloseTo(-10 * (put - 60), within(1e-9));
        assertThat(putRow.maintenanceRequirement()).isCloseTo(10 * putMm, within(1e-9));
        assertThat(r.equityExplained().terms()).anyMatch(t -> t.label().contains("option value eth-put"));
        assertThat(r.maintenanceExplained().terms()).anyMatch(t -> t.label().contains("option margin"));
    }

    @Test
    void greeksOfTheAccountAreTheSumOverPositionsAndAPerpsDeltaIsItsSize() {
        Account account = book(10_000).withAddedPosition(Position.cross("btc-perp", "BTC-PERP", -0.3, 91_000));
        AccountRisk r = risk(account, PRICES, REFERENCE);
        assertThat(r.position("eth-perp").greeks()).isEqualTo(Greeks.linear(5));
        assertThat(r.position("btc-perp").delta()).isEqualTo(-0.3);
        // per position: size x the option package's per-contract Greeks (vega per vol point, theta per day)
        double[] k = new double[Black76.SIZE];
        Black76.greeks(2000, 1800, T, 0.65, 0.0, false, k);
        Greeks put = r.position("eth-put").greeks();
        assertThat(put.delta()).isCloseTo(-10 * k[Black76.DELTA], within(1e-12));
        assertThat(put.vega()).isCloseTo(-10 * k[Black76.VEGA], within(1e-12));
        assertThat(put.theta()).isCloseTo(-10 * k[Black76.THETA], within(1e-12));
        // vega per vol point: a finite difference of the value over +-1 vol point
        double bump = (Black76.price(2000, 1800, T, 0.66, false) - Black76.price(2000, 1800, T, 0.64, false)) / 2;
        assertThat(put.vega()).isCloseTo(-10 * bump, within(1e-4 * Math.abs(put.vega())));

        Greeks eth = r.greeksByUnderlying().get("ETH");
        double delta = 0;
        double gamma = 0;
        double vega = 0;
        double theta = 0;
        for (PositionRisk p : r.positions()) {
            if (p.underlying().equals("ETH")) {
                delta += p.greeks().delta();
                gamma += p.greeks().gamma();
                vega += p.greeks().vega();
                theta += p.greeks().theta();
            }
        }
        assertThat(eth.delta()).isCloseTo(delta, within(1e-12));
        assertThat(eth.gamma()).isCloseTo(gamma, within(1e-15));
        assertThat(eth.vega()).isCloseTo(vega, within(1e-12));
        assertThat(eth.theta()).isCloseTo(theta, within(1e-12));
        assertThat(r.greeksByUnderlying().get("BTC")).isEqualTo(Greeks.linear(-0.3));
        assertThat(r.greeks().vega()).isCloseTo(vega, within(1e-12));
        assertThat(r.greeks().delta()).isCloseTo(delta - 0.3, within(1e-12));
    }

    @Test
    void atTheReportedLiquidationPriceTheGroupSitsAtMaintenance() {
        for (OptionMarginModel model : List.of(StandardOptionMargin.derive(), PortfolioOptionMargin.deribit())) {
            MarginPolicy policy = REFERENCE.withOptionMargin(model);
            AccountRisk r = risk(book(8_000), PRICES, policy);
            assertThat(r.cross().maintenanceRequirement()).as(model.name()).isLessThan(r.cross().equity());
            for (double weight : new double[] {1.0, 0.0}) {
                LiquidationPrice lp = weight == 1.0 ? r.position("eth-put").liquidationPrice()
                        : r.position("eth-put").bankruptcyPrice();
                assertThat(lp.kind()).as(model.name()).isEqualTo(LiquidationPrice.Kind.PRICE);
                // the perp row reports the same cross price in ETH
                assertThat((weight == 1.0 ? r.position("eth-perp").liquidationPrice() : r.position("eth-perp").bankruptcyPrice())
                        .price()).isEqualTo(lp.price());
                GroupRisk there = risk(book(8_000), PRICES.withMark("ETH", lp.price()), policy).cross();
                double cushion = there.equity() - weight * there.maintenanceRequirement();
                double scale = weight == 1.0 ? there.maintenanceRequirement() : Math.abs(r.cross().equity());
                assertThat(Math.abs(cushion)).as(model.name() + " weight " + weight).isLessThanOrEqualTo(1e-9 * scale);
            }
        }
    }

    @Test
    void anIsolatedOptionIsItsOwnGroupAndItsLiquidationPriceIsAtItsMaintenance() {
        OptionPosition isolated = OptionPosition.isolated("iso-call", OptionContract.call("ETH", 2200, IN_30D), -2, 80, 900);
        Account account = book(10_000).withAddedOption(isolated);
        AccountRisk r = risk(account, PRICES, REFERENCE);
        double value = Black76.price(2000, 2200, T, 0.65, true);
        GroupRisk group = r.groups().stream().filter(g -> g.group().equals("iso-call")).findFirst().orElseThrow();
        assertThat(group.equity()).isCloseTo(900 - 2 * (value - 80), within(1e-9));
        double mm = 2 * (0.09 * 2000 + value);
        assertThat(group.maintenanceRequirement()).isCloseTo(mm, within(1e-9));
        // its loss does not reach the cross pool: the cross equity is the book's without it
        assertThat(r.cross().equity()).isCloseTo(risk(book(10_000), PRICES, REFERENCE).cross().equity(), within(1e-9));
        LiquidationPrice lp = r.position("iso-call").liquidationPrice();
        assertThat(lp.kind()).isEqualTo(LiquidationPrice.Kind.PRICE);
        assertThat(lp.price()).isGreaterThan(2000);
        GroupRisk there = risk(account, PRICES.withMark("ETH", lp.price()), REFERENCE).groups().stream()
                .filter(g -> g.group().equals("iso-call")).findFirst().orElseThrow();
        assertThat(Math.abs(there.equity() - there.maintenanceRequirement()))
                .isLessThanOrEqualTo(1e-9 * there.maintenanceRequirement());
    }

    @Test
    void expiredOptionsSettleToIntrinsicWithoutRequirementOrGreeks() {
        PriceSet later = PRICES.withAsOf(IN_30D.plusSeconds(3_600)).withMark("ETH", 1700);
        AccountRisk r = risk(book(10_000), later, REFERENCE);
        PositionRisk put = r.position("eth-put");
        assertThat(put.markPrice()).isEqualTo(100.0); // 1800 - 1700
        assertThat(put.maintenanceRequirement()).isZero();
        assertThat(put.greeks()).isEqualTo(Greeks.ZERO);
        assertThat(put.settled()).isTrue();
        assertThat(r.equity()).isCloseTo(10_000 + 5 * (1700 - 1900) - 10 * 100.0, within(1e-9));
        assertThat(r.maintenanceRequirement()).isCloseTo(5 * 1700 * 0.01, within(1e-9));
    }

    @Test
    void theLeanHeadlineEqualsTheFullEvaluation() {
        for (OptionMarginModel model : List.of(StandardOptionMargin.deribit(), PortfolioOptionMargin.derive())) {
            MarginPolicy policy = REFERENCE.withOptionMargin(model);
            Account account = book(4_000).withAddedOption(
                    OptionPosition.isolated("iso", OptionContract.call("BTC", 95_000, IN_30D), -0.1, 1500, 2000));
            AccountRisk full = risk(account, PRICES, policy);
            AccountHeadline h = MarginEngine.withoutExplanations().headline(account, PRICES, policy);
            assertThat(h).isEqualTo(new AccountHeadline(full.accountId(), full.equity(), full.initialRequirement(),
                    full.maintenanceRequirement(), full.marginRatio(), full.freeCollateral(), full.cross().equity(),
                    full.cross().initialRequirement(), full.cross().maintenanceRequirement(), full.health(),
                    full.uncertain()));
        }
    }

    @Test
    void liquidationClosesOptionsAtTheirValueAndKeepsEquityLessPenalties() {
        Account fragile = new Account("0xdef", List.of(new CollateralBalance("USDC", 1_500)), List.of(),
                List.of(new OptionPosition("short-put", OptionContract.put("ETH", 2000, IN_30D), -10, 150),
                        OptionPosition.isolated("iso-put", OptionContract.put("ETH", 2000, IN_30D), -1, 150, 100)));
        AccountRisk before = risk(fragile, PRICES, REFERENCE);
        assertThat(before.cross().health()).isIn(com.solvent.model.risk.HealthState.LIQUIDATABLE,
                com.solvent.model.risk.HealthState.BANKRUPT);
        var outcome = new com.solvent.model.liquidation.LiquidationEngine().liquidate(fragile, PRICES, REFERENCE, 1e9);
        AccountRisk after = risk(outcome.after(), PRICES, REFERENCE);
        assertThat(after.cross().health()).isNotIn(com.solvent.model.risk.HealthState.LIQUIDATABLE,
                com.solvent.model.risk.HealthState.BANKRUPT);
        // closing at the model value moves value into cash: the cross pool loses only the penalty (plus any cover)
        double put = Black76.price(2000, 2000, T, 0.65, false);
        assertThat(outcome.fills()).anyMatch(f -> f.positionId().equals("short-put") && Math.abs(f.price() - put) < 1e-9);
        // the isolated option, closed in full, returns its remaining margin to the cross pool
        double isolatedEquity = before.groups().get(1).equity();
        assertThat(isolatedEquity).isPositive();
        assertThat(outcome.after().options()).noneMatch(o -> o.id().equals("iso-put"));
        assertThat(after.cross().equity()).isCloseTo(before.cross().equity() + isolatedEquity - outcome.penalty()
                + outcome.insuranceDraw(), within(1e-6));
    }

    @Test
    void headlinesOverManyPriceSetsEqualOneHeadlineEach() {
        Account account = book(6_000)
                .withAddedPosition(Position.cross("fut", VenuePresets.REFERENCE_FUTURE, -2, 2050))
                .withAddedOption(OptionPosition.isolated("iso", OptionContract.call("BTC", 95_000, IN_30D), -0.1, 1500, 2000));
        // moved prices, past the future's and the options' expiries, and back: every reused slot is rewritten
        List<PriceSet> sets = List.of(PRICES, PRICES.withMark("ETH", 1500).withMark("BTC", 120_000),
                PRICES.withAsOf(VenuePresets.REFERENCE_FUTURE_EXPIRY.plusSeconds(60)).withMark("ETH", 2600), PRICES);
        for (OptionMarginModel model : List.of(StandardOptionMargin.derive(), PortfolioOptionMargin.deribit())) {
            MarginPolicy policy = REFERENCE.withOptionMargin(model);
            MarginEngine lean = MarginEngine.withoutExplanations();
            List<AccountHeadline> all = lean.headlines(account, sets, policy);
            for (int k = 0; k < sets.size(); k++) {
                assertThat(all.get(k)).as(model.name() + " set " + k).isEqualTo(lean.headline(account, sets.get(k), policy));
            }
        }
    }

    @Test
    void aMissingVolSurfaceOrAPolicyWithoutOptionsIsAFailureNamingIt() {
        PriceSet noBtcSurface = PRICES.withVolSurfaces(Map.of("ETH", VolSurface.flat("ETH", 0.6)), 0.0);
        Account btc = book(10_000).withAddedOption(new OptionPosition("b", OptionContract.call("BTC", 95_000, IN_30D), 1, 0));
        assertThat(engine.evaluate(btc, noBtcSurface, REFERENCE)).isInstanceOfSatisfying(AccountFailure.class,
                f -> assertThat(f.reason()).contains("no vol surface").contains("BTC").contains("b"));
        assertThat(engine.evaluate(btc, PRICES, VenuePresets.dydx())).isInstanceOfSatisfying(AccountFailure.class,
                f -> assertThat(f.reason()).contains("margins no options"));
    }

    @Test
    void aWithdrawalIsCheckedAgainstInitialMarginIncludingOptions() {
        AccountRisk r = risk(book(10_000), PRICES, REFERENCE);
        AccountEdits edits = new AccountEdits(PRICES, REFERENCE);
        // the perp alone: equity 10,500, IM 200; with the short puts the free collateral is far smaller
        assertThat(r.freeCollateral()).isLessThan(10_000 + 500 - 200 - 1_000);
        assertThat(edits.withdraw(book(10_000), "USDC", r.freeCollateral() + 1)).isInstanceOf(EditResult.Refused.class);
        assertThat(edits.withdraw(book(10_000), "USDC", r.freeCollateral() - 1)).isInstanceOfSatisfying(EditResult.Edited.class,
                e -> assertThat(e.account().options()).hasSize(2));
    }
}
