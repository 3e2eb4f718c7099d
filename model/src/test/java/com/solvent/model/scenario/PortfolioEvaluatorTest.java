package com.solvent.model.scenario;

import com.solvent.model.option.margin.OptionMarginModel;
import com.solvent.model.option.margin.PortfolioOptionMargin;
import com.solvent.model.option.margin.StandardOptionMargin;
import com.solvent.model.option.Black76;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.solvent.model.scenario.ScenarioFixtures.MARKET;
import static com.solvent.model.scenario.ScenarioFixtures.RULES;
import static com.solvent.model.scenario.ScenarioFixtures.optionBook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PortfolioEvaluatorTest {
    /**
     * Regression for the move of option valuation into MarginEngine (the engine's numbers equalled the former
     * engine + option-book evaluator under all four option models, commit "MarginEngine values options"):
     * the option book under Deribit's standard rules, computed by hand from Black-76 (Haug 2007, see
     * Black76Test) and the Deribit formulas of VENUES.md 8 (TV-DB-3).
     */
    @Test
    void theOptionBookUnderDeribitStandardRulesMatchesTheHandComputation() {
        double t = 30.0 / 365.0;
        double put = Black76.price(2000, 1800, t, 0.65, false);
        double call = Black76.price(2000, 2400, t, 0.65, true);
        double equity = 10_000 + 5 * (2000 - 1900) - 10 * put + 4 * call;
        double putMm = Math.max(0.075 * 2000, 0.075 * put) + put;
        double putIm = Math.max(Math.max(0.15 - 200.0 / 2000, 0.10) * 2000 + put, putMm);
        double im = 5 * 2000 / 50.0 + 10 * putIm;
        double mm = 5 * 2000 * 0.01 + 10 * putMm;
        VenueRules rules = new VenueRules(RULES.policy(), StandardOptionMargin.deribit());

        PortfolioRisk r = PortfolioEvaluator.explaining().evaluate(optionBook(), MARKET, rules);

        assertThat(r.equity()).isCloseTo(equity, within(1e-9 * equity));
        assertThat(r.initialRequirement()).isCloseTo(im, within(1e-9 * im));
        assertThat(r.maintenanceRequirement()).isCloseTo(mm, within(1e-9 * mm));
        assertThat(r.freeCollateral()).isCloseTo(equity - im, within(1e-9 * equity));
        assertThat(r.crossEquity()).isCloseTo(equity, within(1e-9 * equity));
        assertThat(r.options().optionValue()).isCloseTo(-10 * put + 4 * call, within(1e-9));
        assertThat(r.greeks().byUnderlying().get("ETH").value()).isCloseTo(-10 * put + 4 * call, within(1e-9));
    }

    @Test
    void headlineFiguresEqualTheFullEvaluationUnderEveryOptionModel() {
        for (OptionMarginModel model : List.of(StandardOptionMargin.deribit(), StandardOptionMargin.derive(),
                PortfolioOptionMargin.deribit(), PortfolioOptionMargin.derive())) {
            VenueRules rules = new VenueRules(RULES.policy(), model);
            for (PortfolioEvaluator evaluator : List.of(PortfolioEvaluator.fast(), PortfolioEvaluator.explaining())) {
                PortfolioRisk full = evaluator.evaluate(optionBook(), MARKET, rules);
                HeadlineRisk headline = evaluator.headline(optionBook(), MARKET, rules);
                assertThat(headline).as(model.name()).isEqualTo(new HeadlineRisk(full.equity(),
                        full.maintenanceRequirement(), full.marginRatio(), full.crossEquity(), full.crossMaintenance(),
                        full.health()));
            }
        }
    }

    @Test
    void explainingAndFastEvaluatorsAgreeOnEveryNumber() {
        PortfolioRisk explained = PortfolioEvaluator.explaining().evaluate(optionBook(), MARKET, RULES);
        PortfolioRisk fast = PortfolioEvaluator.fast().evaluate(optionBook(), MARKET, RULES);
        assertThat(fast.equity()).isEqualTo(explained.equity());
        assertThat(fast.initialRequirement()).isEqualTo(explained.initialRequirement());
        assertThat(fast.maintenanceRequirement()).isEqualTo(explained.maintenanceRequirement());
        assertThat(fast.greeks()).isEqualTo(explained.greeks());
        assertThat(explained.options().terms()).isNotEmpty();
        assertThat(fast.options().terms()).isEmpty();
    }
}
