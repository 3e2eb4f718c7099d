package com.solvent.app.cli.risk;

import com.solvent.app.portfolio.PortfolioException;
import com.solvent.app.portfolio.StressLibraryFile;
import com.solvent.model.stress.StressScenario;
import picocli.CommandLine.Option;

import java.nio.file.Path;

import java.util.ArrayList;
import java.util.List;

/** The options choosing a stress run, shared by {@code solvent stress} and {@code solvent scan --stress} (a picocli mixin). */
public final class StressOptions {
    @Option(names = "--scenario", paramLabel = "NAME",
            description = "Run only this stress scenario (repeatable); default: every scenario of the library.")
    List<String> scenarios = new ArrayList<>();

    @Option(names = "--library", paramLabel = "FILE",
            description = "Read the scenarios from this stress-library file (docs/STRESS.md; the risk desk exports "
                    + "one); default: the standard library.")
    Path library;

    @Option(names = "--insurance-fund", paramLabel = "USD", defaultValue = "0",
            description = "Insurance fund balance before each scenario or cascade, USD (default: ${DEFAULT-VALUE}).")
    double insuranceFund;

    /**
     * The scenarios named by {@code --scenario}, or the whole library (the {@code --library} file's, else the
     * standard one); fails naming an unknown scenario, or the file's line and column when it is not a valid library.
     */
    public List<StressScenario> scenarios() {
        StressReport.requireFund(insuranceFund);
        if (library == null) {
            return StressReport.scenarios(scenarios);
        }
        List<StressScenario> all;
        try {
            all = StressLibraryFile.read(library);
        } catch (PortfolioException e) {
            throw new IllegalArgumentException("--library " + e.getMessage(), e);
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException("--library " + library + ": the library has no scenario");
        }
        if (scenarios.isEmpty()) {
            return all;
        }
        List<StressScenario> chosen = new ArrayList<>();
        for (String name : scenarios) {
            chosen.add(all.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("--scenario: no scenario \"" + name + "\" in " + library + "; it has: "
                            + String.join(", ", all.stream().map(StressScenario::name).toList()))));
        }
        return chosen;
    }

    /** The {@code --library} file, if given. */
    public java.util.Optional<Path> library() {
        return java.util.Optional.ofNullable(library);
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
