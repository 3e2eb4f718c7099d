package com.solvent.model.scenario;

import com.solvent.model.Checks;
import com.solvent.model.account.Account;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.PriceSet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A what-if as data: a name and an ordered list of {@link Perturbation}s. Applying it edits the inputs
 * step by step and evaluates the portfolio before and after with the same engine as the live view;
 * a step the venue would refuse is skipped and reported. The JSON form is described in docs/SCENARIOS.md.
 *
 * @param name   shown to the user, e.g. {@code "ETH -20%, vol +10"}
 * @param steps  perturbations in order
 */
public record Scenario(String name, List<Perturbation> steps) {
    /** The scenario that changes nothing. */
    public static final Scenario NONE = new Scenario("no change", List.of());

    public Scenario {
        Checks.nonBlank(name, "scenario.name");
        steps = List.copyOf(Checks.required(steps, "scenario " + name + ".steps"));
    }

    public static Scenario of(String name, Perturbation... steps) {
        return new Scenario(name, Arrays.asList(steps));
    }

    /** This scenario followed by {@code next}: its steps, then next's. */
    public Scenario then(Scenario next) {
        List<Perturbation> all = new ArrayList<>(steps);
        all.addAll(next.steps());
        return new Scenario(name + ", then " + next.name(), all);
    }

    /** The inputs after every step (refused steps skipped), without evaluating. */
    public Perturbed perturb(Portfolio book, MarketState market, VenueRules rules) {
        Inputs current = new Inputs(book, market);
        List<String> refused = new ArrayList<>();
        for (Perturbation step : steps) {
            switch (step.applyTo(current, rules)) {
                case StepOutcome.Applied a -> current = a.inputs();
                case StepOutcome.Refused r -> refused.add(r.reason());
            }
        }
        return new Perturbed(current, refused);
    }

    /** Before/after risk of {@code book} and their difference, with an explaining evaluator. */
    public ScenarioResult apply(Portfolio book, MarketState market, VenueRules rules) {
        return apply(book, market, rules, PortfolioEvaluator.explaining());
    }

    /** Before/after risk of {@code book} and their difference, with {@code evaluator}. */
    public ScenarioResult apply(Portfolio book, MarketState market, VenueRules rules, PortfolioEvaluator evaluator) {
        PortfolioRisk before = evaluator.evaluate(book, market, rules);
        Perturbed after = perturb(book, market, rules);
        PortfolioRisk afterRisk = evaluator.evaluate(after.inputs().book(), after.inputs().market(), rules);
        return new ScenarioResult(this, before, afterRisk, RiskDiff.between(before, afterRisk), after.inputs(),
                after.refused());
    }

    /** For an account without options: {@code apply(Portfolio.of(account), MarketState.of(prices), VenueRules.of(policy))}. */
    public ScenarioResult apply(Account account, PriceSet prices, MarginPolicy policy) {
        return apply(Portfolio.of(account), MarketState.of(prices), VenueRules.of(policy));
    }

    /**
     * Inputs after a scenario's steps.
     *
     * @param inputs   the edited portfolio and market
     * @param refused  reasons of the steps that were refused and skipped, in order
     */
    public record Perturbed(Inputs inputs, List<String> refused) {
        public Perturbed {
            Checks.required(inputs, "perturbed.inputs");
            refused = List.copyOf(refused);
        }
    }
}
