package com.solvent.ui;

import com.solvent.app.controls.HealthBadge;
import com.solvent.app.fx.Desk;
import com.solvent.app.fx.DevnetSession;
import com.solvent.app.fx.EngineRiskService;
import com.solvent.app.fx.ShellController;
import com.solvent.app.cli.SolventCommand;
import com.solvent.app.format.ScreenFormat;
import com.solvent.app.venue.ExportFormat;
import com.solvent.app.venue.replay.ReplayModel;
import com.solvent.app.venue.replay.ReplayPoint;
import com.solvent.app.venue.replay.ReplayView;
import com.solvent.model.risk.HealthState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import picocli.CommandLine;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import com.solvent.app.venue.ScanPhase;
import com.solvent.app.venue.VenueRanking;
import com.solvent.app.venue.VenueRow;
import com.solvent.app.venue.accounts.VenueAccountsView;
import com.solvent.app.watchlist.WatchRow;
import com.solvent.app.workspace.WorkspaceStore;
import com.solvent.chain.contracts.VenueAccountView;
import com.solvent.chain.contracts.VenueCalls;
import com.solvent.chain.contracts.VenuePositionView;
import com.solvent.chain.devnet.DevnetConfig;
import com.solvent.chain.devnet.DevnetInfo;
import com.solvent.chain.devnet.SeedPlan;
import com.solvent.chain.devnet.SeededAccount;
import com.solvent.chain.reference.OnChainUnits;
import com.solvent.model.engine.MarginEngine;
import javafx.scene.Node;
import javafx.scene.control.TableView;
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

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The risk desk on the real devnet (anvil, the reference venue, 20 filler accounts besides the
 * story ones; keepers off so that the test moves prices itself): the desk's table holds exactly the
 * accounts of the venue contract's own list, worst first; an account opened on chain while the desk
 * is open appears; a price move changes a margin ratio to the contract's own figure; and a row opens
 * in the trader's view with live numbers.
 */
@ExtendWith(ApplicationExtension.class)
class DevnetDeskUiTest {
    @TempDir
    static Path workspaceDir;

    private static EngineRiskService service;
    private static DevnetSession session;
    private static int opened;
    private ShellController shell;

    @BeforeAll
    static void startDevnet() {
        service = new EngineRiskService(new MarginEngine());
        session = DevnetSession.start(service, Set.of(), DevnetConfig.defaults().withKeepers(false).withFillerAccounts(20));
    }

    @AfterAll
    static void stopDevnet() {
        session.close();
        service.close();
    }

