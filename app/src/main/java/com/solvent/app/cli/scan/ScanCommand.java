package com.solvent.app.cli.scan;

import com.solvent.app.cli.TextTable;
import com.solvent.app.cli.TextTable.Column;
import com.solvent.app.cli.risk.CascadeOptions;
import com.solvent.app.cli.risk.CascadeReport;
import com.solvent.app.cli.risk.RiskOutput;
import com.solvent.app.cli.risk.StressOptions;
import com.solvent.app.cli.risk.StressReport;
import com.solvent.app.portfolio.Portfolio;
import com.solvent.chain.scan.BookFigures;
import com.solvent.chain.scan.BookTotals;
import com.solvent.chain.snapshot.ChainSnapshot;
import com.solvent.model.account.Account;
import com.solvent.model.stress.StressScenario;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import static com.solvent.app.format.DisplayFormat.money;
import static com.solvent.app.format.DisplayFormat.marginRatio;
import static com.solvent.app.format.DisplayFormat.usd;

/**
 * {@code solvent scan --rpc URL --deployment dep.json}: every account of a reference-venue deployment,
 * discovered from its AccountOpened events and read at one block, ranked by health; optionally the
 * stress library and a liquidation cascade over that book.
 */
@Command(name = "scan", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Discovers every account of a reference-venue deployment from its AccountOpened events "
                + "(eth_getLogs from the deployment block, in pages the node accepts), reads them all at one block "
                + "(Multicall3) and ranks them by health: equity, maintenance requirement, margin ratio, free "
                + "collateral, health and the nearest liquidation.",
                "With --stress and/or --cascade it also runs the stress library and a liquidation cascade over the "
                        + "scanned book. --out DIR writes scan.csv and scan.json (and stress.csv/.json, cascade.csv/.json).",
                "Example, against `solvent devnet --json > dep.json`:",
                "  solvent scan --rpc http://127.0.0.1:8545 --deployment dep.json --out reports --stress"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every account evaluated", "1:some account could not be read or evaluated (the others are reported)",
                "2:bad option or file", "3:the node failed: unreachable, another chain, no venue there, pruned block (archive RPC needed)"})
public final class ScanCommand extends ChainCommand {
    @Option(names = "--block", paramLabel = "N",
            description = "Read the book at this past block (needs a node that keeps its state: an archive RPC); default: the head.")
    private Long block;

    @Option(names = "--top", paramLabel = "N", description = "Print only the N worst accounts in the table (files hold all).")
    private Integer top;

    @Option(names = "--stress", description = "Also run the stress library over the scanned book (see --scenario).")
    private boolean stress;

    @Mixin
    private StressOptions stressOptions = new StressOptions();

    @ArgGroup(exclusive = false, multiplicity = "0..1", heading = "%nCascade over the scanned book:%n")
    private CascadeGroup cascade;

    /** {@code --cascade} and the cascade's options: given together or not at all. */
    static final class CascadeGroup {
        @Option(names = "--cascade", required = true, description = "Also run a liquidation cascade over the scanned book.")
        boolean enabled;

        @ArgGroup(exclusive = false, multiplicity = "1")
        CascadeOptions options = new CascadeOptions();
    }

