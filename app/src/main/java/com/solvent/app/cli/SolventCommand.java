package com.solvent.app.cli;

import com.solvent.app.cli.devnet.DevnetCommand;
import com.solvent.app.fx.Workstation;
import com.solvent.app.fx.WorkstationApp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code solvent}: without a command it opens the workstation on the embedded devnet; the
 * subcommands run headless.
 */
@Command(name = "solvent", mixinStandardHelpOptions = true, versionProvider = SolventVersion.class,
        description = {"Risk workstation for margin accounts on on-chain derivative venues.",
                "Without a command it opens the workstation on a local devnet (anvil with demo accounts);",
                "the commands below run headless."},
        subcommands = {ReportCommand.class, WhatIfCommand.class, ProfileCommand.class, GridCommand.class,
                DevnetCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all accounts evaluated", "1:some account could not be evaluated (the others are printed)",
                "2:bad input file or usage"})
public final class SolventCommand implements Callable<Integer> {
    @Option(names = WorkstationApp.OFFLINE_FLAG,
            description = "Open the workstation without a devnet, on the bundled demo book.")
    boolean offline;

    /** The command line of {@code solvent.jar}, ready to {@link CommandLine#execute(String...) execute}. */
    public static CommandLine commandLine() {
        return new CommandLine(new SolventCommand()).setUsageHelpAutoWidth(true);
    }

    @Override
    public Integer call() {
        List<String> fxArgs = new ArrayList<>();
        if (offline) {
            fxArgs.add(WorkstationApp.OFFLINE_FLAG);
        }
        Workstation.launch(fxArgs.toArray(String[]::new));
        return 0;
    }
}