    @Start
    void start(Stage stage) {
        shell = new ShellController(service, new WorkspaceStore(workspaceDir.resolve("workspace-" + System.nanoTime()
                + ".json"), Clock.systemUTC()));
        shell.alerts().model().notifyProperty().set(false);
        shell.show(stage, session.firstAccounts());
        shell.attachVenue(session.venueFeed(), session.describe(), session.whyNoVenueScan());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> shell.close());
    }

    private TableView<VenueRow> openDesk(FxRobot robot) {
        robot.press(KeyCode.SHORTCUT, KeyCode.D).release(KeyCode.D).release(KeyCode.SHORTCUT);
        waitUntil(() -> shell.model().deskProperty().get() == Desk.RISK, 10);
        waitUntil(() -> robot.lookup("#" + VenueAccountsView.TABLE_ID).tryQuery().isPresent(), 10);
        return robot.lookup("#" + VenueAccountsView.TABLE_ID).queryTableView();
    }

    private VenueRanking ranking() {
        return shell.desk().model().rankingProperty().get();
    }

    /** The contract's own account list, lower case. */
    private static Set<String> contractAccounts() {
        List<String> all = session.venue().accounts();
        assertThat((long) all.size()).isEqualTo(session.venue().accountCount());
        return all.stream().map(a -> a.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private static Set<String> ids(TableView<VenueRow> table) {
        return table.getItems().stream().map(r -> r.accountId().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    @Test
    void theDeskListsEveryAccountOfTheVenueWorstFirstAndFollowsTheChain(FxRobot robot) {
        TableView<VenueRow> table = openDesk(robot);
        waitUntil(() -> ranking() != null && ranking().state().scan().phase() == ScanPhase.LIVE
                && table.getItems().size() == contractAccounts().size(), 30);
        assertThat(ids(table)).isEqualTo(contractAccounts());
        assertThat(table.getItems()).hasSize(session.info().accounts().size());
        for (int i = 1; i < table.getItems().size(); i++) {
            assertThat(VenueRow.WORST_FIRST.compare(table.getItems().get(i - 1), table.getItems().get(i)))
                    .as("row %d after row %d", i, i - 1).isNotPositive();
        }
        assertThat(table.getItems()).extracting(VenueRow::label).contains(SeededAccount.DOOMED, SeededAccount.WHALE);

        // a user opens an account while the desk is open
        String newcomer = openAccount("desk-newcomer", 4_000, "0.5");
        // two blocks: the deposit opens it, the trade gives it a position
        waitUntil(() -> ids(table).contains(newcomer) && rowOf(table, newcomer).notional() > 0, 20);
        assertThat(ids(table)).isEqualTo(contractAccounts());
        VenueRow row = table.getItems().stream().filter(r -> r.accountId().equalsIgnoreCase(newcomer)).findFirst()
                .orElseThrow();
        assertThat(row.notional()).isPositive();

        // a keeper's price move: ETH up 1 %; the newcomer's margin ratio follows the contract's own view
        String near = newcomer;
        double before = rowOf(table, near).marginRatio();
        double mark = ranking().prices().get("ETH").orElseThrow().mark();
        submitPrice("ETH", BigDecimal.valueOf(mark * 1.01).setScale(2, java.math.RoundingMode.HALF_EVEN)
                .movePointRight(8).toBigIntegerExact());
        long block = session.devnet().rpc().blockNumber();
        waitUntil(() -> ranking().state().market().status().block() >= block && rowOf(table, near).marginRatio() != before,
                20);
        VenueRow after = rowOf(table, near);
        long at = ranking().state().market().status().block();
        VenueAccountView view = session.venue().accountView(near, at);
        assertThat(view.positions()).noneMatch(VenuePositionView::isolated);
        double contractRatio = OnChainUnits.wad(view.crossMaintenanceMargin(), "MM")
                / OnChainUnits.wad(view.crossEquity(), "equity");
        assertThat(contractRatio).as("the account has equity: %s", view).isPositive();
        assertThat(after.marginRatio()).isNotEqualTo(before).isCloseTo(contractRatio, within(1e-9 * contractRatio));
    }

    @Test
    void aRowOfAnUnwatchedAccountOpensInTheTradersViewWithItsNumbers(FxRobot robot) {
        TableView<VenueRow> table = openDesk(robot);
        waitUntil(() -> ranking() != null && ranking().state().scan().phase() == ScanPhase.LIVE
                && table.getItems().size() == contractAccounts().size(), 30);
        DevnetInfo info = session.info();
        SeededAccount filler = info.accounts().stream().filter(SeededAccount::isFiller).findFirst().orElseThrow();
        assertThat(shell.watchlist().accounts()).noneMatch(a -> a.address().checksummed().equalsIgnoreCase(filler.address()));
        VenueRow row = rowOf(table, filler.address());
        robot.interact(() -> {
            table.getSelectionModel().select(row);
            table.scrollTo(row);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.from(table).lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && c.getTableRow() != null && row.equals(c.getTableRow().getItem())).query();
        robot.doubleClickOn(cell);

        waitUntil(() -> shell.model().deskProperty().get() == Desk.TRADER, 10);
        WatchRow selected = shell.watchlist().selectedProperty().get();
        assertThat(selected.account().address().checksummed()).isEqualToIgnoringCase(filler.address());
        // the trader's numbers come from the same scan: the account's margin ratio is the desk's
        waitUntil(() -> shell.watchlist().selectedProperty().get().risk().isPresent(), 20);
        double traderRatio = shell.watchlist().selectedProperty().get().risk().orElseThrow().marginRatio();
        assertThat(traderRatio).isCloseTo(row.marginRatio(), within(1e-9 * Math.max(1e-9, Math.abs(row.marginRatio()))));
    }

    @Test
    void aReplayOfTheDoomedAccountShowsItsHealthDegradingToLiquidatableAsTheCliReplaysIt(FxRobot robot) throws Exception {
        String doomed = session.info().requireAccount(SeededAccount.DOOMED).address().toLowerCase(Locale.ROOT);
        long from = session.devnet().rpc().blockNumber();
        // ETH falls 0.2 % a block until the contract calls the account liquidatable, and the keeper liquidates it
        for (int step = 0; step < 40 && !session.venue().isLiquidatable(doomed); step++) {
            lowerEth(0.998);
        }
        assertThat(session.venue().isLiquidatable(doomed)).as("the doomed account became liquidatable").isTrue();
        lowerEth(0.998);
        int liquidated = session.devnet().liquidationKeeper().liquidateAll();
        assertThat(liquidated).isPositive();
        lowerEth(0.998);
        long to = session.devnet().rpc().blockNumber();

        openDesk(robot);
        robot.clickOn("#desk-tab-replay");
        waitUntil(() -> robot.lookup("#" + ReplayView.RUN_ID).tryQuery().isPresent(), 10);
        robot.clickOn("#" + ReplayView.TARGET_ID).eraseText(40).write(doomed).type(KeyCode.ENTER);
        replaceText(robot, "#" + ReplayView.FROM_ID, Long.toString(from));
        replaceText(robot, "#" + ReplayView.TO_ID, Long.toString(to));
        robot.clickOn("#" + ReplayView.RUN_ID);
        ReplayModel model = shell.desk().replay().model();
        waitUntil(() -> model.outcomeProperty().get() != null, 30);
        assertThat(model.stoppedProperty().get()).isEmpty();
        List<ReplayPoint> points = List.copyOf(model.points());
        assertThat(points).hasSize((int) (to - from + 1));
        assertThat(points.getFirst().health().orElseThrow()).isLessThan(HealthState.LIQUIDATABLE);
        int firstLiquidatable = java.util.stream.IntStream.range(0, points.size())
                .filter(i -> points.get(i).health().orElseThrow() == HealthState.LIQUIDATABLE).findFirst().orElse(-1);
        assertThat(firstLiquidatable).as("the timeline reaches LIQUIDATABLE").isPositive();
        for (int i = 1; i <= firstLiquidatable; i++) {
            assertThat(points.get(i).marginRatio()).as("the ratio climbs as ETH falls, block %d", points.get(i).block())
                    .isGreaterThan(points.get(i - 1).marginRatio());
        }

        // the same blocks as `solvent replay --json` reads them
        Path deployment = workspaceDir.resolve("dep.json");
        Files.writeString(deployment, session.info().toJson());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = SolventCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute("replay", "--rpc", session.info().httpUrl(), "--deployment", deployment.toString(),
                "--account", doomed, "--from", Long.toString(from), "--to", Long.toString(to), "--json");
        assertThat(exit).as(err.toString()).isZero();
        JsonNode blocks = new ObjectMapper().readTree(out.toString()).path("blocks");
        assertThat(blocks.size()).isEqualTo(points.size());
        for (int i = 0; i < points.size(); i++) {
            JsonNode account = blocks.get(i).path("accounts").get(0);
            assertThat(blocks.get(i).path("block").asLong()).isEqualTo(points.get(i).block());
            assertThat(account.path("health").asText()).isEqualTo(points.get(i).health().orElseThrow().name());
            assertThat(account.path("marginRatio").asDouble()).isEqualTo(points.get(i).marginRatio());
            assertThat(account.path("equityUsd").asDouble()).isEqualTo(points.get(i).equity());
        }
        // the same document as the desk's JSON export
        String exported = shell.desk().replay().exportText(ExportFormat.JSON);
        assertThat(new ObjectMapper().readTree(exported).path("blocks")).isEqualTo(blocks);

        // the cursor: at the last block after the run; the left arrow steps back, the readout follows
        assertThat(model.cursorProperty().get()).isEqualTo(points.size() - 1);
        robot.clickOn("#" + ReplayView.TIMELINE_ID);
        robot.interact(() -> shell.desk().replay().moveTo(firstLiquidatable));
        robot.type(KeyCode.LEFT);
        waitUntil(() -> model.cursorProperty().get() == firstLiquidatable - 1, 5);
        Label readout = robot.lookup("#" + ReplayView.READOUT_ID).queryAs(Label.class);
        assertThat(readout.getText()).contains("Block " + ScreenFormat.block(points.get(firstLiquidatable - 1).block()));
        robot.clickOn("#" + ReplayView.NEXT_ID);
        waitUntil(() -> model.cursorProperty().get() == firstLiquidatable, 5);
        assertThat(readout.getText()).contains(HealthBadge.word(HealthState.LIQUIDATABLE, false));
    }

    private static void lowerEth(double factor) {
        DevnetInfo info = session.info();
        BigInteger answer = session.venue().priceOf(info.priceFeeds().get("ETH"));
        // priceOf is the venue's own view of the feed, in wad; the feed takes 8 decimals
        BigInteger eightDecimals = answer.divide(BigInteger.TEN.pow(10));
        submitPrice("ETH", new BigDecimal(eightDecimals).multiply(BigDecimal.valueOf(factor))
                .setScale(0, java.math.RoundingMode.HALF_EVEN).toBigIntegerExact());
    }

    private static void replaceText(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }

    private static VenueRow rowOf(TableView<VenueRow> table, String address) {
        return table.getItems().stream().filter(r -> r.accountId().equalsIgnoreCase(address)).findFirst().orElseThrow();
    }

    /** Opens an account the way a user does: a USDC deposit, then an ETH-PERP trade; its address, lower case. */
    static String openAccount(String tag, long usdc, String ethSize) {
        DevnetInfo info = session.info();
        String account = SeedPlan.address(info.seed(), "desk-test-" + tag + "-" + (opened++)).toLowerCase(Locale.ROOT);
        session.devnet().rpc().setBalance(account, BigInteger.TEN.pow(21));
        session.devnet().rpc().transact(info.deployer(), info.venue(),
                VenueCalls.depositFor(account, 0, BigInteger.valueOf(usdc).multiply(BigInteger.TEN.pow(6))));
        session.devnet().rpc().transact(account, info.venue(), VenueCalls.trade(info.markets().indexOf("ETH-PERP"),
                new BigDecimal(ethSize).movePointRight(18).toBigIntegerExact()));
        return account;
    }

    /** A new price round of {@code asset}'s feed, as the price keeper sends it (8 decimals). */
    static void submitPrice(String asset, BigInteger answer) {
        DevnetInfo info = session.info();
        session.devnet().rpc().transact(info.deployer(), info.priceFeeds().get(asset), VenueCalls.submit(answer));
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
