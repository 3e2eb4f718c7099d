package com.solvent.app;

import com.solvent.app.cli.SolventCommand;
import com.solvent.app.fx.Workstation;

/** Entry point of solvent.jar: the workstation without arguments, headless commands otherwise. */
public final class Main {
    private Main() {
    }

    /**
     * System property set by the build's training run for the JDK's ahead-of-time cache (app/pom.xml):
     * the workstation runs headless on the devnet for a few blocks and exits.
     */
    public static final String TRAINING_PROPERTY = "solvent.aot.training";

    public static void main(String[] args) {
        if (Boolean.getBoolean(TRAINING_PROPERTY)) {
            System.exit(Workstation.train());
        }
        if (args.length == 0) {
            // the workstation on the devnet: start the devnet before the command line is even parsed
            Workstation.startDevnetEarly();
        }
        System.exit(SolventCommand.commandLine().execute(args));
    }
}
