package com.solvent.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.solvent.app.cli.risk.CascadeRow;
import com.solvent.app.cli.risk.StressRow;
import com.solvent.app.fx.ChainStatus;
import com.solvent.app.fx.Desk;
import com.solvent.app.fx.EngineRiskService;
import com.solvent.app.fx.MarketState;
import com.solvent.app.fx.ShellController;
import com.solvent.app.session.OfflineSession;
import com.solvent.app.venue.DeskView;
import com.solvent.app.venue.ScanPhase;
import com.solvent.app.venue.ScanStatus;
import com.solvent.app.venue.VenueBroadcast;
import com.solvent.app.venue.VenueRow;
import com.solvent.app.venue.VenueState;
import com.solvent.app.venue.accounts.VenueAccountsView;
import com.solvent.app.venue.cascade.CascadeView;
import com.solvent.app.venue.stress.StressView;
import com.solvent.app.watchlist.WatchRow;
import com.solvent.app.workspace.WorkspaceStore;
import com.solvent.model.account.Account;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.liquidation.LiquidationEngine;
import com.solvent.model.liquidation.LiquidationOutcome;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.HealthState;
import com.solvent.model.stress.PriceShock;
import com.solvent.model.stress.StressLibrary;
import com.solvent.model.stress.StressScenario;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The risk desk's user paths on a real window (headless Monocle), on the bundled demo book opened as
 * an offline session: every account ranked and filtered, drill-down into the trader's view, a stress
 * run and a cascade, the library kept across a restart, exports, and the states without a venue.
 */
@ExtendWith(ApplicationExtension.class)
class RiskDeskUiTest {
    @TempDir
    static Path dir;

    private ShellController shell;
    private OfflineSession session;
    private WorkspaceStore store;