    @Override
    int run(PrintWriter stdout, PrintWriter err) throws CommandFailure {
        if (csv && out == null && (stress || cascade != null)) {
            throw new CommandFailure(RiskOutput.BAD_INPUT, "--csv prints only the ranking: add --out DIR for the "
                    + "stress and cascade CSV files");
        }
        if (top != null && top < 1) {
            throw new CommandFailure(RiskOutput.BAD_INPUT, "--top must be at least 1, was " + top);
        }
        List<StressScenario> scenarios = null;
        if (stress) {
            try {
                scenarios = stressOptions.scenarios();
            } catch (IllegalArgumentException e) {
                throw new CommandFailure(RiskOutput.BAD_INPUT, e.getMessage());
            }
        } else if (!stressOptions.scenarioNames().isEmpty()) {
            throw new CommandFailure(RiskOutput.BAD_INPUT, "--scenario needs --stress");
        } else if (stressOptions.library().isPresent()) {
            throw new CommandFailure(RiskOutput.BAD_INPUT, "--library needs --stress");
        }
        ReportFiles files = ReportFiles.in(out);
        try (VenueConnection connection = VenueConnection.open(venue, new ProgressLog(err))) {
            ChainSnapshot snapshot;
            try {
                long at = block != null ? block : connection.history().head().number();
                snapshot = connection.history().book(at);
            } catch (IOException | RuntimeException e) {
                throw VenueConnection.failure(connection.url(), e);
            }
            BookFigures book = BookFigures.of(snapshot, connection.policy());
            Portfolio portfolio = new Portfolio(connection.source() + ", block " + book.block(),
                    BookFigures.withSettlementAsset(snapshot, connection.policy()), connection.policy(),
                    new ArrayList<Account>(snapshot.accounts().values()));
            StressReport stressReport = null;
            CascadeReport cascadeReport = null;
            try {
                if (scenarios != null) {
                    stressReport = StressReport.run(portfolio, scenarios, stressOptions.insuranceFund());
                }
                if (cascade != null) {
                    cascadeReport = CascadeReport.run(portfolio, cascade.options, stressOptions.insuranceFund());
                }
            } catch (IllegalArgumentException e) {
                throw new CommandFailure(RiskOutput.BAD_INPUT, e.getMessage());
            }
            String document = RiskOutput.json(ScanJson.of(connection, book,
                    stressReport == null ? null : stressReport.json(), cascadeReport == null ? null : cascadeReport.json()));
            if (files != null) {
                files.write("scan.csv", RiskOutput.csv(FiguresRow.class, FiguresRow.of(book)));
                files.write("scan.json", document + "\n");
                if (stressReport != null) {
                    files.write("stress.csv", stressReport.csv());
                    files.write("stress.json", stressReport.json() + "\n");
                }
                if (cascadeReport != null) {
                    files.write("cascade.csv", cascadeReport.csv());
                    files.write("cascade.json", cascadeReport.json() + "\n");
                }
            }
            String table = table(connection, book)
                    + (stressReport == null ? "" : "\n" + stressReport.text(false))
                    + (cascadeReport == null ? "" : "\n" + cascadeReport.text());
            print(stdout, err, document, RiskOutput.csv(FiguresRow.class, FiguresRow.of(book)), table, files);
            boolean failed = !book.failures().isEmpty() || (stressReport != null && stressReport.anyAccountFailed())
                    || (cascadeReport != null && cascadeReport.anyAccountFailed());
            return failed ? RiskOutput.ACCOUNT_FAILED : RiskOutput.OK;
        }
    }

    private String table(VenueConnection connection, BookFigures book) {
        StringBuilder text = new StringBuilder();
        BookTotals t = book.totals();
        text.append("Solvent venue scan of ").append(connection.source()).append('\n');
        text.append("Block:          ").append(book.block()).append(" (").append(book.blockTime()).append(")\n");
        text.append("Policy:         ").append(connection.policy().name()).append('\n');
        text.append("Accounts:       ").append(t.accounts()).append(" evaluated, ").append(t.failed())
                .append(" failed; ").append(t.liquidatable()).append(" liquidatable, ").append(t.bankrupt())
                .append(" bankrupt, ").append(t.warning()).append(" in warning, ").append(t.uncertain()).append(" uncertain\n");
        text.append("Equity:         ").append(usd(t.equity())).append("; maintenance requirement ")
                .append(usd(t.maintenanceRequirement())).append("\n\n");
        TextTable table = new TextTable(Column.right("#"), Column.left("Account"), Column.right("Equity USD"),
                Column.right("Maint. req. USD"), Column.right("Margin ratio"), Column.right("Free coll. USD"),
                Column.left("Health"), Column.left("Nearest liquidation"));
        List<FiguresRow> rows = FiguresRow.of(book);
        int shown = top == null ? rows.size() : Math.min(top, rows.size());
        for (FiguresRow r : rows.subList(0, shown)) {
            table.row(Integer.toString(r.rank()), r.account(), money(r.equityUsd()), money(r.maintenanceRequirementUsd()),
                    marginRatio(r.marginRatio()), money(r.freeCollateralUsd()), r.health() + (r.uncertain() ? "?" : ""),
                    r.liquidationText());
        }
        text.append(table.render());
        if (shown < rows.size()) {
            text.append("... and ").append(rows.size() - shown).append(" more (all in --out files)\n");
        }
        book.failures().forEach((account, reason) -> text.append("FAILED ").append(account).append(": ")
                .append(reason).append('\n'));
        text.append("Margin ratio = maintenance requirement / equity (liquidatable at 1). \"?\": valued with a price "
                + "that is not FRESH.\n");
        return text.toString();
    }
}
