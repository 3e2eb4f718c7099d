package com.solvent.ui;

import com.solvent.app.alerts.Alert;
import com.solvent.app.fx.DevnetSession;
import com.solvent.app.fx.EngineRiskService;
import com.solvent.app.fx.ShellController;
import com.solvent.app.watchlist.WatchRow;
import com.solvent.app.watchlist.WatchSlot;
import com.solvent.app.watchlist.WatchlistView;
import com.solvent.app.workspace.WorkspaceStore;
import com.solvent.chain.devnet.DevnetConfig;
import com.solvent.chain.devnet.LiquidationKeeper.Liquidation;
import com.solvent.chain.devnet.SeededAccount;
import com.solvent.model.engine.MarginEngine;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workstation on a real window fed by the real devnet: anvil, the reference venue, its price
 * and liquidation keepers (a price move every 100 ms, so the demo path's crash comes within
 * seconds), the chain watcher and the engine. The independent source of the liquidation is the
 * devnet's own liquidation keeper, which records the block of every liquidation it sent.
 */
@ExtendWith(ApplicationExtension.class)
class DevnetWorkstationUiTest {
    private static final Pattern AT_BLOCK = Pattern.compile(" was liquidated at block (\\d+): ");

    @TempDir
    static Path workspaceDir;

    private static EngineRiskService service;
    private static DevnetSession session;
    private ShellController shell;

    @BeforeAll
    static void startDevnet() {
        service = new EngineRiskService(new MarginEngine());
        // keepers are started by the test, once the window watches the story accounts: a
        // liquidation before the first read would have nothing to be told from
        session = DevnetSession.start(service, Set.of(), DevnetConfig.defaults().withKeepers(false)
                .withFillerAccounts(0).withKeeperInterval(Duration.ofMillis(100)));
    }

    @AfterAll
    static void stopDevnet() {
        session.close();
        service.close();
    }

    @Start
    void start(Stage stage) {
        shell = new ShellController(service, new WorkspaceStore(workspaceDir.resolve("workspace.json"), Clock.systemUTC()));
        shell.alerts().model().notifyProperty().set(false); // the log is asserted; pop-ups only cost time here
        shell.show(stage, session.firstAccounts());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> shell.close());
    }

    @Test
    void priceMovesChangeMarginRatiosAndTheDoomedAccountsLiquidationIsAlertedOnce(FxRobot robot) {
        TableView<WatchSlot> table = robot.lookup("#" + WatchlistView.TABLE_ID).queryTableView();
        waitUntil(() -> table.getItems().size() == 5 && table.getItems().stream().allMatch(r -> r.row().risk().isPresent()),
                20);
        assertThat(table.getItems()).extracting(r -> r.row().account().label()).containsExactlyInAnyOrder(
                SeededAccount.SAFE_CROSS, SeededAccount.NEAR_LIQUIDATION, SeededAccount.ISOLATED_BESIDE_CROSS,
                SeededAccount.WHALE, SeededAccount.DOOMED);
        WatchRow near = row(table, SeededAccount.NEAR_LIQUIDATION);
        double before = near.risk().orElseThrow().marginRatio();
        String doomed = session.info().requireAccount(SeededAccount.DOOMED).address();

        session.devnet().startKeepers();

        waitUntil(() -> near.risk().orElseThrow().marginRatio() != before, 10);
        waitUntil(() -> liquidationAlerts(doomed).size() == 1, 25);
        Liquidation onChain = session.devnet().liquidationKeeper().liquidations().stream()
                .filter(l -> l.account().equalsIgnoreCase(doomed)).findFirst().orElseThrow();
        Alert alert = liquidationAlerts(doomed).getFirst();
        Matcher block = AT_BLOCK.matcher(alert.message());
        assertThat(block.find()).as(alert.message()).isTrue();
        assertThat(alert.message()).startsWith(SeededAccount.DOOMED + " was liquidated at block ").contains("ETH-PERP");
        // the watcher may skip to a later block, never report one before the liquidation
        assertThat(Long.parseLong(block.group(1))).isGreaterThanOrEqualTo(onChain.blockNumber());

        long seenAt = session.devnet().rpc().blockNumber();
        waitUntil(() -> session.devnet().rpc().blockNumber() >= seenAt + 5, 10);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(liquidationAlerts(doomed)).as("one liquidation, one alert").hasSize(1);
    }

    private List<Alert> liquidationAlerts(String address) {
        return List.copyOf(shell.alerts().model().log()).stream()
                .filter(a -> a.kind() == Alert.Kind.LIQUIDATED && a.address().equalsIgnoreCase(address)).toList();
    }

    private static WatchRow row(TableView<WatchSlot> table, String label) {
        return table.getItems().stream().map(WatchSlot::row).filter(r -> r.account().label().equals(label))
                .findFirst().orElseThrow();
    }

    private static void waitUntil(BooleanSupplier condition, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within " + seconds + " s", e);
        }
    }
}
