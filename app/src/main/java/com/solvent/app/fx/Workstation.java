package com.solvent.app.fx;

import com.solvent.app.session.SessionRequest;
import javafx.application.Application;

import java.util.List;

/** Entry point of the JavaFX workstation, called by {@code com.solvent.app.Main}. */
public final class Workstation {
    private Workstation() {
    }

    /** Starts the workstation window and returns when it is closed. */
    public static void launch(String[] args) {
        if (SessionRequest.parse(List.of(args)) instanceof SessionRequest.Devnet) {
            EarlyDevnet.begin();
        }
        Application.launch(WorkstationApp.class, args);
    }
}
