package com.solvent.app.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.solvent.app.cli.TextTable.Column;
import com.solvent.app.portfolio.Portfolio;
import com.solvent.app.scenario.ScenarioFiles;
import com.solvent.model.account.Account;
import com.solvent.model.scenario.Scenario;
import com.solvent.model.scenario.ScenarioResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import static com.solvent.app.format.DisplayFormat.money;
import static com.solvent.app.format.DisplayFormat.percent;
import static com.solvent.app.format.DisplayFormat.price;

/**
 * {@code solvent whatif <portfolio.json> <scenarios.json>}: applies scenarios (docs/SCENARIOS.md) to the accounts
 * of a portfolio file and prints each figure before, after and the change, and the steps the venue refused.
 */
@Command(name = "whatif", mixinStandardHelpOptions = true,
        description = {"Applies the scenarios of a scenario file (docs/SCENARIOS.md) to the accounts of a portfolio file",
                "and prints every figure before and after, its change, and the refused steps."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every scenario was evaluated (refused steps included)",
                "1:some account could not be evaluated (the others are printed)", "2:bad input file or usage"})
public final class WhatIfCommand implements Callable<Integer> {
    static final String SCHEMA = "solvent.whatif/1";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<portfolio.json>", description = "The portfolio file (docs/PORTFOLIO.md).")
    private Path portfolioFile;

    @Parameters(index = "1", paramLabel = "<scenarios.json>", description = "The scenario file (docs/SCENARIOS.md).")
    private Path scenarioFile;

    @Option(names = "--scenario", paramLabel = "NAME", description = "Run only the scenario of this name.")
    private String scenarioName;

    @Option(names = "--account", paramLabel = "ID", description = "Only this account.")
    private String accountId;

    @Option(names = "--json", description = "Print JSON (fields in docs/SCENARIOS.md) instead of tables.")
    private boolean json;

    /** One scenario on one account: the JSON document's entry. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Outcome(String scenario, String account, String failure, String healthBefore, String healthAfter,
                   List<String> refused, List<WhatIfRows.Row> fields) {
    }

    record Document(String schema, String portfolio, String scenarios, String asOf, List<Outcome> outcomes) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Portfolio portfolio;
        List<Account> accounts;
        List<Scenario> scenarios;
        try {
            portfolio = CommandInputs.portfolio(portfolioFile);
            accounts = CommandInputs.accounts(portfolio, accountId);
            scenarios = scenarios();
        } catch (BadInput e) {
            err.println(e.getMessage());
            return ReportCommand.BAD_INPUT;
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            for (Account account : accounts) {
                outcomes.add(outcome(scenario, account, portfolio));
            }
        }
        if (json) {
            out.println(toJson(new Document(SCHEMA, portfolio.source(), scenarioFile.toString(),
                    portfolio.prices().asOf().toString(), outcomes)));
        } else {
            outcomes.forEach(o -> out.print(text(o)));
        }
        out.flush();
        return outcomes.stream().anyMatch(o -> o.failure() != null) ? ReportCommand.ACCOUNT_FAILED : ReportCommand.OK;
    }

    /** The engine's result of {@code scenario} on {@code account}, as the command prints it. */
    static ScenarioResult apply(Scenario scenario, Account account, Portfolio portfolio) {
        return scenario.apply(com.solvent.model.scenario.Portfolio.of(account), portfolio.marketState(),
                portfolio.venueRules());
    }

    private static Outcome outcome(Scenario scenario, Account account, Portfolio portfolio) {
        ScenarioResult result;
        try {
            result = apply(scenario, account, portfolio);
        } catch (IllegalArgumentException e) {
            // the engine cannot evaluate this account (unknown market, missing price or vol): the others still run
            return new Outcome(scenario.name(), account.id(), e.getMessage(), null, null, null, null);
        }
        return new Outcome(scenario.name(), account.id(), null, result.before().health().name(),
                result.after().health().name(), result.refused(), WhatIfRows.of(result));
    }

    private List<Scenario> scenarios() throws BadInput {
        List<Scenario> all;
        try {
            all = ScenarioFiles.load(scenarioFile);
        } catch (IllegalArgumentException e) {
            throw new BadInput(e.getMessage());
        } catch (UncheckedIOException e) {
            throw new BadInput(e.getMessage());
        }
        if (scenarioName == null) {
            return all;
        }
        List<Scenario> named = all.stream().filter(s -> s.name().equals(scenarioName)).toList();
        if (named.isEmpty()) {
            throw new BadInput(scenarioFile + ": no scenario \"" + scenarioName + "\"; the file has "
                    + all.stream().map(s -> "\"" + s.name() + "\"").collect(Collectors.joining(", ")));
        }
        return named;
    }

    private static String text(Outcome o) {
        StringBuilder out = new StringBuilder();
        out.append("SCENARIO \"").append(o.scenario()).append("\" on ").append(o.account()).append('\n');
        if (o.failure() != null) {
            out.append("! not evaluated: ").append(o.failure()).append("\n\n");
            return out.toString();
        }
        out.append("Health: ").append(o.healthBefore()).append(" -> ").append(o.healthAfter()).append('\n');
        TextTable table = new TextTable(Column.left("Field"), Column.right("Before"), Column.right("After"),
                Column.right("Change"));
        for (WhatIfRows.Row row : o.fields()) {
            table.row(row.field(), cell(row, row.before()), cell(row, row.after()),
                    row.change() == null ? (row.note() == null ? "-" : row.note()) : change(row));
        }
        out.append(table.render());
        if (o.refused().isEmpty()) {
            out.append("Every step applied.\n\n");
        } else {
            out.append("Refused steps (skipped):\n");
            o.refused().forEach(r -> out.append("  - ").append(r).append('\n'));
            out.append('\n');
        }
        return out.toString();
    }

    /** A price's change is USD like any other amount; a margin ratio's is in percentage points. */
    private static String change(WhatIfRows.Row row) {
        return row.unit().equals("fraction") ? percent(row.change()) : money(row.change());
    }

    private static String cell(WhatIfRows.Row row, Double value) {
        if (value == null) {
            return row.unit().equals("USD per unit") ? "none" : "-";
        }
        return switch (row.unit()) {
            case "fraction" -> percent(value);
            case "USD per unit" -> price(value);
            default -> money(value);
        };
    }

    private static String toJson(Document document) {
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
