package com.solvent.session;

import com.solvent.app.fx.ShellView;
import com.solvent.app.fx.WorkstationApp;
import com.solvent.app.session.SessionRequest;
import com.solvent.app.watchlist.WatchRow;
import com.solvent.app.watchlist.WatchSlot;
import com.solvent.app.watchlist.WatchlistView;
import com.solvent.app.workspace.WorkspaceStore;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole application started as {@code solvent --offline FILE}: a broken file is named on screen, the window stays up. */
class OfflineLaunchTest {
    @TempDir
    Path dir;
    private javafx.application.Application app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        System.clearProperty(WorkspaceStore.DIR_PROPERTY);
    }

    @Test
    void aBrokenPortfolioFileIsNamedWithLineAndColumnAndTheWorkstationKeepsRunning() throws Exception {
        System.setProperty(WorkspaceStore.DIR_PROPERTY, dir.resolve("ws").toString());
        Path broken = dir.resolve("desk.json");
        Files.writeString(broken, "{\n  \"venue\": \"reference\",\n  \"accounts\": [ {\"id\": \"a\", }\n]}\n");
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(WorkstationApp.class, new SessionRequest.Offline(java.util.Optional.of(broken))
                .toArgs().toArray(String[]::new));
        FxRobot robot = new FxRobot();

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#" + ShellView.NOTICE_ID).tryQuery()
                .map(n -> ((Label) n).getText()).filter(t -> t.startsWith("Cannot open")).isPresent());
        String notice = robot.lookup("#" + ShellView.NOTICE_ID).queryAs(Label.class).getText();
        assertThat(notice).contains(broken.toString()).contains("line 3 column").endsWith("Showing an empty book.");
        TableView<WatchSlot> table = robot.lookup("#" + WatchlistView.TABLE_ID).queryTableView();
        assertThat(table.getItems()).isEmpty();
        assertThat(robot.listWindows()).anyMatch(javafx.stage.Window::isShowing);
    }
}
