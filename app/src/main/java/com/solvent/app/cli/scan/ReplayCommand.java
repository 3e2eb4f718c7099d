package com.solvent.app.cli.scan;

import com.solvent.app.cli.TextTable;
import com.solvent.app.cli.TextTable.Column;
import com.solvent.app.cli.risk.RiskOutput;
import com.solvent.chain.scan.BookFigures;
import com.solvent.chain.scan.BookTotals;
import com.solvent.chain.scan.ReplayRequest;
import com.solvent.chain.scan.ReplayResult;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

import static com.solvent.app.format.DisplayFormat.marginRatio;
import static com.solvent.app.format.DisplayFormat.money;

/**
 * {@code solvent replay --rpc URL --deployment dep.json (--account 0x.. | --all) --from N --to M}: health,
 * margin ratio and the nearest liquidation block by block, from reads at each past block.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Replays an account (or every account of the venue) over a block range: at each block it "
                + "reads the accounts and the price feeds as they were (eth_call at that block, freshness judged at "
                + "that block's time) and evaluates them with the margin engine: equity, maintenance requirement, "
                + "margin ratio, free collateral, health and the nearest liquidation.",
                "Past blocks need a node that keeps their state: the devnet does, a full node keeps about the last "
                        + "128 blocks; for older ones use an archive RPC. Where the node has pruned a block the replay "
                        + "stops, writes what it read and says which block (exit code 3).",
                "Example, against `solvent devnet --json > dep.json`:",
                "  solvent replay --rpc http://127.0.0.1:8545 --deployment dep.json --account 0x... --from 20 --to 80 --csv"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every block replayed, every account evaluated",
                "1:some account could not be read or evaluated at some block (the rest is reported)",
                "2:bad option or file", "3:the node failed: unreachable, another chain, no venue there, or a pruned "
                + "block (archive RPC needed; the blocks before it are reported)"})
public final class ReplayCommand extends ChainCommand {
    @ArgGroup(exclusive = true, multiplicity = "1")
    private Who who;

    /** One account, or all of them. */
    static final class Who {
        @Option(names = "--account", paramLabel = "0x...", description = "The account to replay.")
        String account;

        @Option(names = "--all", description = "Every account the venue had at each block.")
        boolean all;
    }

    @Option(names = "--from", required = true, paramLabel = "N", description = "First block.")
    private long from;

    @Option(names = "--to", paramLabel = "M", description = "Last block (default: the head).")
    private Long to;

    @Option(names = "--every", paramLabel = "K", defaultValue = "1",
            description = "Replay every K-th block (the last one always); default: ${DEFAULT-VALUE}.")
    private int every;

    @Override
    int run(PrintWriter stdout, PrintWriter err) throws CommandFailure {
        if (who.account != null && !who.account.matches("0x[0-9a-fA-F]{40}")) {
            throw new CommandFailure(RiskOutput.BAD_INPUT, "--account must be a 0x-prefixed 20-byte hex address, was "
                    + who.account);
        }
        if (every < 1) {
            throw new CommandFailure(RiskOutput.BAD_INPUT, "--every must be at least 1, was " + every);
        }
        if (from < 0 || (to != null && to < from)) {
            throw new CommandFailure(RiskOutput.BAD_INPUT, "--from and --to must satisfy 0 <= from <= to, were "
                    + from + " and " + (to == null ? "the head" : to));
        }
        ReportFiles files = ReportFiles.in(out);
        ProgressLog progress = new ProgressLog(err);
        try (VenueConnection connection = VenueConnection.open(venue, progress)) {
            ReplayResult result;
            try {
                long last = to != null ? to : connection.history().head().number();
                ReplayRequest request = new ReplayRequest(Optional.ofNullable(who.account), from, last, every);
                result = connection.history().replay(request, connection.policy(), progress.replay(), point -> { });
            } catch (IOException | RuntimeException e) {
                throw VenueConnection.failure(connection.url(), e);
            }
            List<FiguresRow> rows = result.points().stream().flatMap(p -> FiguresRow.of(p).stream()).toList();
            String document = RiskOutput.json(ReplayJson.of(connection, result));
            if (files != null) {
                files.write("replay.csv", RiskOutput.csv(FiguresRow.class, rows));
                files.write("replay.json", document + "\n");
            }
            print(stdout, err, document, RiskOutput.csv(FiguresRow.class, rows), table(connection, result), files);
            if (!result.complete()) {
                err.println("replay stopped after " + result.points().size() + " block(s)"
                        + result.lastBlock().stream().mapToObj(b -> " (last: block " + b + ")").findFirst().orElse("")
                        + ": " + result.stopReason());
                err.flush();
                return RiskOutput.NODE_FAILED;
            }
            return result.points().stream().anyMatch(p -> !p.failures().isEmpty())
                    ? RiskOutput.ACCOUNT_FAILED : RiskOutput.OK;
        }
    }

    private String table(VenueConnection connection, ReplayResult result) {
        StringBuilder text = new StringBuilder();
        ReplayRequest r = result.request();
        text.append("Solvent replay of ").append(r.account().orElse("every account")).append(" on ")
                .append(connection.source()).append('\n');
        text.append("Blocks:         ").append(r.from()).append("..").append(r.to())
                .append(r.every() > 1 ? ", every " + r.every() : "").append("; policy ")
                .append(connection.policy().name()).append("\n\n");
        TextTable table;
        if (r.account().isPresent()) {
            table = new TextTable(Column.right("Block"), Column.left("Time (UTC)"), Column.right("Equity USD"),
                    Column.right("Maint. req. USD"), Column.right("Margin ratio"), Column.right("Free coll. USD"),
                    Column.left("Health"), Column.left("Nearest liquidation"));
            for (BookFigures p : result.points()) {
                for (FiguresRow row : FiguresRow.of(p)) {
                    table.row(Long.toString(row.block()), row.blockTime(), money(row.equityUsd()),
                            money(row.maintenanceRequirementUsd()), marginRatio(row.marginRatio()),
                            money(row.freeCollateralUsd()), row.health() + (row.uncertain() ? "?" : ""),
                            row.liquidationText());
                }
            }
        } else {
            table = new TextTable(Column.right("Block"), Column.left("Time (UTC)"), Column.right("Accounts"),
                    Column.right("Equity USD"), Column.right("Maint. req. USD"), Column.right("Liquidatable"),
                    Column.right("Bankrupt"), Column.left("Worst account"), Column.right("Its margin ratio"));
            for (BookFigures p : result.points()) {
                BookTotals t = p.totals();
                List<FiguresRow> rows = FiguresRow.of(p);
                table.row(Long.toString(p.block()), p.blockTime().toString(), Integer.toString(t.accounts()),
                        money(t.equity()), money(t.maintenanceRequirement()), Integer.toString(t.liquidatable()),
                        Integer.toString(t.bankrupt()), rows.isEmpty() ? "" : rows.getFirst().account(),
                        rows.isEmpty() ? "" : marginRatio(rows.getFirst().marginRatio()));
            }
        }
        text.append(table.render());
        if (!result.complete()) {
            text.append("STOPPED: ").append(result.stopReason()).append('\n');
        }
        return text.toString();
    }
}
