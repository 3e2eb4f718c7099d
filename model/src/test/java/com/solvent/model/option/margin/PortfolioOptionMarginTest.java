package com.solvent.model.option.margin;

import com.solvent.model.option.OptionContract;
import com.solvent.model.option.OptionMarketData;
import com.solvent.model.option.OptionPosition;
import com.solvent.model.option.OptionPricer;
import com.solvent.model.option.OptionType;
import com.solvent.model.option.VolSmile;
import com.solvent.model.option.VolSurface;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PortfolioOptionMarginTest {
    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
    private static final Instant IN_7D = NOW.plus(7, ChronoUnit.DAYS);
    private static final Instant IN_60D = NOW.plus(60, ChronoUnit.DAYS);
    private static final double F = 2000.0;
    private static final VolSurface SMILE = new VolSurface("ETH", List.of(
            VolSmile.ofStrikes(IN_7D, F, new double[] {1600, 2000, 2400}, new double[] {0.9, 0.7, 0.8}),
            VolSmile.ofStrikes(IN_60D, F, new double[] {1600, 2000, 2400}, new double[] {0.75, 0.6, 0.65})));
    private static final OptionMarketData MARKET = OptionMarketData.of(NOW, Map.of("ETH", F),
            Map.of("ETH", SMILE));

    @Test
    void volShocksMatchDerivePm2VectorTvLy4() {
        PortfolioOptionMargin pm2 = PortfolioOptionMargin.derive();
        assertThat(pm2.shockedVol(1.0, 30, VolShock.UP)).isCloseTo(1.5, within(1e-12));
        assertThat(pm2.shockedVol(1.0, 30, VolShock.DOWN)).isCloseTo(0.7, within(1e-12));
        assertThat(pm2.shockedVol(1.0, 7, VolShock.UP)).isCloseTo(1.77371, within(5e-6));
        assertThat(pm2.shockedVol(1.0, 7, VolShock.DOWN)).isCloseTo(0.53578, within(5e-6));
        assertThat(pm2.shockedVol(1.0, 60, VolShock.UP)).isCloseTo(1.45692, within(5e-6));
        assertThat(pm2.shockedVol(1.0, 60, VolShock.DOWN)).isCloseTo(0.72585, within(5e-6));
        assertThat(pm2.shockedVol(0.2, 30, VolShock.UP)).isEqualTo(0.4); // floored at minVolUpShock
    }

    @Test
    void deribitGridIsNineBucketsTimesThreeVolLegs() {
        // VENUES.md §8: +-16% in 9 evenly spaced buckets (0 included), vol Up / Same / Down: 27 scenarios.
        List<ShockScenario> grid = PortfolioOptionMargin.deribit().scenarios();
        assertThat(grid).hasSize(27);
        assertThat(grid.stream().mapToDouble(ShockScenario::priceMove).distinct().sorted().toArray())
                .containsExactly(new double[] {-0.16, -0.12, -0.08, -0.04, 0.0, 0.04, 0.08, 0.12, 0.16}, within(1e-15));
    }

    @Test
    void deriveGridCoversEveryPm2PriceScenarioTvLy5() {
        // VENUES.md §6.3 / TV-LY-5: PM2 spot x1.18 (Up), x1.135..x0.865 (Up/None/Down), x0.82 (Up) and 8 extended.
        List<ShockScenario> grid = PortfolioOptionMargin.derive().scenarios();
        double[] middle = {1.135, 1.09, 1.045, 1.0, 0.955, 0.91, 0.865};
        for (double s : middle) {
            for (VolShock v : VolShock.values()) {
                assertThat(grid).anySatisfy(sc -> {
                    assertThat(1 + sc.priceMove()).isCloseTo(s, within(1e-12));
                    assertThat(sc.volShock()).isEqualTo(v);
                });
            }
        }
        for (double s : new double[] {1.18, 0.82, 0.34, 0.67, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0}) {
            assertThat(grid).anySatisfy(sc -> {
                assertThat(1 + sc.priceMove()).isCloseTo(s, within(1e-12));
                assertThat(sc.volShock()).isEqualTo(VolShock.UP);
            });
        }
    }

    @Test
    void fullyHedgedBookNeedsNoMargin() {
        OptionContract call = OptionContract.call("ETH", 2200, IN_7D);
        List<OptionPosition> book = List.of(new OptionPosition("long", call, 5, 40),
                new OptionPosition("short", call, -5, 40));
        for (PortfolioOptionMargin pm : List.of(PortfolioOptionMargin.deribit(), PortfolioOptionMargin.derive())) {
            OptionMargin m = OptionMarginCalculator.compute(pm, book, List.of(), MARKET);
            assertThat(m.initial()).isZero();
            assertThat(m.maintenance()).isZero();
            assertThat(m.optionValue()).isCloseTo(0.0, within(1e-9));
        }
    }

    @Test
    void deribitContingencyIsOnePercentPerNetShortOptionTvDb2() {
        // TV-DB-2: net short 10 options at one strike => 10 x 0.01 underlying.
        OptionContract put = OptionContract.put("ETH", 1800, IN_60D);
        OptionMargin m = OptionMarginCalculator.compute(PortfolioOptionMargin.deribit(),
                List.of(new OptionPosition("a", put, -12, 1), new OptionPosition("b", put, 2, 1)), List.of(), MARKET);
        assertThat(m.terms()).anySatisfy(t -> {
            assertThat(t.label()).contains("10.0 net short");
            assertThat(t.initial()).isCloseTo(10 * 0.01 * F, within(1e-9));
        });
    }

    @Test
    void gridWorstCaseEqualsABruteForceRevaluation() {
        PortfolioOptionMargin pm = PortfolioOptionMargin.derive();
        List<OptionPosition> book = List.of(
                new OptionPosition("1", OptionContract.call("ETH", 2400, IN_7D), -4, 10),
                new OptionPosition("2", OptionContract.put("ETH", 1700, IN_60D), -3, 10),
                new OptionPosition("3", OptionContract.call("ETH", 2100, IN_60D), 2, 10),
                new OptionPosition("4", OptionContract.put("ETH", 1950, IN_7D), 1, 10));
        double perp = 1.5;
        // Brute force, written from the published formulas (VENUES.md §6.3) and full revaluations with
        // the record-level pricer on a shifted forward and a sticky-strike flat vol per option.
        double worst = 0.0;
        List<double[]> moves = new ArrayList<>();
        for (int i = -4; i <= 4; i++) {
            for (int leg = -1; leg <= 1; leg++) {
                moves.add(new double[] {0.18 * i / 4, leg, 1.0});
            }
        }
        double[][] extended = {{-0.66, 0.21}, {-0.33, 0.42}, {0.5, 0.2772}, {1.0, 0.1386}, {2.0, 0.0693},
            {3.0, 0.0462}, {4.0, 0.03465}, {5.0, 0.02772}};
        for (double[] e : extended) {
            moves.add(new double[] {e[0], 1, e[1]});
        }
        for (double[] mv : moves) {
            double pnl = perp * F * mv[0];
            for (OptionPosition p : book) {
                double vol = MARKET.vol(p.contract());
                double days = MARKET.yearsTo(p.contract().expiry()) * 365;
                double scale = Math.pow(30 / Math.max(days, 1), days <= 30 ? 0.3 : 0.13);
                double shocked = mv[1] > 0 ? Math.max(vol * (1 + 0.5 * scale), 0.4)
                        : mv[1] < 0 ? vol * Math.max(0, 1 - 0.3 * scale) : vol;
                OptionMarketData moved = MARKET.withForward("ETH", F * (1 + mv[0]))
                        .withSurface("ETH", VolSurface.flat("ETH", shocked));
                pnl += p.size() * (OptionPricer.price(p.contract(), moved) - OptionPricer.price(p.contract(), MARKET));
            }
            worst = Math.min(worst, mv[2] * pnl);
        }
        double netShort = 7;
        OptionMargin m = OptionMarginCalculator.compute(pm, book, List.of(new LinearExposure("ETH", perp)), MARKET);
        assertThat(m.initial()).isCloseTo(-worst + 0.005 * F * netShort, within(1e-9 * -worst));
        assertThat(m.maintenance()).isCloseTo(-0.8 * worst + 0.003 * F * netShort, within(1e-9 * -worst));
    }

    @Test
    void deltaHedgeWithThePerpLowersTheRequirement() {
        OptionContract call = OptionContract.call("ETH", 2000, IN_60D);
        List<OptionPosition> book = List.of(new OptionPosition("s", call, -10, 100));
        double delta = OptionPricer.greeks(call, MARKET).delta();
        PortfolioOptionMargin pm = PortfolioOptionMargin.deribit();
        double naked = OptionMarginCalculator.compute(pm, book, List.of(), MARKET).initial();
        double hedged = OptionMarginCalculator.compute(pm, book,
                List.of(new LinearExposure("ETH", 10 * delta)), MARKET).initial();
        assertThat(hedged).isLessThan(0.5 * naked);
    }

    @Property(tries = 200)
    void requirementGrowsWithTheSizeOfANakedShort(@ForAll @DoubleRange(min = 0.1, max = 100) double size,
                                                  @ForAll @DoubleRange(min = 0.1, max = 50) double more,
                                                  @ForAll @DoubleRange(min = 0.7, max = 1.3) double moneyness,
                                                  @ForAll boolean call) {
        OptionContract c = new OptionContract("ETH", F * moneyness, IN_7D,
                call ? OptionType.CALL : OptionType.PUT);
        for (OptionMarginModel model : List.of(PortfolioOptionMargin.deribit(), PortfolioOptionMargin.derive(),
                StandardOptionMargin.deribit(), StandardOptionMargin.derive())) {
            OptionMargin small = OptionMarginCalculator.compute(model,
                    List.of(new OptionPosition("s", c, -size, 1)), List.of(), MARKET);
            OptionMargin large = OptionMarginCalculator.compute(model,
                    List.of(new OptionPosition("s", c, -(size + more), 1)), List.of(), MARKET);
            assertThat(large.initial()).as(model.name()).isGreaterThan(small.initial());
            assertThat(large.maintenance()).as(model.name()).isGreaterThan(small.maintenance());
            assertThat(small.maintenance()).isLessThanOrEqualTo(small.initial());
        }
    }
}
