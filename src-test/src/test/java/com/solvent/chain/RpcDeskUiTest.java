package com.solvent.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.solvent.app.fx.Desk;
import com.solvent.app.fx.EngineRiskService;
import com.solvent.app.fx.ShellController;
import com.solvent.app.session.RpcOptions;
import com.solvent.app.session.RpcSession;
import com.solvent.app.venue.ScanPhase;
import com.solvent.app.venue.VenueRanking;
import com.solvent.app.venue.VenueRow;
import com.solvent.app.venue.accounts.VenueAccountsView;
import com.solvent.app.venue.replay.ReplayModel;
import com.solvent.app.venue.replay.ReplayView;
import com.solvent.app.workspace.WorkspaceStore;
import com.solvent.model.engine.MarginEngine;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The risk desk of an {@code --rpc URL --venue reference --deployment FILE} session, through a
 * provider played by the fault proxy: a node that has pruned the state of older blocks (geth's
 * wording) and one that goes away for a while. The desk lists the venue's accounts, says plainly that
 * the node cannot be reached while the workstation keeps running and recovers, and a replay into
 * pruned blocks stops with the block named and the API key redacted.
 */
@ExtendWith(ApplicationExtension.class)
class RpcDeskUiTest {
    private static final String KEY = "0123456789abcdef0123456789abcdef";
    @TempDir
    static Path dir;

    private static DevnetFixture fx;
    private static FaultyProxy proxy;
    private static long prunedBelow;
    private EngineRiskService service;
    private RpcSession session;
    private ShellController shell;

    @BeforeAll
    static void startDevnet() throws Exception {
        fx = new DevnetFixture(10);
        for (int i = 0; i < 4; i++) {
            fx.setPrice("BTC", Integer.toString(96_100 + i)); // some history to prune
        }
        prunedBelow = fx.devnet.rpc().blockNumber() - 1;
        proxy = new FaultyProxy(FaultyProxy.portOf(fx.info.httpUrl()));
        proxy.rules(new FaultyProxy.RpcRule() {
            @Override
            public FaultyProxy.RpcError before(JsonNode request) {
                String block = request.path("params").path(1).asText("latest");
                return request.path("method").asText().equals("eth_call") && block.startsWith("0x")
                        && Long.decode(block) < prunedBelow
                        ? new FaultyProxy.RpcError(-32000, "missing trie node 5f3a9c (path )") : null;
            }
        });
    }

    @AfterAll
    static void stop() throws Exception {
        proxy.close();
        fx.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        Path deployment = dir.resolve("dep-" + System.nanoTime() + ".json");
        Files.writeString(deployment, fx.info.toJson());
        service = new EngineRiskService(new MarginEngine());
        session = RpcSession.open(new RpcOptions(proxy.httpUrl() + "/v3/" + KEY, RpcOptions.REFERENCE,
                Optional.of(deployment), List.of()), service, Set.of());
        shell = new ShellController(service, new WorkspaceStore(dir.resolve("ws-" + System.nanoTime() + ".json"),
                Clock.systemUTC()));
        shell.alerts().model().notifyProperty().set(false);
        shell.show(stage, session.firstAccounts());
        shell.attachVenue(session.venueFeed(), session.describe(), session.whyNoVenueScan());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> shell.close());
        session.close();
        service.close();
        proxy.mode(FaultyProxy.Mode.RPC_RULES);
    }

    private VenueRanking ranking() {
        return shell.desk().model().rankingProperty().get();
    }

    private TableView<VenueRow> liveDesk(FxRobot robot) {
        robot.press(KeyCode.SHORTCUT, KeyCode.D).release(KeyCode.D).release(KeyCode.SHORTCUT);
        waitUntil(() -> shell.model().deskProperty().get() == Desk.RISK, 10);
        waitUntil(() -> robot.lookup("#" + VenueAccountsView.TABLE_ID).tryQuery().isPresent(), 10);
        TableView<VenueRow> table = robot.lookup("#" + VenueAccountsView.TABLE_ID).queryTableView();
        Set<String> contract = fx.devnet.venue().accounts().stream().map(a -> a.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        waitUntil(() -> ranking() != null && ranking().state().scan().phase() == ScanPhase.LIVE
                && table.getItems().size() == contract.size(), 30);
        assertThat(table.getItems().stream().map(r -> r.accountId().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet())).isEqualTo(contract);
        return table;
    }

    @Test
    void anUnreachableNodeIsSaidPlainlyAndTheDeskRecovers(FxRobot robot) {
        liveDesk(robot);
        assertThat(session.venueFeed().orElseThrow().describe()).doesNotContain(KEY);

        proxy.mode(FaultyProxy.Mode.REFUSE);
        proxy.dropAll();
        waitUntil(() -> ranking().state().scan().lastError().startsWith("Cannot reach the node at"), 20);
        Label error = robot.lookup(".scan-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("Cannot reach the node at").contains("/v3/***").doesNotContain(KEY);
        assertThat(shell.model().deskProperty().get()).isEqualTo(Desk.RISK); // still running, still the desk

        proxy.mode(FaultyProxy.Mode.RPC_RULES);
        fx.setPrice("ETH", "3012");
        long head = fx.devnet.rpc().blockNumber();
        waitUntil(() -> ranking().state().market().status().block() >= head && !ranking().state().scan().hasError(), 30);
        assertThat(robot.lookup(".scan-error").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void aReplayIntoPrunedBlocksStopsNamingTheBlock(FxRobot robot) {
        liveDesk(robot);
        robot.clickOn("#desk-tab-replay");
        waitUntil(() -> robot.lookup("#" + ReplayView.RUN_ID).tryQuery().isPresent(), 10);
        long from = prunedBelow - 3;
        long to = fx.devnet.rpc().blockNumber();
        TextField fromField = robot.lookup("#" + ReplayView.FROM_ID).queryAs(TextField.class);
        TextField toField = robot.lookup("#" + ReplayView.TO_ID).queryAs(TextField.class);
        robot.interact(() -> {
            fromField.setText(Long.toString(from));
            toField.setText(Long.toString(to));
        });
        robot.clickOn("#" + ReplayView.RUN_ID);
        ReplayModel model = shell.desk().replay().model();
        waitUntil(() -> model.outcomeProperty().get() != null, 30);

        assertThat(model.outcomeProperty().get().result().status().name()).isEqualTo("HISTORY_UNAVAILABLE");
        assertThat(model.points()).isEmpty();
        Label stopped = robot.lookup("#" + ReplayView.STOPPED_ID).queryAs(Label.class);
        assertThat(stopped.isVisible()).isTrue();
        assertThat(stopped.getText()).startsWith("Stopped: ").contains("block " + from, "archive RPC", "/v3/***")
                .doesNotContain(KEY);
        // the exported document says so too, as solvent replay writes it
        assertThat(shell.desk().replay().exportText(com.solvent.app.venue.ExportFormat.JSON))
                .contains("\"status\" : \"HISTORY_UNAVAILABLE\"").doesNotContain(KEY);
    }

    private static void waitUntil(BooleanSupplier condition, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within " + seconds + " s", e);
        }
    }
}
