package com.solvent.ui;

import com.solvent.app.controls.ExplanationPane;
import com.solvent.app.controls.HeadlineFigure;
import com.solvent.app.controls.MarginRatioBar;
import com.solvent.app.format.ScreenFormat;
import com.solvent.app.fx.EngineRiskService;
import com.solvent.app.fx.MarketState;
import com.solvent.app.fx.OfflineBook;
import com.solvent.app.fx.ShellController;
import com.solvent.app.fx.Theme;
import com.solvent.app.watchlist.AccountAddress;
import com.solvent.app.watchlist.WatchRow;
import com.solvent.app.watchlist.WatchSlot;
import com.solvent.app.watchlist.WatchlistView;
import com.solvent.app.whatif.WhatIfView;
import com.solvent.app.workspace.WorkspaceStore;
import com.solvent.app.account.AccountView;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.risk.AccountRisk;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workstation's main user paths on a real window (headless Monocle), fed by the real
 * engine evaluating the offline book.
 */
@ExtendWith(ApplicationExtension.class)
class WorkstationUiTest {
    private static final Instant T0 = Instant.parse("2026-11-25T02:00:00Z");

    @TempDir
    static Path workspaceDir;

    private EngineRiskService service;
    private ShellController shell;
    private WorkspaceStore store;

