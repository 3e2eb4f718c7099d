package com.solvent.app.cli.risk;

import com.solvent.app.portfolio.Portfolio;
import com.solvent.model.stress.StressScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code solvent stress <portfolio.json>}: what each named stress scenario would liquidate. */
@Command(name = "stress", mixinStandardHelpOptions = true,
        description = {"Runs named stress scenarios over the accounts of a portfolio file and prints what each "
                + "would liquidate: accounts, notional, penalties (liquidator / insurance fund), insurance fund "
                + "draw, bad debt and auto-deleveraging.",
                "Scenarios: unchanged, crash-10, crash-20, crash-35, rally-20, eth-crash-30, btc-crash-30, "
                        + "vol-spike, usdc-depeg, eth-oracle-frozen; or your own with --library FILE "
                        + "(examples/stress-library.json, docs/STRESS.md)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every account evaluated", "1:some account could not be evaluated (the others were run)",
                "2:bad input file or usage"})
public final class StressCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<portfolio.json>", description = "The portfolio file.")
    private Path file;

    @Mixin
    private StressOptions options = new StressOptions();

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
        List<StressScenario> chosen;
        try {
            chosen = options.scenarios();
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return RiskOutput.BAD_INPUT;
        }
        Portfolio portfolio = PortfolioInput.read(file, err).orElse(null);
        if (portfolio == null) {
            return RiskOutput.BAD_INPUT;
        }
        StressReport report = StressReport.run(portfolio, chosen, options.insuranceFund());
        out.print(json ? report.json() + System.lineSeparator() : csv ? report.csv() : report.text(listAccounts));
        out.flush();
        return report.anyAccountFailed() ? RiskOutput.ACCOUNT_FAILED : RiskOutput.OK;
    }
}
