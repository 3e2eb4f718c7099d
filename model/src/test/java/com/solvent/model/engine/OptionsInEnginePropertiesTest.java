package com.solvent.model.engine;

import com.solvent.model.account.Account;
import com.solvent.model.account.CollateralBalance;
import com.solvent.model.account.Position;
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
import com.solvent.model.risk.AccountHeadline;
import com.solvent.model.risk.AccountResult;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.GroupRisk;
import com.solvent.model.risk.LiquidationPrice;
import com.solvent.model.risk.PositionRisk;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Properties of random perp + option accounts under standard and portfolio option margin. */
class OptionsInEnginePropertiesTest {
    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
    private static final PriceSet PRICES = new PriceSet(Map.of(
            "USDC", AssetPrice.fresh(1.0, 0.0, NOW),
            "ETH", AssetPrice.fresh(2000, 0.04, NOW),
            "BTC", AssetPrice.fresh(90_000, 0.03, NOW)), NOW,
            Map.of("ETH", VolSurface.flat("ETH", 0.7), "BTC", VolSurface.flat("BTC", 0.5)), 0.0);
    private static final List<OptionMarginModel> MODELS = List.of(StandardOptionMargin.derive(),
            StandardOptionMargin.deribit(), PortfolioOptionMargin.deribit(), PortfolioOptionMargin.derive());

    private static Account randomAccount(SplittableRandom random) {
        List<OptionPosition> options = new ArrayList<>();
        int count = random.nextInt(1, 5);
        for (int i = 0; i < count; i++) {
            boolean eth = random.nextBoolean();
            String u = eth ? "ETH" : "BTC";
            double f = eth ? 2000 : 90_000;
            Instant expiry = NOW.plus(random.nextInt(1, 120), ChronoUnit.DAYS);
            double strike = Math.rint(f * Math.exp(random.nextDouble(-0.3, 0.3)));
            OptionContract c = random.nextBoolean() ? OptionContract.call(u, strike, expiry) : OptionContract.put(u, strike, expiry);
            double size = (random.nextDouble() < 0.7 ? -1 : 1) * (eth ? random.nextDouble(1, 10) : random.nextDouble(0.05, 0.5));
            options.add(new OptionPosition("o" + i, c, size, random.nextDouble(0, 0.05 * f)));
        }
        return new Account("0x" + random.nextInt(1 << 20), List.of(new CollateralBalance("USDC", random.nextDouble(2_000, 40_000)),
                new CollateralBalance("WETH", random.nextDouble(0, 3))),
                List.of(Position.cross("eth", "ETH-PERP", random.nextDouble(-10, 10), 2000 * random.nextDouble(0.9, 1.1)),
                        Position.cross("btc", "BTC-PERP", random.nextDouble(-0.3, 0.3), 90_000 * random.nextDouble(0.9, 1.1))),
                options);
    }

    private static AccountRisk risk(Account account, PriceSet prices, MarginPolicy policy) {
        AccountResult r = MarginEngine.withoutExplanations().evaluate(account, prices, policy);
        assertThat(r).isInstanceOf(AccountRisk.class);
        return (AccountRisk) r;
    }

    @Property(tries = 60)
    void atEveryReportedCrossLiquidationOrBankruptcyPriceTheCushionIsZero(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Account account = randomAccount(random);
        MarginPolicy policy = VenuePresets.reference().withOptionMargin(MODELS.get(random.nextInt(MODELS.size())));
        AccountRisk r = risk(account, PRICES, policy);
        for (String asset : List.of("ETH", "BTC")) {
            PositionRisk perp = r.position(asset.equals("ETH") ? "eth" : "btc");
            for (double weight : new double[] {1.0, 0.0}) {
                LiquidationPrice lp = weight == 1.0 ? perp.liquidationPrice() : perp.bankruptcyPrice();
                if (lp.kind() != LiquidationPrice.Kind.PRICE) {
                    continue;
                }
                GroupRisk there = risk(account, PRICES.withMark(asset, lp.price()), policy).cross();
                double cushion = there.equity() - weight * there.maintenanceRequirement();
                double scale = Math.max(there.maintenanceRequirement(), Math.abs(r.cross().equity()));
                assertThat(Math.abs(cushion)).as(policy.optionMargin().name() + " " + asset + " w" + weight)
                        .isLessThanOrEqualTo(1e-9 * scale);
            }
        }
    }

    @Property(tries = 60)
    void theLeanHeadlineAndTheGreekSumsAgreeWithTheFullEvaluation(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Account account = randomAccount(random);
        MarginPolicy policy = VenuePresets.reference().withOptionMargin(MODELS.get(random.nextInt(MODELS.size())));
        AccountRisk full = risk(account, PRICES, policy);
        AccountHeadline h = MarginEngine.withoutExplanations().headline(account, PRICES, policy);
        assertThat(h.equity()).isEqualTo(full.equity());
        assertThat(h.initialRequirement()).isEqualTo(full.initialRequirement());
        assertThat(h.maintenanceRequirement()).isEqualTo(full.maintenanceRequirement());
        assertThat(h.health()).isEqualTo(full.health());
        double vega = 0;
        double ethDelta = 0;
        for (PositionRisk p : full.positions()) {
            vega += p.greeks().vega();
            ethDelta += p.underlying().equals("ETH") ? p.greeks().delta() : 0.0;
        }
        assertThat(full.greeks().vega()).isCloseTo(vega, within(1e-9 * (1 + Math.abs(vega))));
        assertThat(full.greeksByUnderlying().get("ETH").delta()).isCloseTo(ethDelta, within(1e-12 * (1 + Math.abs(ethDelta))));
        assertThat(full.position("eth").delta()).isEqualTo(account.position("eth").orElseThrow().size());
    }
}
