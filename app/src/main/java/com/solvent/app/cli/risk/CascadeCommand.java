package com.solvent.app.cli.risk;

import com.solvent.app.cli.TextTable;
import com.solvent.app.cli.TextTable.Column;
import com.solvent.app.portfolio.Portfolio;
import com.solvent.model.cascade.CascadeResult;
import com.solvent.model.cascade.CascadeRound;
import com.solvent.model.cascade.CascadeSettings;
import com.solvent.model.cascade.CascadeSimulation;
import com.solvent.model.cascade.MarketDepth;
import com.solvent.model.stress.LiquidationTotals;
import com.solvent.model.stress.PriceShock;
import com.solvent.model.stress.StressBook;
import com.solvent.model.stress.StressScenario;
import com.solvent.model.task.TaskMonitor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import static com.solvent.app.format.DisplayFormat.money;
import static com.solvent.app.format.DisplayFormat.price;
import static com.solvent.app.format.DisplayFormat.signedPercent;
import static com.solvent.app.format.DisplayFormat.usd;

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

    @Option(names = "--asset", required = true, paramLabel = "SYMBOL", description = "The asset shocked, e.g. ETH.")
    private String asset;

    @Option(names = "--shock", required = true, paramLabel = "FRACTION",
            description = "Initial move of the asset as a signed fraction, e.g. -0.2 for -20%.")
    private double shock;

    @Option(names = "--depth", required = true, paramLabel = "USD",
            description = "Market depth of the shocked asset: net notional whose sale moves its price by -impact.")
    private double depth;

    @Option(names = "--depth-for", paramLabel = "SYMBOL=USD",
            description = "Depth of another asset whose positions get liquidated (repeatable); unlisted assets do not move.")
    private Map<String, Double> otherDepths = new LinkedHashMap<>();

    @Option(names = "--impact", defaultValue = "1", paramLabel = "K", description = "Impact coefficient (default: ${DEFAULT-VALUE}).")
    private double impact;

    @Option(names = "--max-rounds", defaultValue = "50", paramLabel = "N", description = "Round limit (default: ${DEFAULT-VALUE}).")
    private int maxRounds;

    @Option(names = "--tolerance", defaultValue = "1e-4", paramLabel = "FRACTION",
            description = "Stop when no price moves more than this in a round (default: ${DEFAULT-VALUE}).")
    private double tolerance;

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
        CascadeSettings settings;
        StressScenario scenario;
        try {
            Map<String, Double> depths = new HashMap<>(otherDepths);
            depths.put(asset, depth);
            settings = new CascadeSettings(new MarketDepth(impact, depths), tolerance, maxRounds, insuranceFund);
            scenario = new StressScenario(asset.toLowerCase(Locale.ROOT) + "-shock", asset + " " + signedPercent(shock),
                    List.of(new PriceShock.AssetMove(asset, shock)));
        } catch (IllegalArgumentException e) {
            err.println("bad option: " + e.getMessage());
            return RiskOutput.BAD_INPUT;
        }
        Portfolio portfolio = PortfolioInput.read(file, err).orElse(null);
        if (portfolio == null) {
            return RiskOutput.BAD_INPUT;
        }
        if (portfolio.prices().get(asset).isEmpty()) {
            err.println("--asset: " + file + " has no price for " + asset + "; priced: "
                    + String.join(", ", new java.util.TreeSet<>(portfolio.prices().prices().keySet())));
            return RiskOutput.BAD_INPUT;
        }
        CascadeResult result = new CascadeSimulation(1).run(StressBook.of(portfolio.accounts(), portfolio.policy()),
                portfolio.prices(), scenario, settings, TaskMonitor.NONE);
        List<CascadeRow> rows = result.rounds().stream().map(r -> CascadeRow.of(r, asset)).toList();
        if (json) {
            out.println(RiskOutput.json(CascadeJson.of(portfolio, asset, shock, result)));
        } else if (csv) {
            out.print(RiskOutput.csv(CascadeRow.class, rows));
        } else {
            out.print(text(portfolio, result, rows));
        }
        out.flush();
        boolean failed = result.rounds().stream().anyMatch(r -> r.sweep().accountsFailed() > 0);
        return failed ? RiskOutput.ACCOUNT_FAILED : RiskOutput.OK;
    }

    private String text(Portfolio portfolio, CascadeResult result, List<CascadeRow> rows) {
        double before = portfolio.prices().get(asset).orElseThrow().mark();
        double after = result.finalMarks().get(asset);
        StringBuilder out = new StringBuilder();
        out.append("Solvent liquidation cascade on ").append(portfolio.source()).append('\n');
        out.append("Venue:          ").append(portfolio.policy().name()).append('\n');
        out.append("Shock:          ").append(asset).append(' ').append(signedPercent(shock)).append(" from ")
                .append(price(before)).append(" USD\n");
        out.append("Depth:          ").append(usd(depth)).append(" moves ").append(asset).append(" by ")
                .append(signedPercent(-impact)).append('\n');
        out.append("Insurance fund: ").append(usd(insuranceFund)).append("\n\n");
        TextTable table = new TextTable(Column.right("Round"), Column.right(asset + " USD"), Column.right("Liquidated"),
                Column.right("Notional USD"), Column.right("Net sold " + asset + " USD"), Column.right("Fund draw USD"),
                Column.right("Bad debt USD"), Column.right("ADL accounts"));
        for (CascadeRow r : rows) {
            table.row(Integer.toString(r.round()), price(r.priceUsd()), Integer.toString(r.accountsLiquidated()),
                    money(r.notionalLiquidatedUsd()), money(r.netSoldUsd()), money(r.insuranceDrawUsd()),
                    money(r.badDebtUsd()), Integer.toString(r.accountsDeleveraged()));
        }
        out.append(table.render()).append('\n');
        LiquidationTotals t = result.totals();
        out.append(result.converged() ? "Converged" : "NOT converged (round limit reached)")
                .append(" after ").append(result.rounds().size()).append(" rounds.\n");
        out.append("Final ").append(asset).append(" price: ").append(price(after)).append(" USD (")
                .append(signedPercent(after / before - 1)).append(" from before the shock)\n");
        out.append("Liquidations:   ").append(t.accountsLiquidated()).append(" (account-rounds), notional ")
                .append(usd(t.notionalLiquidated())).append('\n');
        out.append("Penalties:      ").append(usd(t.penalties())).append(" (liquidators ")
                .append(usd(t.penaltyToLiquidators())).append(", fund ").append(usd(t.penaltyToInsuranceFund()))
                .append(")\n");
        out.append("Fund draw:      ").append(usd(t.insuranceDraw())).append("; fund after ")
                .append(usd(result.insuranceFundAfter())).append('\n');
        out.append("Bad debt:       ").append(usd(t.badDebt())).append("; auto-deleveraged accounts ")
                .append(t.accountsDeleveraged()).append(", recovered ").append(usd(t.adlRecovered())).append('\n');
        List<String> moved = result.finalMarks().keySet().stream().filter(a -> !a.equals(asset))
                .filter(a -> result.finalMarks().get(a) != firstMark(result, a)).sorted().toList();
        for (String other : moved) {
            out.append("Also moved:     ").append(other).append(' ').append(price(firstMark(result, other)))
                    .append(" -> ").append(price(result.finalMarks().get(other))).append(" USD\n");
        }
        return out.toString();
    }

    private static double firstMark(CascadeResult result, String a) {
        CascadeRound first = result.rounds().getFirst();
        return first.marks().getOrDefault(a, 0.0);
    }
}
