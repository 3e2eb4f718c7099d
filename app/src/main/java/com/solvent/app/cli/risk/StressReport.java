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

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static com.solvent.app.format.DisplayFormat.money;
import static com.solvent.app.format.DisplayFormat.usd;

/**
 * A stress-library run over a book and its three renderings (table, {@code solvent.stress/1} JSON,
 * one CSV line per scenario): what {@code solvent stress} prints and {@code solvent scan --stress}
 * writes, from one place.
 *
 * @param portfolio     the book, its prices and policy
 * @param insuranceFund insurance fund before each scenario, USD
 * @param results       one result per scenario, in the order asked
 */
public record StressReport(Portfolio portfolio, double insuranceFund, List<StressResult> results) {
    public StressReport {
        Objects.requireNonNull(portfolio, "portfolio");
        results = List.copyOf(results);
    }

    /**
     * The library scenarios named, all the standard ones when {@code names} is empty.
     *
     * @throws IllegalArgumentException naming the unknown scenario and the known ones
     */
    public static List<StressScenario> scenarios(List<String> names) {
        List<StressScenario> chosen = new ArrayList<>();
        for (String name : names) {
            chosen.add(StressLibrary.byName(name).orElseThrow(() -> new IllegalArgumentException(
                    "--scenario: no scenario \"" + name + "\"; known: " + String.join(", ", StressLibrary.names()))));
        }
        return chosen.isEmpty() ? StressLibrary.standard() : chosen;
    }

    /**
     * Runs {@code scenarios} over {@code portfolio}'s accounts at its prices.
     *
     * @throws IllegalArgumentException when the fund is negative or not a number
     */
    public static StressReport run(Portfolio portfolio, List<StressScenario> scenarios, double insuranceFund) {
        requireFund(insuranceFund);
        List<StressResult> results = new StressRunner(StressBook.of(portfolio.accounts(), portfolio.policy()),
                insuranceFund, 1).runAll(scenarios, portfolio.prices(), TaskMonitor.NONE);
        return new StressReport(portfolio, insuranceFund, results);
    }

    /** @throws IllegalArgumentException unless {@code insuranceFund} is a non-negative number of USD */
    public static void requireFund(double insuranceFund) {
        if (!Double.isFinite(insuranceFund) || insuranceFund < 0) {
            throw new IllegalArgumentException("--insurance-fund must be a non-negative number of USD, was " + insuranceFund);
        }
    }

    /** True when some account could not be evaluated in some scenario (the others were run). */
    public boolean anyAccountFailed() {
        return rows().stream().anyMatch(r -> r.accountsFailed() > 0);
    }

    /** The {@code solvent.stress/1} document. */
    public String json() {
        return RiskOutput.json(StressJson.of(portfolio, insuranceFund, results));
    }

    /** One line per scenario with a header. */
    public String csv() {
        return RiskOutput.csv(StressRow.class, rows());
    }

    /** The tables; with {@code listAccounts} also each scenario's liquidated accounts. */
    public String text(boolean listAccounts) {
        List<StressRow> rows = rows();
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

    private List<StressRow> rows() {
        return results.stream().map(StressRow::of).toList();
    }
}
