package com.solvent.ui;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.solvent.app.cli.risk.StressAccountRow;
import com.solvent.app.fx.Desk;
import com.solvent.app.fx.EngineRiskService;
import com.solvent.app.fx.MarketState;
import com.solvent.app.fx.ShellController;
import com.solvent.app.portfolio.StressLibraryFile;
import com.solvent.app.session.OfflineSession;
import com.solvent.app.venue.DeskView;
import com.solvent.app.venue.ExportFormat;
import com.solvent.app.venue.accounts.VenueAccountsView;
import com.solvent.app.venue.stress.StressView;
import com.solvent.app.workspace.WorkspaceStore;
import com.solvent.model.account.Account;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.liquidation.LiquidationEngine;
import com.solvent.model.liquidation.LiquidationOutcome;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.HealthState;
import com.solvent.model.stress.StressLibrary;
import com.solvent.model.stress.StressScenario;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The desk's stress library as a file (export, import, a broken file refused with its line and
 * column) and a run's liquidated accounts (the detail table against the record-level liquidation
 * engine, and its CSV export), on the bundled demo book.
 */
@ExtendWith(ApplicationExtension.class)
class StressLibraryDeskUiTest {
    @TempDir
    static Path dir;

    private ShellController shell;
    private OfflineSession session;

    @Start
    void start(Stage stage) {
        WorkspaceStore store = new WorkspaceStore(dir.resolve("workspace-" + System.nanoTime() + ".json"), Clock.systemUTC());
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

    private void openStress(FxRobot robot) {
        robot.press(KeyCode.SHORTCUT, KeyCode.D).release(KeyCode.D).release(KeyCode.SHORTCUT);
        waitUntil(() -> shell.model().deskProperty().get() == Desk.RISK);
        waitUntil(() -> robot.lookup("#" + VenueAccountsView.TABLE_ID).tryQuery().isPresent());
        TableView<?> table = robot.lookup("#" + VenueAccountsView.TABLE_ID).queryTableView();
        waitUntil(() -> table.getItems().size() == 5);
        robot.clickOn("#desk-tab-stress");
        waitUntil(() -> robot.lookup("#" + StressView.IMPORT_ID).tryQuery().isPresent());
    }

    private String message(FxRobot robot) {
        return robot.lookup("#" + DeskView.MESSAGE_ID).queryAs(Label.class).getText();
    }

    @Test
    void theLibraryGoesOutToAFileAndComesBackAndABrokenFileChangesNothing(FxRobot robot) throws Exception {
        openStress(robot);
        Path saved = dir.resolve("library-" + System.nanoTime() + ".json");
        shell.desk().export().setChooser((owner, name, format) -> saved.toFile());
        robot.clickOn("#" + StressView.EXPORT_LIBRARY_ID);
        waitUntil(() -> message(robot).startsWith("Saved"));
        assertThat(StressLibraryFile.read(saved)).isEqualTo(StressLibrary.standard());
        assertThat(Files.readString(saved)).isEqualTo(StressLibraryFile.toJson(StressLibrary.standard()));

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, """
                {"format": "solvent-stress-library/1",
                 "scenarios": [
                   {"name": "x", "description": "", "shocks": [{"type": "marketMove", "fraction": -0.1,}]}
                 ]}
                """);
        shell.desk().export().setOpenChooser((owner, title, format) -> broken.toFile());
        robot.clickOn("#" + StressView.IMPORT_ID);
        waitUntil(() -> message(robot).startsWith("Import failed"));
        assertThat(message(robot)).contains(broken + ":3:");
        assertThat(shell.desk().stress().library()).isEqualTo(StressLibrary.standard());

        Path mine = dir.resolve("mine.json");
        Files.writeString(mine, """
                {"format": "solvent-stress-library/1",
                 "scenarios": [
                   {"name": "eth-crash-15", "description": "ETH -15%", "shocks": [{"type": "assetMove", "asset": "ETH", "fraction": -0.15}]},
                   {"name": "btc-depeg-of-usdc", "description": "USDC 0.9", "shocks": [{"type": "depeg", "asset": "USDC", "price": 0.9}]}
                 ]}
                """);
        shell.desk().export().setOpenChooser((owner, title, format) -> mine.toFile());
        robot.clickOn("#" + StressView.IMPORT_ID);
        waitUntil(() -> message(robot).startsWith("Imported 2 scenarios"));
        assertThat(shell.desk().stress().library()).isEqualTo(StressLibraryFile.read(mine));
        ListView<?> list = robot.lookup("#" + StressView.LIBRARY_ID).queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(2);
    }

    @Test
    void aRunListsTheAccountsItLiquidatesAsTheRecordLevelEngineLiquidatesThem(FxRobot robot) throws Exception {
        openStress(robot);
        robot.clickOn("crash-20");
        robot.clickOn("#" + StressView.RUN_ID);
        TableView<StressAccountRow> detail = robot.lookup("#" + StressView.DETAIL_ID).queryTableView();
        waitUntil(() -> !detail.getItems().isEmpty());
        assertThat(robot.lookup("#" + StressView.DETAIL_TITLE_ID).queryAs(Label.class).getText())
                .isEqualTo("Accounts liquidated in crash-20");

        Map<String, Double> expected = recordLevel(session.state(), StressLibrary.byName("crash-20").orElseThrow());
        Map<String, Double> shown = new LinkedHashMap<>();
        detail.getItems().stream().filter(StressAccountRow::liquidated)
                .forEach(r -> shown.put(r.account(), r.notionalLiquidatedUsd()));
        assertThat(shown.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((id, notional) -> assertThat(shown.get(id)).isCloseTo(notional, within(1e-6 * notional)));
        assertThat(detail.getItems()).allSatisfy(r -> assertThat(r.label()).isNotEmpty());

        Path csv = dir.resolve("accounts-" + System.nanoTime() + ".csv");
        shell.desk().export().setChooser((owner, name, format) -> csv.toFile());
        robot.clickOn("#" + StressView.DETAIL_CSV_ID);
        waitUntil(() -> message(robot).startsWith("Saved"));
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
            List<Map<String, String>> all = rows.readAll();
            assertThat(all).hasSize(detail.getItems().size());
            assertThat(all.getFirst().keySet()).startsWith("scenario", "account", "label", "liquidated");
            assertThat(all).allSatisfy(r -> assertThat(r.get("scenario")).isEqualTo("crash-20"));
        }
        assertThat(shell.desk().stress().accountsText("crash-20", ExportFormat.JSON))
                .contains("\"schema\" : \"solvent.stress-accounts/1\"");
    }

    /** Liquidating the book account by account with the record-level engines: notional closed per account. */
    private static Map<String, Double> recordLevel(MarketState book, StressScenario scenario) {
        PriceSet prices = scenario.prices(book.prices(), book.policy());
        MarginEngine engine = new MarginEngine();
        LiquidationEngine liquidation = new LiquidationEngine();
        double fund = 0;
        Map<String, Double> out = new LinkedHashMap<>();
        for (Account account : book.accounts()) {
            if (engine.evaluate(account, prices, book.policy()) instanceof AccountRisk risk
                    && risk.health().compareTo(HealthState.LIQUIDATABLE) >= 0) {
                LiquidationOutcome o = liquidation.liquidate(account, prices, book.policy(), fund);
                if (!o.nothingToDo()) {
                    out.put(account.id(), o.liquidatedNotional());
                    fund = o.insuranceFundAfter();
                }
            }
        }
        return out;
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
    }
}
