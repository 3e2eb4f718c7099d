package com.solvent.app.cli.risk;

import com.solvent.app.cli.TextTable;
import com.solvent.app.cli.TextTable.Column;
import com.solvent.app.portfolio.Portfolio;
import com.solvent.model.stress.AccountLiquidation;
import com.solvent.model.stress.StressBook;
import com.solvent.model.stress.StressLibrary;
import com.solvent.model.stress.StressResult;
import com.solvent.model.stress.StressRunner;
import com.solvent.model.stress.StressScenario;
import com.solvent.model.task.TaskMonitor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static com.solvent.app.format.DisplayFormat.money;
import static com.solvent.app.format.DisplayFormat.usd;

/** {@code solvent stress <portfolio.json>}: what each named stress scenario would liquidate. */
@Command(name = "stress", mixinStandardHelpOptions = true,
        description = {"Runs named stress scenarios over the accounts of a portfolio file and prints what each "
                + "would liquidate: accounts, notional, penalties (liquidator / insurance fund), insurance fund "
                + "draw, bad debt and auto-deleveraging.",
                "Scenarios: unchanged, crash-10, crash-20, crash-35, rally-20, eth-crash-30, btc-crash-30, "
                        + "vol-spike, usdc-depeg, eth-oracle-frozen."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every account evaluated", "1:some account could not be evaluated (the others were run)",
                "2:bad input file or usage"})
public final class StressCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<portfolio.json>", description = "The portfolio file.")
    private Path file;

    @Option(names = "--scenario", paramLabel = "NAME", description = "Run only this scenario (repeatable); default: all.")
    private List<String> scenarios = new ArrayList<>();

    @Option(names = "--insurance-fund", paramLabel = "USD", defaultValue = "0",
            description = "Insurance fund balance before each scenario, USD (default: ${DEFAULT-VALUE}).")
    private double insuranceFund;

    @Option(names = "--json", description = "Print JSON instead of tables.")
    private boolean json;

    @Option(names = "--csv", description = "Print one CSV line per scenario instead of tables.")
    private boolean csv;

    @Option(names = "--accounts", description = "Also list the liquidated accounts of each scenario (tables only).")
    private boolean listAccounts;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Double.isFinite(insuranceFund) || insuranceFund < 0) {
            err.println("--insurance-fund must be a non-negative number of USD, was " + insuranceFund);
            return RiskOutput.BAD_INPUT;
        }
        List<StressScenario> chosen = new ArrayList<>();
        for (String name : scenarios) {
            StressScenario s = StressLibrary.byName(name).orElse(null);
            if (s == null) {
                err.println("--scenario: no scenario \"" + name + "\"; known: " + String.join(", ", StressLibrary.names()));
                return RiskOutput.BAD_INPUT;
            }
            chosen.add(s);
        }
        if (chosen.isEmpty()) {
            chosen.addAll(StressLibrary.standard());
        }
        Portfolio portfolio = PortfolioInput.read(file, err).orElse(null);
        if (portfolio == null) {
            return RiskOutput.BAD_INPUT;
        }
        List<StressResult> results = new StressRunner(StressBook.of(portfolio.accounts(), portfolio.policy()),
                insuranceFund, 1).runAll(chosen, portfolio.prices(), TaskMonitor.NONE);
        List<StressRow> rows = results.stream().map(StressRow::of).toList();
        if (json) {
            out.println(RiskOutput.json(StressJson.of(portfolio, insuranceFund, results)));
        } else if (csv) {
            out.print(RiskOutput.csv(StressRow.class, rows));
        } else {
            out.print(text(portfolio, rows, results));
        }
        out.flush();
        return rows.stream().anyMatch(r -> r.accountsFailed() > 0) ? RiskOutput.ACCOUNT_FAILED : RiskOutput.OK;
    }

    private String text(Portfolio portfolio, List<StressRow> rows, List<StressResult> results) {
        StringBuilder out = new StringBuilder();
        out.append("Solvent stress test of ").append(portfolio.source()).append('\n');
        out.append("Venue:          ").append(portfolio.policy().name()).append('\n');
        out.append("Prices as of:   ").append(portfolio.prices().asOf()).append('\n');
        out.append("Accounts:       ").append(portfolio.accounts().size()).append('\n');
        out.append("Insurance fund: ").append(usd(insuranceFund)).append(" before each scenario\n\n");
        TextTable table = new TextTable(Column.left("Scenario"), Column.right("Liquidated"),
                Column.right("Bankrupt"), Column.right("Notional USD"), Column.right("Penalties USD"),
                Column.right("To liquidators"), Column.right("To fund"), Column.right("Fund draw USD"),
                Column.right("Bad debt USD"), Column.right("ADL accounts"), Column.right("Uncertain"));
        for (StressRow r : rows) {
            table.row(r.scenario(), Integer.toString(r.accountsLiquidated()), Integer.toString(r.accountsBankrupt()),
                    money(r.notionalLiquidatedUsd()), money(r.penaltiesUsd()), money(r.penaltyToLiquidatorsUsd()),
                    money(r.penaltyToInsuranceFundUsd()), money(r.insuranceDrawUsd()), money(r.badDebtUsd()),
                    Integer.toString(r.accountsDeleveraged()), Integer.toString(r.accountsUncertain()));
        }
        out.append(table.render()).append('\n');
        for (StressRow r : rows) {
            out.append("  ").append(r.scenario()).append(": ").append(r.description());
            if (!r.staleAssets().isEmpty()) {
                out.append(" [stale: ").append(r.staleAssets()).append(']');
            }
            out.append('\n');
        }
        out.append("\"Uncertain\" counts accounts valued with a price that is not FRESH: a frozen oracle hides them "
                + "from liquidation.\n");
        if (listAccounts) {
            for (StressResult r : results) {
                if (r.sweep().liquidations().isEmpty()) {
                    continue;
                }
                out.append('\n').append(r.scenario().name()).append('\n');
                TextTable accounts = new TextTable(Column.left("Account"), Column.left("Before"), Column.left("After"),
                        Column.right("Notional USD"), Column.right("Penalty USD"), Column.right("Fund draw USD"),
                        Column.right("Bad debt USD"));
                for (AccountLiquidation l : r.sweep().liquidations()) {
                    accounts.row(l.accountId() + (l.uncertain() ? "*" : ""), l.healthBefore().name(),
                            l.healthAfter().name(), money(l.notional()), money(l.penalty()), money(l.insuranceDraw()),
                            money(l.badDebt()));
                }
                out.append(accounts.render());
            }
        }
        return out.toString();
    }
}
