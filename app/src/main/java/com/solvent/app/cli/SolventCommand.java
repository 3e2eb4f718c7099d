package com.solvent.app.cli;

import com.solvent.app.cli.devnet.DevnetCommand;
import com.solvent.app.cli.risk.CascadeCommand;
import com.solvent.app.cli.risk.StressCommand;
import com.solvent.app.cli.scan.ReplayCommand;
import com.solvent.app.cli.scan.ScanCommand;
import com.solvent.app.fx.Workstation;
import com.solvent.app.session.RpcOptions;
import com.solvent.app.session.SessionRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code solvent}: without a command it opens the workstation on the embedded devnet; the
 * subcommands run headless.
 */
@Command(name = "solvent", mixinStandardHelpOptions = true, versionProvider = SolventVersion.class,
        description = {"Risk workstation for margin accounts on on-chain derivative venues.",
                "Without a command it opens the workstation on a local devnet (anvil with the reference venue, an Aave v3 "
                        + "market and demo accounts); --rpc watches a node of yours, --offline a portfolio file. "
                        + "The commands below run headless."},
        subcommands = {ReportCommand.class, WhatIfCommand.class, ProfileCommand.class, GridCommand.class,
                StressCommand.class, CascadeCommand.class, ScanCommand.class, ReplayCommand.class, DevnetCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all accounts evaluated", "1:some account could not be evaluated (the others are printed)",
                "2:bad input file or usage", "3:(scan, replay) the node failed: unreachable, another chain, pruned block"})
public final class SolventCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = SessionRequest.OFFLINE, arity = "0..1", paramLabel = "FILE", fallbackValue = "",
            description = "Open the workstation with no chain, on a portfolio file (default: the bundled demo book, "
                    + "examples/demo-portfolio.json).")
    String offline;

    @Option(names = "--rpc", paramLabel = "URL",
            description = "Watch a node of yours (http(s):// is polled, ws(s):// pushes blocks). The URL may hold an "
                    + "API key: it is shown and logged redacted, and kept as typed only in your workspace file.")
    String rpc;

    @Option(names = "--venue", paramLabel = "ID",
            description = "With --rpc: 'reference' (needs --deployment), 'aave-v3' (the registered market of the "
                    + "node's chain) or a registered id such as aave-v3-ethereum. Default: reference.")
    String venue;

    @Option(names = "--deployment", paramLabel = "FILE",
            description = "With --venue reference: the deployment JSON that `solvent devnet --json` prints.")
    Path deployment;

    @Option(names = "--account", paramLabel = "ADDR", description = "With --rpc: an address to watch (repeatable).")
    List<String> accounts = new ArrayList<>();

    /** The command line of {@code solvent.jar}, ready to {@link CommandLine#execute(String...) execute}. */
    public static CommandLine commandLine() {
        return new CommandLine(new SolventCommand()).setUsageHelpAutoWidth(true);
    }

    @Override
    public Integer call() {
        Workstation.launch(request().toArgs().toArray(String[]::new));
        return 0;
    }

    /** The session these options ask for; refuses contradictory or incomplete ones. */
    SessionRequest request() {
        if (offline != null && rpc != null) {
            throw new ParameterException(spec.commandLine(), "--offline and --rpc exclude each other");
        }
        if (offline != null) {
            return new SessionRequest.Offline(offline.isEmpty() ? Optional.empty() : Optional.of(Path.of(offline)));
        }
        if (rpc == null) {
            if (venue != null || deployment != null || !accounts.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--venue, --deployment and --account need --rpc URL");
            }
            return new SessionRequest.Devnet();
        }
        String id = venue == null ? RpcOptions.REFERENCE : venue;
        RpcOptions options = new RpcOptions(rpc, id, Optional.ofNullable(deployment), accounts);
        if (!options.isAave() && deployment == null) {
            throw new ParameterException(spec.commandLine(), "--venue " + id + " needs --deployment FILE "
                    + "(the JSON that `solvent devnet --json` prints), or use --venue aave-v3");
        }
        return new SessionRequest.Rpc(options);
    }
}
