package com.solvent.app.fx;

import com.solvent.app.workspace.WorkspaceStore;
import com.solvent.model.engine.MarginEngine;
import javafx.application.Application;
import javafx.stage.Stage;

import java.time.Instant;

/**
 * The JavaFX application. With no chain wired yet it evaluates the {@link OfflineBook}; the
 * status bar says so ("Offline").
 */
public final class WorkstationApp extends Application {
    private ShellController shell;

    @Override
    public void start(Stage stage) {
        EngineRiskService service = new EngineRiskService(new MarginEngine());
        shell = new ShellController(service, WorkspaceStore.atDefaultLocation());
        shell.show(stage, OfflineBook.labelled());
        service.accept(OfflineBook.at(Instant.now()));
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.close();
        }
    }
}
