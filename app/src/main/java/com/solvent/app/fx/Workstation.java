package com.solvent.app.fx;

import com.solvent.app.session.SessionRequest;
import javafx.application.Application;

import java.util.List;

/** Entry point of the JavaFX workstation, called by {@code com.solvent.app.Main}. */
public final class Workstation {
    private Workstation() {
    }

    /**
     * Begins the default session's devnet in the background, for a caller that knows the
     * workstation will open on it (no arguments) before it has parsed its command line: the devnet
     * is the longest step to the first live numbers. {@link #launch} does it too; once per JVM.
     */
    public static void startDevnetEarly() {
        EarlyDevnet.begin();
    }

    /**
     * The build's training run for the ahead-of-time cache: the workstation on the devnet, headless
     * and in a throw-away workspace, until a few live blocks were shown ({@link TrainingRun}).
     *
     * @return the process's exit status
     */
    public static int train() {
        return TrainingRun.run();
    }

    /** Starts the workstation window and returns when it is closed. */
    public static void launch(String[] args) {
        if (SessionRequest.parse(List.of(args)) instanceof SessionRequest.Devnet) {
            EarlyDevnet.begin();
        }
        Application.launch(WorkstationApp.class, args);
    }
}
