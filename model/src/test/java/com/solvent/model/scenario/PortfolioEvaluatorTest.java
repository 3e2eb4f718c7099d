package com.solvent.model.scenario;

import com.solvent.model.option.margin.OptionMarginModel;
import com.solvent.model.option.margin.PortfolioOptionMargin;
import com.solvent.model.option.margin.StandardOptionMargin;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.solvent.model.scenario.ScenarioFixtures.MARKET;
import static com.solvent.model.scenario.ScenarioFixtures.RULES;
import static com.solvent.model.scenario.ScenarioFixtures.optionBook;
import static org.assertj.core.api.Assertions.assertThat;

class PortfolioEvaluatorTest {
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
