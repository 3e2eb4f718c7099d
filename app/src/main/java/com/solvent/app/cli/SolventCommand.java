package com.solvent.app.cli;

import com.solvent.app.Workstation;
import com.solvent.app.cli.risk.CascadeCommand;
import com.solvent.app.cli.risk.StressCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code solvent}: without a command it opens the workstation; the subcommands run headless.
 */
@Command(name = "solvent", mixinStandardHelpOptions = true, versionProvider = SolventVersion.class,
        description = {"Risk workstation for margin accounts on on-chain derivative venues.",
                "Without a command it opens the workstation; the commands below run headless."},
        subcommands = {ReportCommand.class, StressCommand.class, CascadeCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all accounts evaluated", "1:some account could not be evaluated (the others are printed)",
                "2:bad input file or usage"})
public final class SolventCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** The command line of {@code solvent.jar}, ready to {@link CommandLine#execute(String...) execute}. */
    public static CommandLine commandLine() {
        return new CommandLine(new SolventCommand()).setUsageHelpAutoWidth(true);
    }

    @Override
    public Integer call() {
        return Workstation.launch(spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