    @Start
    void start(Stage stage) {
        store = new WorkspaceStore(workspaceDir.resolve("workspace-" + System.nanoTime() + ".json"), Clock.systemUTC());
        service = new EngineRiskService(new MarginEngine());
        shell = new ShellController(service, store);
        shell.alerts().model().notifyProperty().set(false); // the log is asserted; pop-ups only cost time here
        shell.show(stage, OfflineBook.labelled());
        service.accept(OfflineBook.at(T0));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> shell.close());
    }

    @Test
    void theWatchlistShowsTheWatchedAccountsWithTheirHealth(FxRobot robot) {
        TableView<WatchSlot> table = robot.lookup("#" + WatchlistView.TABLE_ID).queryTableView();
        waitUntil(() -> table.getItems().size() == 4 && table.getItems().stream().allMatch(r -> r.row().risk().isPresent()));

        assertThat(table.getItems()).extracting(r -> r.row().account().label())
                .containsExactlyInAnyOrder("Desk A", "Basis fund", "Hedged short", "SOL long");
        assertThat(robot.lookup("Liquidatable").tryQuery()).as("the liquidatable account's badge is on screen").isPresent();
    }

    @Test
    void atSixteenHundredPixelsNoHeaderOrHealthWordIsCutAndPositionsShowDistanceToLiquidation(FxRobot robot) {
        assertThat(robot.listWindows().getFirst().getWidth()).as("the first window size").isEqualTo(1600);
        TableView<WatchSlot> table = robot.lookup("#" + WatchlistView.TABLE_ID).queryTableView();
        waitUntil(() -> table.getItems().size() == 4 && table.getItems().stream().allMatch(r -> r.row().risk().isPresent()));
        robot.interact(() -> shell.watchlist().select(row(OfflineBook.DESK_A)));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        List<javafx.scene.control.Labeled> words = new java.util.ArrayList<>();
        words.addAll(robot.from(table).lookup(".health-badge").queryAllAs(javafx.scene.control.Labeled.class));
        words.addAll(robot.from(table).lookup(".column-header .label").queryAllAs(javafx.scene.control.Labeled.class));
        assertThat(words).isNotEmpty();
        for (javafx.scene.control.Labeled word : words) {
            if (word.getText() == null || word.getText().isEmpty() || !shown(word)) {
                continue;
            }
            // The text node holds what is drawn: an ellipsis there means the word was cut.
            assertThat(robot.from(word).lookup((java.util.function.Predicate<javafx.scene.Node>) n -> n.getClass().getSimpleName().equals("LabeledText")).queryAs(javafx.scene.text.Text.class)
                    .getText()).as("shown text of \"%s\"", word.getText()).isEqualTo(word.getText());
        }

        TableView<?> positions = robot.lookup("#" + AccountView.POSITIONS_ID).queryTableView();
        double throughDistance = positions.getColumns().stream().limit(6).mapToDouble(c -> c.getWidth()).sum();
        assertThat(positions.getColumns().get(5).getGraphic()).isInstanceOf(Label.class)
                .extracting(g -> ((Label) g).getText()).isEqualTo("To liq.");
        assertThat(throughDistance).as("market to distance to liquidation without scrolling sideways")
                .isLessThanOrEqualTo(positions.getWidth());
    }

    /** Visible with all its ancestors and in a cell holding a row (the table keeps spare cells hidden). */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n instanceof javafx.scene.control.IndexedCell<?> c && c.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void sortingByAHeaderReordersTheAccountsAndTheSelectionStaysWithTheSelectedAccount(FxRobot robot) {
        TableView<WatchSlot> table = robot.lookup("#" + WatchlistView.TABLE_ID).queryTableView();
        waitUntil(() -> table.getItems().size() == 4 && table.getItems().stream().allMatch(r -> r.row().risk().isPresent()));
        WatchRow basis = row(OfflineBook.BASIS_FUND);
        robot.interact(() -> shell.watchlist().select(basis));

        javafx.scene.Node accountHeader = robot.from(table).lookup(".column-header").match(
                (java.util.function.Predicate<javafx.scene.Node>) n -> n instanceof javafx.scene.control.skin.TableColumnHeader h && h.getTableColumn() != null
                        && "Account".equals(h.getTableColumn().getText())).query();
        robot.clickOn(accountHeader);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> ascending = List.of("Basis fund", "Desk A", "Hedged short", "SOL long");
        assertThat(shownLabels(table)).as("by name, A to Z").containsExactlyElementsOf(ascending);
        assertThat(table.getSelectionModel().getSelectedItem().row()).isSameAs(basis);
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();

        robot.clickOn(accountHeader);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownLabels(table)).as("by name, Z to A").containsExactlyElementsOf(ascending.reversed());
        assertThat(table.getSelectionModel().getSelectedIndex()).as("the selection moved with the account").isEqualTo(3);
        assertThat(shell.watchlist().selectedProperty().get()).isSameAs(basis);
        assertThat(robot.from(table).lookup(".table-row-cell:selected .table-cell").queryAllAs(javafx.scene.control.Labeled.class))
                .extracting(javafx.scene.control.Labeled::getText).contains("Basis fund");

        robot.interact(table::requestFocus);
        robot.type(javafx.scene.input.KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.watchlist().selectedProperty().get().account().label())
                .as("Up selects the account shown above").isEqualTo("Desk A");
    }

    private static List<String> shownLabels(TableView<WatchSlot> table) {
        return table.getItems().stream().map(s -> s.row().account().label()).toList();
    }

    @Test
    void anInvalidAddressIsRefusedWithAMessage(FxRobot robot) {
        robot.clickOn("#" + WatchlistView.ADDRESS_FIELD_ID).write("0x12345");
        robot.clickOn("#" + WatchlistView.ADD_BUTTON_ID);

        Label error = robot.lookup("#" + WatchlistView.ERROR_ID).queryAs(Label.class);
        waitUntil(error::isVisible);
        assertThat(error.getText()).contains("40 hex digits").contains("has 5");
        assertThat(shell.watchlist().accounts()).hasSize(4);
    }

    @Test
    void aNewBlockUpdatesTheMarginRatioOnScreen(FxRobot robot) {
        robot.interact(() -> shell.watchlist().select(row(OfflineBook.BASIS_FUND)));
        MarginRatioBar bar = robot.lookup("#" + AccountView.MARGIN_RATIO_ID).queryAs(MarginRatioBar.class);
        MarketState before = OfflineBook.at(T0);
        waitUntil(() -> bar.displayedText().equals(ScreenFormat.percent(ratio(before, OfflineBook.BASIS_FUND))));

        // ETH 1 % lower one block later: the long ETH account's ratio rises.
        MarketState after = new MarketState(before.accounts(), before.prices().withMark("ETH", 2_970.0)
                .withAsOf(T0.plusSeconds(12)), before.policy(), before.status());
        service.accept(after);

        String expected = ScreenFormat.percent(ratio(after, OfflineBook.BASIS_FUND));
        assertThat(expected).isNotEqualTo(ScreenFormat.percent(ratio(before, OfflineBook.BASIS_FUND)));
        waitUntil(() -> bar.displayedText().equals(expected));
    }

    @Test
    void theWorkspaceSurvivesARestart(FxRobot robot) {
        String added = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
        // Typing is covered by the refusal test; here the address goes in through the controller.
        robot.interact(() -> shell.watchlist().add(added, "treasury"));
        robot.clickOn("#theme-toggle");
        robot.interact(() -> shell.close());

        robot.interact(() -> {
            Stage again = new Stage();
            shell = new ShellController(new EngineRiskService(new MarginEngine()), store);
            shell.show(again, OfflineBook.labelled());
        });

        assertThat(shell.watchlist().accounts()).extracting(a -> a.label())
                .containsExactly("Desk A", "Basis fund", "Hedged short", "SOL long", "treasury");
        assertThat(shell.watchlist().accounts().getLast().address()).isEqualTo(AccountAddress.parse(added));
        assertThat(shell.model().themeProperty().get()).isEqualTo(Theme.DARK);
    }

    @Test
    void anAccountOverTheAlertLevelIsLogged(FxRobot robot) {
        waitUntil(() -> shell.alerts().model().log().stream().anyMatch(a -> a.account().equals("Basis fund")));

        double level = shell.alerts().model().thresholdProperty().get();
        assertThat(shell.alerts().model().log()).filteredOn(a -> a.kind() == com.solvent.app.alerts.Alert.Kind.MARGIN_RATIO)
                .isNotEmpty().allSatisfy(a -> assertThat(ratio(OfflineBook.at(T0), a.address()))
                        .as(a.message()).isGreaterThanOrEqualTo(level));
    }

    @Test
    void theWhatIfDeskShowsTheScenarioBesideTheLiveFigures(FxRobot robot) {
        robot.interact(() -> shell.watchlist().select(row(OfflineBook.BASIS_FUND)));
        waitUntil(() -> !shell.whatIf().model().assetMoves().isEmpty());
        robot.interact(() -> shell.whatIf().model().assetMoves().stream()
                .filter(m -> m.asset().equals("ETH")).findFirst().orElseThrow().percent().set(-2));

        MarketState book = OfflineBook.at(T0);
        MarketState moved = new MarketState(book.accounts(), book.prices().withMark("ETH", 3_000.0 * 0.98),
                book.policy(), book.status());
        String expected = ScreenFormat.percent(ratio(moved, OfflineBook.BASIS_FUND));
        waitUntil(() -> robot.lookup("#" + WhatIfView.AFTER_RATIO_ID).tryQuery()
                .map(n -> ((Label) n).getText()).filter(expected::equals).isPresent());
    }

    @Test
    void clickingAHeadlineNumberShowsTheTermsThatMadeIt(FxRobot robot) {
        robot.interact(() -> shell.watchlist().select(row(OfflineBook.DESK_A)));
        HeadlineFigure equity = robot.lookup(".headline-figure").queryAllAs(HeadlineFigure.class).stream()
                .filter(f -> f.getAccessibleText() != null && f.getAccessibleText().startsWith("Equity")).findFirst()
                .orElseThrow();
        waitUntil(() -> equity.explanationProperty().get() != null);

        robot.clickOn(equity);

        waitUntil(() -> robot.lookup(".explanation").tryQuery().isPresent());
        ExplanationPane pane = robot.lookup(".explanation").queryAs(ExplanationPane.class);
        assertThat(robot.from(pane).lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(text -> assertThat(text).startsWith("Equity = "))
                .anySatisfy(text -> assertThat(text).contains("USDC"));
    }

    private WatchRow row(String address) {
        return shell.watchlist().model().rows().stream()
                .filter(r -> r.account().address().checksummed().equals(address)).findFirst().orElseThrow();
    }

    private static double ratio(MarketState state, String account) {
        AccountRisk risk = (AccountRisk) new MarginEngine()
                .evaluate(state.account(account).orElseThrow(), state.prices(), state.policy());
        return risk.marginRatio();
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
    }

}
