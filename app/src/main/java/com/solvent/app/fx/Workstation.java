package com.solvent.app.fx;

import javafx.application.Application;

/** Entry point of the JavaFX workstation, called by {@code com.solvent.app.Main}. */
public final class Workstation {
    private Workstation() {
    }

    /** Starts the workstation window and returns when it is closed. */
    public static void launch(String[] args) {
        Application.launch(WorkstationApp.class, args);
    }
}
