package com.solvent.app.cli.risk;

import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** The options choosing a stress run, shared by {@code solvent stress} and {@code solvent scan --stress} (a picocli mixin). */
public final class StressOptions {
    @Option(names = "--scenario", paramLabel = "NAME",
            description = "Run only this stress scenario (repeatable); default: all the standard ones.")
    List<String> scenarios = new ArrayList<>();

    @Option(names = "--insurance-fund", paramLabel = "USD", defaultValue = "0",
            description = "Insurance fund balance before each scenario or cascade, USD (default: ${DEFAULT-VALUE}).")
    double insuranceFund;

    /** The scenarios named by {@code --scenario}, or the standard library; fails naming an unknown one. */
    public List<com.solvent.model.stress.StressScenario> scenarios() {
        StressReport.requireFund(insuranceFund);
        return StressReport.scenarios(scenarios);
    }

    /** The names given with {@code --scenario}, empty for none. */
    public List<String> scenarioNames() {
        return List.copyOf(scenarios);
    }

    /** The {@code --insurance-fund}, USD. */
    public double insuranceFund() {
        return insuranceFund;
    }
}
