package com.solvent.ui;

import com.solvent.app.alerts.Alert;
import com.solvent.app.fx.EngineRiskService;
import com.solvent.app.fx.OfflineBook;
import com.solvent.app.fx.ShellController;
import com.solvent.app.workspace.WorkspaceStore;
import com.solvent.model.engine.MarginEngine;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At start several watched accounts are over their alert levels at once: every alert goes to
 * the alert log, and one desktop notification names the worst account and counts the others
 * (six pop-ups used to cover the window).
 */
@ExtendWith(ApplicationExtension.class)
class AlertNotificationUiTest {
    private static final Instant T0 = Instant.parse("2026-11-25T02:00:00Z");

    @TempDir
    static Path workspaceDir;

    private ShellController shell;

    @Start
    void start(Stage stage) {
        WorkspaceStore store = new WorkspaceStore(workspaceDir.resolve("workspace-" + System.nanoTime() + ".json"),
                Clock.systemUTC());
        EngineRiskService service = new EngineRiskService(new MarginEngine());
        shell = new ShellController(service, store);
        shell.show(stage, OfflineBook.labelled());
        service.accept(OfflineBook.at(T0));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> shell.close());
    }

    @Test
    void alertsRaisedTogetherPopUpAsOneNotificationNamingTheWorst(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> shell.alerts().notificationsShownProperty().get() > 0);
        // Past the gathering window: nothing more may pop up for the same start.
        Thread.sleep(1_500);
        WaitForAsyncUtils.waitForFxEvents();

        var log = shell.alerts().model().log();
        assertThat(log).as("precondition: the offline book starts with several accounts over their levels")
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(shell.alerts().notificationsShownProperty().get()).isEqualTo(1);
        long popUps = WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof PopupWindow && w.isShowing() && w.getScene() != null)
                .filter(w -> w.getScene().getRoot().lookup(".notification-bar") != null)
                .count()).get(5, TimeUnit.SECONDS);
        assertThat(popUps).as("notification windows on screen").isEqualTo(1);
        var notice = shell.alerts().lastNotice();
        assertThat(notice.text()).contains("and " + (log.size() - 1) + " more");
        // The worst: a liquidation before a margin ratio alert before a distance alert.
        Alert.Kind worstKind = log.stream().map(Alert::kind).min(java.util.Comparator.comparingInt(
                k -> k == Alert.Kind.LIQUIDATED ? 0 : k == Alert.Kind.MARGIN_RATIO ? 1 : 2)).orElseThrow();
        assertThat(log).filteredOn(a -> a.kind() == worstKind).extracting(Alert::message)
                .anySatisfy(message -> assertThat(notice.text()).startsWith(message + "\n"));
    }

    @Test
    void aNotificationOnScreenFollowsASwitchOfTheme(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> shell.alerts().notificationsShownProperty().get() > 0);
        assertThat(notificationBarIsDark()).as("raised in the light theme").isFalse();

        robot.interact(() -> shell.toggleTheme());
        assertThat(notificationBarIsDark()).as("after the switch to dark").isTrue();

        robot.interact(() -> shell.toggleTheme());
        assertThat(notificationBarIsDark()).as("after the switch back to light").isFalse();
    }

    private static boolean notificationBarIsDark() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof PopupWindow && w.isShowing() && w.getScene() != null)
                .map(w -> w.getScene().getRoot().lookup(".notification-bar"))
                .filter(java.util.Objects::nonNull)
                .findFirst().orElseThrow(() -> new AssertionError("no notification on screen"))
                .getStyleClass().contains("dark")).get(5, TimeUnit.SECONDS);
    }

}
