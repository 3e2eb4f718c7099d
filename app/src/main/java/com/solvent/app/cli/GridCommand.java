package com.solvent.app.cli;

import com.solvent.app.cli.TextTable.Column;
import com.solvent.app.portfolio.Portfolio;
import com.solvent.model.account.Account;
import com.solvent.model.scenario.PortfolioEvaluator;
import com.solvent.model.scenario.StressCell;
import com.solvent.model.scenario.StressGrid;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

import static com.solvent.app.format.DisplayFormat.marginRatio;
import static com.solvent.app.format.DisplayFormat.money;

/**
 * {@code solvent grid}: PnL and margin ratio over market-wide price shocks x implied vol shocks, one account or the
 * whole book (the model's {@link StressGrid}; a cell is the scenario {@code [marketMove(p%), volShift(v points)]}).
 */
@Command(name = "grid", mixinStandardHelpOptions = true,
        description = {"Prints the stress grid of an account (or of every account together): PnL and margin ratio",
                "over market-wide price shocks (rows) x implied vol shocks (columns) (docs/SCENARIOS.md)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:grid printed", "1:an account could not be evaluated", "2:bad input file or usage"})
public final class GridCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<portfolio.json>", description = "The portfolio file (docs/PORTFOLIO.md).")
    private Path file;

    @Option(names = "--account", paramLabel = "ID", description = "Only this account (default: the whole book).")
    private String accountId;

    @Option(names = "--price-shocks", split = ",", paramLabel = "PERCENT",
            defaultValue = "-40,-30,-20,-10,-5,0,5,10,20,30,40",
            description = "Market-wide price moves in percent (default ${DEFAULT-VALUE}).")
    private double[] priceShocks;

    @Option(names = "--vol-shocks", split = ",", paramLabel = "POINTS", defaultValue = "-20,-10,0,10,20,40",
            description = "Implied vol shifts in vol points (default ${DEFAULT-VALUE}).")
    private double[] volShocks;

    @Option(names = "--csv", description = "Print RFC 4180 CSV, one record per cell, instead of tables.")
    private boolean csv;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StressGrid grid;
        try {
            Portfolio portfolio = CommandInputs.portfolio(file);
            grid = grid(portfolio, CommandInputs.accounts(portfolio, accountId), priceShocks, volShocks);
        } catch (BadInput e) {
            err.println(e.getMessage());
            return ReportCommand.BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return ReportCommand.ACCOUNT_FAILED;
        }
        out.print(csv ? csv(grid) : tables(grid));
        out.flush();
        return ReportCommand.OK;
    }

    /** The model's grid of {@code accounts} together: what the command prints. */
    static StressGrid grid(Portfolio portfolio, List<Account> accounts, double[] priceShocks, double[] volShocks) {
        List<com.solvent.model.scenario.Portfolio> books = accounts.stream()
                .map(com.solvent.model.scenario.Portfolio::of).toList();
        return StressGrid.ofBook(books, portfolio.marketState(), portfolio.venueRules(), priceShocks, volShocks,
                PortfolioEvaluator.fast());
    }

    static String csv(StressGrid grid) {
        StringBuilder out = new StringBuilder("price_shock_percent,vol_shock_points,pnl_usd,margin_ratio,liquidatable_accounts")
                .append(ProfileCommand.EOL);
        for (StressCell c : grid.cells()) {
            out.append(c.pricePercent()).append(',').append(c.volPoints()).append(',').append(c.pnl()).append(',')
                    .append(c.marginRatio()).append(',').append(c.liquidatable()).append(ProfileCommand.EOL);
        }
        return out.toString();
    }

    private static String tables(StressGrid grid) {
        return table("PnL USD", grid, c -> money(c.pnl()))
                + "\n" + table("Margin ratio (worst account; ! = liquidatable accounts)", grid,
                c -> marginRatio(c.marginRatio()) + (c.liquidatable() > 0 ? " !" + c.liquidatable() : ""));
    }

    // at the engine's cap equity is at or below 0 and the true ratio unbounded, as in the report

    private static String table(String title, StressGrid grid, Function<StressCell, String> cell) {
        Column[] columns = new Column[grid.volPoints().size() + 1];
        columns[0] = Column.left("Price \\ vol");
        for (int j = 0; j < grid.volPoints().size(); j++) {
            columns[j + 1] = Column.right(signed(grid.volPoints().get(j)) + " pts");
        }
        TextTable table = new TextTable(columns);
        for (int i = 0; i < grid.pricePercents().size(); i++) {
            String[] row = new String[columns.length];
            row[0] = signed(grid.pricePercents().get(i)) + "%";
            for (int j = 0; j < grid.volPoints().size(); j++) {
                row[j + 1] = cell.apply(grid.cell(i, j));
            }
            table.row(row);
        }
        return title + "\n" + table.render();
    }

    private static String signed(double value) {
        String text = value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        return value > 0 ? "+" + text : text;
    }
}