    @Start
    void start(Stage stage) {
        store = new WorkspaceStore(dir.resolve("workspace-" + System.nanoTime() + ".json"), Clock.systemUTC());
        EngineRiskService service = new EngineRiskService(new MarginEngine());
        shell = new ShellController(service, store);
        shell.alerts().model().notifyProperty().set(false);
        session = OfflineSession.open(Optional.empty(), service, Clock.systemUTC());
        shell.show(stage, session.firstAccounts());
        shell.attachVenue(session.venueFeed(), session.describe());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> shell.close());
        session.close();
    }

    private TableView<VenueRow> openDesk(FxRobot robot) {
        robot.press(KeyCode.SHORTCUT, KeyCode.D).release(KeyCode.D).release(KeyCode.SHORTCUT);
        waitUntil(() -> shell.model().deskProperty().get() == Desk.RISK);
        waitUntil(() -> robot.lookup("#" + VenueAccountsView.TABLE_ID).tryQuery().isPresent());
        TableView<VenueRow> table = robot.lookup("#" + VenueAccountsView.TABLE_ID).queryTableView();
        waitUntil(() -> table.getItems().size() == 5);
        return table;
    }

    @Test
    void everyAccountIsRankedWorstFirstAndTheFiltersNarrowTheTable(FxRobot robot) {
        TableView<VenueRow> table = openDesk(robot);

        assertThat(table.getItems()).extracting(VenueRow::label).startsWith("degen-near-liquidation");
        for (int i = 1; i < table.getItems().size(); i++) {
            assertThat(VenueRow.WORST_FIRST.compare(table.getItems().get(i - 1), table.getItems().get(i))).isNegative();
        }
        assertThat(robot.from(table).lookup("Warning").tryQuery()).as("the worst account's badge").isPresent();

        robot.clickOn("#" + VenueAccountsView.MODE_ID).clickOn("Isolated");
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().getFirst().label()).isEqualTo("basis-with-isolated-future");

        robot.clickOn("Clear filters");
        waitUntil(() -> table.getItems().size() == 5);
        robot.clickOn("#" + VenueAccountsView.MIN_NOTIONAL_ID).write("150k").type(KeyCode.ENTER);
        waitUntil(() -> table.getItems().size() == 2);
        assertThat(table.getItems()).allSatisfy(r -> assertThat(r.notional()).isGreaterThanOrEqualTo(150_000));

        robot.clickOn("#" + VenueAccountsView.CHIP_ID_PREFIX + "safe");
        waitUntil(() -> table.getItems().isEmpty());
        assertThat(robot.lookup("No account matches the filters").tryQuery()).isPresent();
        Label summary = robot.lookup("#" + VenueAccountsView.SUMMARY_ID).queryAs(Label.class);
        assertThat(summary.getText()).startsWith("Showing 0 of 5 accounts");
    }

    @Test
    void enterOnARowOpensTheAccountInTheTradersViewAddingItWhenNotWatched(FxRobot robot) {
        WatchRow degen = shell.watchlist().model().rows().stream()
                .filter(r -> r.account().label().equals("degen-near-liquidation")).findFirst().orElseThrow();
        robot.interact(() -> shell.watchlist().remove(degen));
        TableView<VenueRow> table = openDesk(robot);

        robot.clickOn(robot.from(table).lookup(".table-cell").match(cellText("degen-near-liquidation")).queryAs(Node.class));
        robot.type(KeyCode.ENTER);

        waitUntil(() -> shell.model().deskProperty().get() == Desk.TRADER);
        WatchRow selected = shell.watchlist().selectedProperty().get();
        assertThat(selected.account().label()).isEqualTo("degen-near-liquidation");
        assertThat(selected.account().address().checksummed()).isEqualTo(degen.account().address().checksummed());
        assertThat(shell.watchlist().accounts()).hasSize(5);

        openDesk(robot);
        robot.doubleClickOn(robot.from(table).lookup(".table-cell").match(cellText("treasury-safe")).queryAs(Node.class));
        waitUntil(() -> shell.model().deskProperty().get() == Desk.TRADER);
        assertThat(shell.watchlist().selectedProperty().get().account().label()).isEqualTo("treasury-safe");
    }

    @Test
    void aCrashThatMustLiquidateShowsTheRecordLevelEnginesCount(FxRobot robot) {
        openDesk(robot);
        robot.clickOn("#desk-tab-stress");
        robot.clickOn("crash-20");
        robot.clickOn("#" + StressView.RUN_ID);
        TableView<StressRow> results = robot.lookup("#" + StressView.RESULTS_ID).queryTableView();
        waitUntil(() -> results.getItems().size() == 1);

        StressScenario crash = StressLibrary.byName("crash-20").orElseThrow();
        Liquidations expected = recordLevel(session.state(), crash);
        StressRow row = results.getItems().getFirst();
        assertThat(expected.accounts()).as("a 20% crash liquidates part of the demo book").isPositive();
        assertThat(row.accountsLiquidated()).isEqualTo(expected.accounts());
        assertThat(row.notionalLiquidatedUsd()).isCloseTo(expected.notional(),
                org.assertj.core.api.Assertions.within(1e-6 * expected.notional()));
    }

    /** What liquidating the book account by account with the record-level engines does (no columns). */
    private record Liquidations(int accounts, double notional) {
    }

    private static Liquidations recordLevel(MarketState book, StressScenario scenario) {
        PriceSet prices = scenario.prices(book.prices(), book.policy());
        MarginEngine engine = new MarginEngine();
        LiquidationEngine liquidation = new LiquidationEngine();
        double fund = 0;
        int accounts = 0;
        double notional = 0;
        for (Account account : book.accounts()) {
            if (engine.evaluate(account, prices, book.policy()) instanceof AccountRisk risk
                    && risk.health().compareTo(HealthState.LIQUIDATABLE) >= 0) {
                LiquidationOutcome o = liquidation.liquidate(account, prices, book.policy(), fund);
                if (!o.nothingToDo()) {
                    accounts++;
                    notional += o.liquidatedNotional();
                    fund = o.insuranceFundAfter();
                }
            }
        }
        return new Liquidations(accounts, notional);
    }

    @Test
    void aCascadeShowsItsRoundsAndPricePath(FxRobot robot) {
        openDesk(robot);
        robot.clickOn("#desk-tab-cascade");
        robot.clickOn("#" + CascadeView.ASSET_ID).clickOn("ETH");
        replaceText(robot, robot.lookup("#" + CascadeView.SHOCK_ID).query(), "-10");
        replaceText(robot, robot.lookup("#" + CascadeView.DEPTH_ID).query(), "500k");
        robot.clickOn("#" + CascadeView.RUN_ID);

        TableView<CascadeRow> rounds = robot.lookup("#" + CascadeView.ROUNDS_ID).queryTableView();
        waitUntil(() -> rounds.getItems().size() >= 2);
        assertThat(rounds.getItems().getFirst().priceUsd()).isEqualTo(3_200 * 0.9);
        assertThat(rounds.getItems().get(1).priceUsd()).as("round 0's selling moved ETH down")
                .isLessThan(rounds.getItems().getFirst().priceUsd());
        LineChart<?, ?> path = robot.lookup("#" + CascadeView.PATH_ID).queryAs(LineChart.class);
        assertThat(path.getData().getFirst().getData()).hasSize(rounds.getItems().size() + 1);
        assertThat(robot.lookup("#" + CascadeView.TOTALS_ID).queryAs(Label.class).getText()).contains("ETH 3,200.00 USD");
    }

    @Test
    void anEditedScenarioAndTheDeskSurviveARestart(FxRobot robot) {
        openDesk(robot);
        robot.clickOn("#desk-tab-stress");
        robot.clickOn("crash-10");
        replaceText(robot, robot.lookup("#" + StressView.NAME_ID).query(), "crash-12");
        replaceText(robot, robot.lookup(".shock-row .text-field").match(Node::isVisible).query(), "-12");
        robot.clickOn("#" + StressView.SAVE_ID);
        waitUntil(() -> shell.desk().stress().library().stream().anyMatch(s -> s.name().equals("crash-12")));
        robot.interact(() -> shell.close());

        robot.interact(() -> {
            shell = new ShellController(new EngineRiskService(new MarginEngine()), store);
            shell.show(new Stage());
        });

        assertThat(shell.model().deskProperty().get()).isEqualTo(Desk.RISK);
        assertThat(shell.desk().stress().library().get(1)).isEqualTo(new StressScenario("crash-12",
                "every risky asset -10%", List.of(new PriceShock.MarketMove(-0.12))));
    }

    @Test
    void theAccountsTableExportsParseableCsvAndJson(FxRobot robot) throws Exception {
        TableView<VenueRow> table = openDesk(robot);
        Path csv = dir.resolve("accounts-" + System.nanoTime() + ".csv");
        Path json = dir.resolve("accounts-" + System.nanoTime() + ".json");
        shell.desk().export().setChooser((owner, name, format) -> (format.name().equals("CSV") ? csv : json).toFile());

        robot.clickOn("#" + VenueAccountsView.EXPORT_CSV_ID);
        robot.clickOn("#" + VenueAccountsView.EXPORT_JSON_ID);
        waitUntil(() -> Files.exists(csv) && Files.exists(json));

        List<Map<String, String>> lines = new ArrayList<>();
        new CsvMapper().readerFor(Map.class).with(CsvSchema.emptySchema().withHeader())
                .<Map<String, String>>readValues(Files.readString(csv)).forEachRemaining(lines::add);
        assertThat(lines).extracting(l -> l.get("account"))
                .containsExactlyElementsOf(table.getItems().stream().map(VenueRow::accountId).toList());
        JsonNode document = new ObjectMapper().readTree(Files.readString(json));
        assertThat(document.get("accounts")).hasSize(5);
        assertThat(document.get("accounts").get(0).get("marginRatio").asDouble())
                .isEqualTo(table.getItems().getFirst().marginRatio());
        waitUntil(() -> robot.lookup("#" + DeskView.MESSAGE_ID).queryAs(Label.class).getText().startsWith("Saved"));
    }

    @Test
    void withoutAVenueTheDeskSaysSoAndAScanInProgressShowsItsProgress(FxRobot robot) {
        VenueBroadcast scan = new VenueBroadcast("test scan", () -> { });
        robot.interact(() -> {
            shell.close();
            shell = new ShellController(new EngineRiskService(new MarginEngine()), store);
            shell.show(new Stage());
            shell.attachVenue(Optional.empty(), "devnet (anvil): reference venue and Aave v3");
            shell.showDesk(Desk.RISK);
        });
        waitUntil(() -> robot.lookup(".desk-empty-title").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Venue scan not available for this session") && shown(l)));
        assertThat(robot.lookup("#" + DeskView.PHASE_ID).queryAs(Label.class).getText())
                .isEqualTo("Venue scan not available");

        MarketState book = session.state();
        robot.interact(() -> shell.attachVenue(Optional.of(scan), "test scan"));
        scan.publish(new VenueState(new MarketState(List.of(), book.prices(), book.policy(),
                ChainStatus.offline("test chain", book.prices().asOf())),
                new ScanStatus(ScanPhase.DISCOVERING, 1_200, 5_000, 0, 0, ""), Map.of()));
        waitUntil(() -> robot.lookup(".desk-empty-title").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Scanning the venue…") && shown(l)));
        assertThat(robot.lookup("#" + DeskView.PHASE_ID).queryAs(Label.class).getText()).isEqualTo("Discovering accounts");

        scan.publish(new VenueState(book, new ScanStatus(ScanPhase.LIVE, 5_000, 5_000, 5, 5, ""), Map.of()));
        TableView<VenueRow> table = robot.lookup("#" + VenueAccountsView.TABLE_ID).queryTableView();
        waitUntil(() -> table.getItems().size() == 5);
        assertThat(robot.lookup("#" + DeskView.PHASE_ID).queryAs(Label.class).getText()).isEqualTo("Live");
        scan.close();
    }

    /** Types {@code text} over whatever the field held. */
    private static void replaceText(FxRobot robot, Node field, String text) {
        robot.clickOn(field).press(KeyCode.SHORTCUT, KeyCode.A).release(KeyCode.A).release(KeyCode.SHORTCUT).write(text);
    }

    private static java.util.function.Predicate<Node> cellText(String prefix) {
        return n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null && l.getText().startsWith(prefix);
    }

    /** Visible with all its ancestors. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /**
     * Waits for {@code condition}, then for the FX event that made it true to finish: one model change
     * updates several nodes in one event, and the test thread must not read them halfway.
     */
    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

}
