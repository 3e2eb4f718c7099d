package com.solvent.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.solvent.app.portfolio.Portfolio;
import com.solvent.app.portfolio.PortfolioException;
import com.solvent.app.portfolio.PortfolioReader;
import com.solvent.app.portfolio.Venues;
import com.solvent.model.account.Account;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.risk.AccountFailure;
import com.solvent.model.risk.RiskReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code solvent report <portfolio.json>}: the risk report of every account in a portfolio file. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Prints the risk report of the accounts in a portfolio file (format: docs/PORTFOLIO.md).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all accounts evaluated", "1:some account could not be evaluated (the others are printed)",
                "2:bad input file or usage"})
public final class ReportCommand implements Callable<Integer> {
    /** Every account was evaluated. */
    public static final int OK = 0;
    /** Some account could not be evaluated; the others were printed. */
    public static final int ACCOUNT_FAILED = 1;
    /** The file or the command line is wrong; nothing was evaluated. */
    public static final int BAD_INPUT = 2;

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<portfolio.json>", description = "The portfolio file.")
    private Path file;

    @Option(names = "--json", description = "Print JSON (field names documented in docs/PORTFOLIO.md) instead of tables.")
    private boolean json;

    @Option(names = "--explain", description = "Also print the terms behind each headline number and how each "
            + "liquidation price was found.")
    private boolean explain;

    @Option(names = "--account", paramLabel = "ID", description = "Report only this account.")
    private String accountId;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Portfolio portfolio;
        try {
            portfolio = new PortfolioReader(Venues.presets(), Clock.systemUTC()).read(file);
        } catch (PortfolioException e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        }
        if (accountId != null) {
            Account account = portfolio.account(accountId).orElse(null);
            if (account == null) {
                err.println(file + ": no account \"" + accountId + "\"; the file has "
                        + portfolio.accounts().stream().map(Account::id).collect(Collectors.joining(", ")));
                return BAD_INPUT;
            }
            portfolio = new Portfolio(portfolio.source(), portfolio.prices(), portfolio.policy(), List.of(account));
        }
        return print(portfolio, json, explain, out);
    }

    /**
     * Evaluates {@code portfolio} with the margin engine and prints its report.
     *
     * @return {@link #OK}, or {@link #ACCOUNT_FAILED} when some account could not be evaluated
     */
    public static int print(Portfolio portfolio, boolean json, boolean explain, PrintWriter out) {
        RiskReport report = new MarginEngine().evaluate(portfolio.accounts(), portfolio.prices(), portfolio.policy());
        if (json) {
            out.println(toJson(ReportJson.of(portfolio, report, explain)));
        } else {
            out.print(TextReport.render(portfolio, report, explain));
        }
        out.flush();
        boolean failed = report.accounts().stream().anyMatch(AccountFailure.class::isInstance);
        return failed ? ACCOUNT_FAILED : OK;
    }

    private static String toJson(ReportJson report) {
        try {
            return JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
