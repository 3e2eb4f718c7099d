package com.solvent.ui;

import com.solvent.app.account.AccountController;
import com.solvent.app.account.AccountView;
import com.solvent.app.account.PositionRow;
import com.solvent.app.format.ScreenFormat;
import com.solvent.app.fx.LiveRisk;
import com.solvent.app.fx.MarketState;
import com.solvent.app.fx.OfflineBook;
import com.solvent.app.fx.Theme;
import com.solvent.app.watchlist.AccountAddress;
import com.solvent.app.watchlist.WatchedAccount;
import com.solvent.model.account.Account;
import com.solvent.model.account.CollateralBalance;
import com.solvent.model.account.Position;
import com.solvent.model.edit.PriceMoves;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.PositionRisk;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The positions table as a trader reads it across blocks: every visible row shows its own
 * position's latest figures (the rows read them from the block, see {@code PositionRows}), after a
 * price move, after the user sorted the table, and after a position closed; the totals line
 * follows, without laying out the window's root.
 */
@ExtendWith(ApplicationExtension.class)
class PositionsTableUiTest {
    private static final String ID = "0x00000000000000000000000000000000000000d1";
    private static final Instant T0 = Instant.parse("2026-11-25T02:00:00Z");
    private final MarketState book = OfflineBook.at(T0);
    private final SimpleObjectProperty<LiveRisk> live = new SimpleObjectProperty<>();
    private long sequence;
    private HBox root;

    @Start
    void start(Stage stage) {
        AccountController controller = new AccountController(live,
                new SimpleObjectProperty<>(new WatchedAccount(AccountAddress.parse(ID), "Many")));
        root = new HBox(controller.view());
        Scene scene = new Scene(root, 1400, 900);
        scene.getStylesheets().setAll(Theme.LIGHT.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void everyVisibleRowShowsItsOwnPositionAcrossBlocksSortingAndAClose(FxRobot robot) {
        List<Position> held = positions(300);
        LiveRisk first = block(held, 0);
        robot.interact(() -> live.set(first));
        WaitForAsyncUtils.waitForFxEvents();
        assertRowsShow(robot, first);

        LiveRisk moved = block(held, 2);
        robot.interact(() -> live.set(moved));
        WaitForAsyncUtils.waitForFxEvents();
        assertRowsShow(robot, moved);

        // Sorted by mark, highest first, as a click on the header does; then the next block.
        TableView<PositionRow> table = positionsTable(robot);
        robot.interact(() -> {
            TableColumn<PositionRow, ?> mark = column(table, "Mark");
            mark.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(mark));
        });
        LiveRisk afterSort = block(held, -1);
        robot.interact(() -> live.set(afterSort));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems().getFirst().risk().marketId()).as("sorted by mark: BTC first").isEqualTo("BTC-PERP");
        assertRowsShow(robot, afterSort);

        List<Position> fewer = new ArrayList<>(held);
        fewer.remove(1);
        LiveRisk closed = block(fewer, 1);
        robot.interact(() -> live.set(closed));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(299);
        assertRowsShow(robot, closed);
    }

    @Test
    void theTotalsFollowEachBlockWithoutLayingOutTheWindow(FxRobot robot) {
        List<Position> held = positions(40);
        robot.interact(() -> live.set(block(held, 0)));
        WaitForAsyncUtils.waitForFxEvents();
        Label totals = robot.lookup("#" + AccountView.TOTALS_ID).queryAs(Label.class);
        String before = totals.getText();
        AtomicInteger rootLayouts = new AtomicInteger();
        robot.interact(() -> root.needsLayoutProperty().addListener((o, was, needs) -> {
            if (needs) {
                rootLayouts.incrementAndGet();
            }
        }));

        robot.interact(() -> live.set(block(held, 3)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(totals.getText()).isNotEqualTo(before).contains("notional");
        assertThat(rootLayouts).as("window root laid out").hasValue(0);
        robot.interact(() -> {
            javafx.scene.text.Text shown = (javafx.scene.text.Text) totals.lookup(".text");
            assertThat(shown.getText()).as("shown in full").isEqualTo(totals.getText());
            assertThat(shown.getBoundsInParent().getMaxX()).isLessThanOrEqualTo(totals.getWidth());
        });
    }

    /** Each row on screen: its position's figures in this block, in the Market, Size and Mark cells. */
    private void assertRowsShow(FxRobot robot, LiveRisk block) {
        AccountRisk risk = (AccountRisk) block.result(ID).orElseThrow();
        Map<String, PositionRisk> byId = new HashMap<>();
        risk.positions().forEach(p -> byId.put(p.positionId(), p));
        TableView<PositionRow> table = positionsTable(robot);
        robot.interact(() -> {
            int checked = 0;
            for (Node node : table.lookupAll(".table-row-cell")) {
                if (!(node instanceof TableRow<?> row) || row.isEmpty() || row.getItem() == null || !row.isVisible()) {
                    continue;
                }
                PositionRow item = (PositionRow) row.getItem();
                PositionRisk expected = byId.get(item.positionId());
                assertThat(expected).as("a row of a position held in this block").isNotNull();
                assertThat(item.risk()).isSameAs(expected);
                assertThat(cellText(row, "Market")).isEqualTo(expected.marketId());
                assertThat(cellText(row, "Size")).isEqualTo(ScreenFormat.size(expected.size()));
                assertThat(cellText(row, "Mark")).isEqualTo(ScreenFormat.plainPrice(expected.markPrice()));
                checked++;
            }
            assertThat(checked).as("rows on screen").isGreaterThan(5);
        });
    }

    private static String cellText(TableRow<?> row, String column) {
        for (Node node : row.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() != null
                    && column.equals(cell.getTableColumn().getText())) {
                return cell.getText();
            }
        }
        throw new AssertionError("no " + column + " cell in row " + row.getIndex());
    }

    @SuppressWarnings("unchecked")
    private static TableView<PositionRow> positionsTable(FxRobot robot) {
        return (TableView<PositionRow>) robot.lookup("#" + AccountView.POSITIONS_ID).queryAs(TableView.class);
    }

    private static TableColumn<PositionRow, ?> column(TableView<PositionRow> table, String title) {
        return table.getColumns().stream().filter(c -> title.equals(c.getText())).findFirst().orElseThrow();
    }

    /** A block of {@code held} with ETH, BTC and SOL moved by {@code percent}. */
    private LiveRisk block(List<Position> held, double percent) {
        Account account = new Account(ID, List.of(new CollateralBalance("USDC", 2_000_000)), held);
        List<Account> accounts = List.of(account);
        var prices = PriceMoves.allByPercent(book.prices(), List.of("ETH", "BTC", "SOL"), percent);
        MarketState state = new MarketState(accounts, prices, book.policy(), book.status());
        return new LiveRisk(state, new MarginEngine().evaluate(accounts, prices, book.policy()), ++sequence);
    }

    private static List<Position> positions(int count) {
        String[] markets = {"ETH-PERP", "BTC-PERP", "SOL-PERP"};
        double[] entries = {2_950, 61_000, 145};
        double[] sizes = {0.5, 0.02, 8};
        List<Position> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int m = i % 3;
            list.add(Position.cross("p" + i, markets[m], (i % 2 == 0 ? 1 : -1) * sizes[m] * (1 + i % 5), entries[m]));
        }
        return list;
    }
}
