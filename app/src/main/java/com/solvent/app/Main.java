package com.solvent.app;

import com.solvent.app.cli.SolventCommand;
import com.solvent.app.fx.Workstation;

/** Entry point of solvent.jar: the workstation without arguments, headless commands otherwise. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            // the workstation on the devnet: start the devnet before the command line is even parsed
            Workstation.startDevnetEarly();
        }
        System.exit(SolventCommand.commandLine().execute(args));
    }
}
