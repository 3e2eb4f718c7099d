package com.solvent.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.solvent.app.portfolio.Portfolio;
import com.solvent.app.portfolio.PortfolioReader;
import com.solvent.app.portfolio.Venues;
import com.solvent.app.scenario.ScenarioFiles;
import com.solvent.model.account.Account;
import com.solvent.model.scenario.Scenario;
import com.solvent.model.scenario.ScenarioResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static com.solvent.app.format.DisplayFormat.money;
import static com.solvent.app.format.DisplayFormat.percent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code solvent whatif}: every number printed is the scenario engine's own result for the same portfolio and
 * scenario (the model is called here with the same inputs), refused steps are said in words, bad files exit 2.
 */
class WhatIfCommandTest {
    static final Path SCENARIOS = Path.of("..", "examples", "scenarios.json");
    private static final String COLLAR = "collar-hedged-perp";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonFiguresAreTheEngineResultOfEveryScenarioOnTheOptionAccount() throws Exception {
        Portfolio portfolio = new PortfolioReader(Venues.presets(), Clock.systemUTC()).read(ReportCommandTest.DEMO);
        Account collar = portfolio.account(COLLAR).orElseThrow();
        List<Scenario> scenarios = ScenarioFiles.load(SCENARIOS);

        CliRun run = CliRun.of("whatif", ReportCommandTest.DEMO.toString(), SCENARIOS.toString(), "--account", COLLAR,
                "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode outcomes = JSON.readTree(run.out()).path("outcomes");
        assertThat(outcomes).hasSize(scenarios.size());
        for (int i = 0; i < scenarios.size(); i++) {
            ScenarioResult engine = scenarios.get(i).apply(com.solvent.model.scenario.Portfolio.of(collar),
                    portfolio.marketState(), portfolio.venueRules());
            JsonNode printed = outcomes.get(i);
            assertThat(printed.path("scenario").asText()).isEqualTo(scenarios.get(i).name());
            assertThat(field(printed, "equity", "before")).isEqualTo(engine.before().equity());
            assertThat(field(printed, "equity", "after")).isEqualTo(engine.after().equity());
            assertThat(field(printed, "initialRequirement", "after")).isEqualTo(engine.after().initialRequirement());
            assertThat(field(printed, "maintenanceRequirement", "after"))
                    .isEqualTo(engine.after().maintenanceRequirement());
            assertThat(field(printed, "marginRatio", "after")).isEqualTo(engine.after().marginRatio());
            assertThat(field(printed, "freeCollateral", "after")).isEqualTo(engine.after().freeCollateral());
            assertThat(field(printed, "vega", "after")).isEqualTo(engine.after().greeks().vega());
            assertThat(printed.path("healthAfter").asText()).isEqualTo(engine.after().health().name());
            // every change the model's RiskDiff lists is printed with the same before and after
            engine.diff().changes().forEach(c -> {
                assertThat(field(printed, c.field(), "before")).as(c.field()).isEqualTo(c.before());
                assertThat(field(printed, c.field(), "after")).as(c.field()).isEqualTo(c.after());
            });
        }
    }

    @Test
    void theTextTableShowsBeforeAfterAndChangeOfTheHeadlineFigures() throws Exception {
        Portfolio portfolio = new PortfolioReader(Venues.presets(), Clock.systemUTC()).read(ReportCommandTest.DEMO);
        Scenario ethDown = ScenarioFiles.load(SCENARIOS).getFirst();
        ScenarioResult engine = WhatIfCommand.apply(ethDown, portfolio.account(COLLAR).orElseThrow(), portfolio);

        CliRun run = CliRun.of("whatif", ReportCommandTest.DEMO.toString(), SCENARIOS.toString(), "--account", COLLAR,
                "--scenario", "ETH -20%");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("SCENARIO \"ETH -20%\" on " + COLLAR + "\n");
        assertThat(ReportCommandTest.cells(run.out(), "equity")).containsExactly("equity",
                money(engine.before().equity()), money(engine.after().equity()),
                money(engine.after().equity() - engine.before().equity()));
        assertThat(ReportCommandTest.cells(run.out(), "marginRatio")).containsExactly("marginRatio",
                percent(engine.before().marginRatio()), percent(engine.after().marginRatio()),
                percent(engine.after().marginRatio() - engine.before().marginRatio()));
        assertThat(run.out()).contains("Every step applied.");
    }

    @Test
    void aWithdrawalBeyondTheCrossPoolIsRefusedInWordsAndChangesNothing() {
        CliRun run = CliRun.of("whatif", ReportCommandTest.DEMO.toString(), SCENARIOS.toString(), "--account", COLLAR,
                "--scenario", "withdraw 50,000 USDC");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Refused steps (skipped):\n  - only 20,000 USDC in the cross pool, cannot withdraw 50,000\n");
        List<String> equity = ReportCommandTest.cells(run.out(), "equity");
        assertThat(equity.get(1)).isEqualTo(equity.get(2));
        assertThat(equity.get(3)).isEqualTo("0.00");
    }

    @Test
    void anUnknownScenarioNameListsTheNamesAndExitsTwo() {
        CliRun run = CliRun.of("whatif", ReportCommandTest.DEMO.toString(), SCENARIOS.toString(), "--scenario", "ETH -90%");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no scenario \"ETH -90%\"").contains("\"ETH -20%\"").contains("\"7 days forward\"");
    }

    @Test
    void aBadScenarioFileExitsTwoWithLineAndColumn(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(SCENARIOS).replace("\"days\": 7", "\"days\": -7"));

        CliRun run = CliRun.of("whatif", ReportCommandTest.DEMO.toString(), bad.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(bad + ", line 25, column").contains("timeForward.days");
    }

    private static double field(JsonNode outcome, String name, String side) {
        for (JsonNode f : outcome.path("fields")) {
            if (f.path("field").asText().equals(name)) {
                return f.path(side).asDouble();
            }
        }
        throw new AssertionError("no field " + name + " in " + outcome);
    }
}
