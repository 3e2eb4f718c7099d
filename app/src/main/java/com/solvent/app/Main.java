package com.solvent.app;

import com.solvent.app.cli.SolventCommand;

/** Entry point of solvent.jar: the workstation without arguments, headless commands otherwise. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(SolventCommand.commandLine().execute(args));
    }
}
