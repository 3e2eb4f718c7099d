package com.solvent.model.scenario;

import com.solvent.model.account.Position;
import com.solvent.model.option.OptionContract;
import com.solvent.model.option.OptionPosition;
import com.solvent.model.option.margin.OptionMarginModel;
import com.solvent.model.option.margin.PortfolioOptionMargin;
import com.solvent.model.option.margin.StandardOptionMargin;
import com.solvent.model.risk.LiquidationPrice;
import com.solvent.model.risk.PositionRisk;
import org.junit.jupiter.api.Test;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

import static com.solvent.model.scenario.ScenarioFixtures.ETH;
import static com.solvent.model.scenario.ScenarioFixtures.MARKET;
import static com.solvent.model.scenario.ScenarioFixtures.NOW;
import static com.solvent.model.scenario.ScenarioFixtures.RULES;
import static com.solvent.model.scenario.ScenarioFixtures.account;
import static com.solvent.model.scenario.ScenarioFixtures.optionBook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RiskProfileTest {
    private final PortfolioEvaluator evaluator = PortfolioEvaluator.fast();

    @Test
    void liquidationPointsEqualTheEnginesLiquidationPrice() {
        Portfolio longEth = Portfolio.of(account(3_000, Position.cross("p", "ETH-PERP", 10, 2000),
                Position.cross("b", "BTC-PERP", -0.1, 90_000)));
        PositionRisk engine = PortfolioEvaluator.explaining().evaluate(longEth, MARKET, RULES).linear().position("p");
        assertThat(engine.liquidationPrice().kind()).isEqualTo(LiquidationPrice.Kind.PRICE);

        RiskProfile profile = RiskProfile.compute(longEth, MARKET, RULES, "ETH", 0.5 * ETH, 1.5 * ETH, 201, evaluator);
        assertThat(profile.points()).hasSize(201);
        assertThat(profile.liquidationPrices()).singleElement().satisfies(p ->
                assertThat(p).isCloseTo(engine.liquidationPrice().price(), within(1e-8 * ETH)));
    }

    @Test
    void atAnOptionBooksLiquidationPointTheCushionIsZero() {
        Portfolio book = optionBook();
        RiskProfile profile = RiskProfile.compute(book, MARKET, RULES, "ETH", 200, 4000, 401, evaluator);
        assertThat(profile.liquidationPrices()).isNotEmpty();
        for (double p : profile.liquidationPrices()) {
            PortfolioRisk r = evaluator.evaluate(book, MARKET.withPrices(MARKET.prices().withMark("ETH", p)), RULES);
            assertThat(r.crossCushion()).isCloseTo(0.0, within(1e-6 * r.crossMaintenance()));
        }
        // Between the curve's points the cushion keeps its sign.
        for (int i = 0; i + 1 < profile.points().size(); i++) {
            ProfilePoint a = profile.points().get(i);
            ProfilePoint b = profile.points().get(i + 1);
            boolean crossed = Math.signum(a.crossCushion()) != Math.signum(b.crossCushion());
            boolean marked = profile.liquidationPrices().stream().anyMatch(p -> p >= a.price() && p <= b.price());
            assertThat(marked).as("segment %s..%s", a.price(), b.price()).isEqualTo(crossed);
        }
    }

    @Test
    void everyPointEqualsAFullEvaluationAtThatPriceUnderEveryOptionModel() {
        // A two-underlying book: the profile values the BTC options once, the ETH ones at every point.
        Portfolio book = new Portfolio(optionBook().account().withAddedPosition(
                Position.cross("btc-perp", "BTC-PERP", -0.3, 90_000)),
                Stream.concat(optionBook().options().stream(), Stream.of(
                        new OptionPosition("btc-put",
                                OptionContract.put("BTC", 80_000, ScenarioFixtures.IN_30D), -1, 0)))
                        .toList());
        for (OptionMarginModel model : List.<OptionMarginModel>of(StandardOptionMargin.deribit(),
                PortfolioOptionMargin.derive())) {
            VenueRules rules = new VenueRules(RULES.policy(), model);
            RiskProfile profile = RiskProfile.compute(book, MARKET, rules, "ETH", 1000, 3000, 201, evaluator);
            for (int i = 0; i < profile.points().size(); i += 20) {
                ProfilePoint p = profile.points().get(i);
                HeadlineRisk direct = evaluator.headline(book, MARKET.withPrices(MARKET.prices().withMark("ETH", p.price())), rules);
                assertThat(p.equity()).as(model.name()).isCloseTo(direct.equity(), within(1e-9 * Math.abs(direct.equity())));
                assertThat(p.maintenanceRequirement()).as(model.name())
                        .isCloseTo(direct.maintenanceRequirement(), within(1e-9 * direct.maintenanceRequirement()));
            }
        }
    }

    @Test
    void laterProfileShowsTimeDecay() {
        List<RiskProfile> both = RiskProfile.todayAndAt(NOW.plus(10, ChronoUnit.DAYS), optionBook(), MARKET, RULES,
                "ETH", 1000, 3000, 201, evaluator);
        assertThat(both.get(1).asOf()).isEqualTo(NOW.plus(10, ChronoUnit.DAYS));
        // Net short option premium: at the current price, ten days of decay raise equity.
        ProfilePoint today = both.get(0).points().get(100);
        ProfilePoint later = both.get(1).points().get(100);
        assertThat(today.price()).isEqualTo(2000.0);
        assertThat(later.equity()).isGreaterThan(today.equity());
    }

    @Test
    void tooFewPointsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> RiskProfile.compute(optionBook(), MARKET, RULES, "ETH", 1000, 3000, 50, evaluator))
                .hasMessageContaining("profile.points");
    }
}
