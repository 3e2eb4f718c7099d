package com.solvent.model.scenario;

import com.solvent.model.account.Account;
import com.solvent.model.account.Position;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.option.OptionContract;
import com.solvent.model.option.OptionPosition;
import com.solvent.model.option.PositionGreeks;
import com.solvent.model.option.margin.OptionMarginModel;
import com.solvent.model.option.margin.PortfolioOptionMargin;
import com.solvent.model.option.margin.StandardOptionMargin;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.Greeks;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.solvent.model.scenario.ScenarioFixtures.IN_30D;
import static com.solvent.model.scenario.ScenarioFixtures.MARKET;
import static com.solvent.model.scenario.ScenarioFixtures.RULES;
import static com.solvent.model.scenario.ScenarioFixtures.account;
import static com.solvent.model.scenario.ScenarioFixtures.optionBook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Differential: MarginEngine valuing options itself equals the former PortfolioEvaluator (engine + option book added). */
class EngineOptionsDifferentialTest {
    static List<Portfolio> books() {
        Portfolio twoUnderlyings = new Portfolio(account(50_000, Position.cross("eth-perp", "ETH-PERP", -3, 2100),
                Position.cross("btc-perp", "BTC-PERP", 0.2, 88_000),
                Position.isolated("eth-iso", "ETH-PERP", 2, 1950, 800)), List.of(
                new OptionPosition("btc-put", OptionContract.put("BTC", 80_000, IN_30D.plusSeconds(86_400 * 30)), -0.5, 900),
                new OptionPosition("btc-call", OptionContract.call("BTC", 100_000, IN_30D), 0.3, 1200),
                new OptionPosition("eth-call", OptionContract.call("ETH", 2200, IN_30D), -6, 70)));
        return List.of(optionBook(), twoUnderlyings);
    }

    @Test
    void engineEqualsThePortfolioEvaluatorUnderEveryOptionModel() {
        for (OptionMarginModel model : List.of(StandardOptionMargin.deribit(), StandardOptionMargin.derive(),
                PortfolioOptionMargin.deribit(), PortfolioOptionMargin.derive())) {
            VenueRules rules = new VenueRules(RULES.policy(), model);
            for (Portfolio book : books()) {
                PortfolioRisk old = PortfolioEvaluator.explaining().evaluate(book, MARKET, rules);
                Account withOptions = book.account().withOptions(book.options());
                PriceSet prices = MARKET.prices().withVolSurfaces(MARKET.volSurfaces(), MARKET.optionRate());
                AccountRisk risk = (AccountRisk) new MarginEngine().evaluate(withOptions, prices,
                        rules.policy().withOptionMargin(model));
                String as = model.name() + " " + book.id();
                double tol = 1e-9 * (1 + Math.abs(old.equity()));
                assertThat(risk.equity()).as(as).isCloseTo(old.equity(), within(tol));
                assertThat(risk.initialRequirement()).as(as).isCloseTo(old.initialRequirement(), within(tol));
                assertThat(risk.maintenanceRequirement()).as(as).isCloseTo(old.maintenanceRequirement(), within(tol));
                assertThat(risk.marginRatio()).as(as).isCloseTo(old.marginRatio(), within(1e-12));
                assertThat(risk.freeCollateral()).as(as).isCloseTo(old.freeCollateral(), within(tol));
                assertThat(risk.cross().equity()).as(as).isCloseTo(old.crossEquity(), within(tol));
                assertThat(risk.cross().maintenanceRequirement()).as(as).isCloseTo(old.crossMaintenance(), within(tol));
                assertThat(risk.health()).as(as).isEqualTo(old.health());
                assertThat(risk.optionMargin().optionValue()).as(as).isCloseTo(old.options().optionValue(), within(tol));
                for (PositionGreeks g : old.greeks().byUnderlying().values()) {
                    Greeks mine = risk.greeksByUnderlying().get(g.underlying());
                    assertThat(mine.delta()).as(as + " delta " + g.underlying()).isCloseTo(g.delta(), within(1e-9));
                    assertThat(mine.gamma()).as(as + " gamma " + g.underlying()).isCloseTo(g.gamma(), within(1e-12));
                    assertThat(mine.vega()).as(as + " vega " + g.underlying()).isCloseTo(g.vega(), within(1e-9));
                    assertThat(mine.theta()).as(as + " theta " + g.underlying()).isCloseTo(g.theta(), within(1e-9));
                }
            }
        }
    }
}
