package com.solvent.app.cli.risk;

import com.solvent.app.portfolio.Portfolio;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code solvent cascade <portfolio.json> --asset ETH --shock -0.2 --depth 50000000}: a liquidation cascade. */
@Command(name = "cascade", mixinStandardHelpOptions = true,
        description = {"Shocks one asset's price, then lets liquidations sell into a market of finite depth "
                + "(linear impact: price = shocked price x (1 - impact x net notional sold / depth)) and liquidate "
                + "more accounts, round after round, until nothing more is liquidated or prices stop moving.",
                "Whole accounts are re-evaluated every round (a cross account's other positions feel each loss)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every account evaluated", "1:some account could not be evaluated (the others were run)",
                "2:bad input file or usage"})
public final class CascadeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<portfolio.json>", description = "The portfolio file.")
    private Path file;

    @ArgGroup(exclusive = false, multiplicity = "1", heading = "%nCascade:%n")
    private CascadeOptions options = new CascadeOptions();

    @Option(names = "--insurance-fund", paramLabel = "USD", defaultValue = "0",
            description = "Insurance fund balance at the start, USD (default: ${DEFAULT-VALUE}).")
    private double insuranceFund;

    @Option(names = "--json", description = "Print JSON instead of tables.")
    private boolean json;

    @Option(names = "--csv", description = "Print one CSV line per round instead of tables.")
    private boolean csv;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Portfolio portfolio = PortfolioInput.read(file, err).orElse(null);
        if (portfolio == null) {
            return RiskOutput.BAD_INPUT;
        }
        CascadeReport report;
        try {
            report = CascadeReport.run(portfolio, options, insuranceFund);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return RiskOutput.BAD_INPUT;
        }
        out.print(json ? report.json() + System.lineSeparator() : csv ? report.csv() : report.text());
        out.flush();
        return report.anyAccountFailed() ? RiskOutput.ACCOUNT_FAILED : RiskOutput.OK;
    }
}
