package com.solvent.app.account;

import com.solvent.app.fx.MarketState;
import com.solvent.app.fx.OfflineBook;
import com.solvent.model.account.Account;
import com.solvent.model.account.CollateralBalance;
import com.solvent.model.account.Position;
import com.solvent.model.edit.PriceMoves;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.PositionRisk;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The positions table keeps its rows from block to block: what lets it redraw only visible cells. */
class PositionRowsTest {
    private static final String ID = "0x00000000000000000000000000000000000000c1";
    private final MarketState book = OfflineBook.at(Instant.parse("2026-11-25T02:00:00Z"));
    private final ObservableList<PositionRow> rows = FXCollections.observableArrayList();
    private final List<ListChangeListener.Change<? extends PositionRow>> changes = new ArrayList<>();
    private final PositionRows table = new PositionRows(rows);

    PositionRowsTest() {
        rows.addListener((ListChangeListener<PositionRow>) changes::add);
    }

    @Test
    void aBlockThatOnlyMovesPricesUpdatesEveryRowInPlaceWithoutChangingTheList() {
        List<Position> held = List.of(Position.cross("p-eth", "ETH-PERP", 2, 2_950),
                Position.cross("p-btc", "BTC-PERP", -0.1, 61_000));
        table.show(positions(held, book.prices()));
        List<PositionRow> before = List.copyOf(rows);
        double ethMarkBefore = rows.get(0).risk().markPrice();
        changes.clear();

        List<PositionRisk> moved = positions(held, PriceMoves.allByPercent(book.prices(), List.of("ETH", "BTC"), 5));
        boolean membershipChanged = table.show(moved);

        assertThat(membershipChanged).isFalse();
        assertThat(changes).as("list changes").isEmpty();
        assertThat(rows).containsExactlyElementsOf(before); // same objects: identity is kept
        assertThat(rows).extracting(PositionRow::risk).containsExactlyElementsOf(moved);
        assertThat(rows.get(0).risk().markPrice()).isCloseTo(ethMarkBefore * 1.05, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void aClosedAndAnOpenedPositionReplaceTheListButKeepTheRowsThatRemain() {
        Position eth = Position.cross("p-eth", "ETH-PERP", 2, 2_950);
        Position btc = Position.cross("p-btc", "BTC-PERP", -0.1, 61_000);
        Position sol = Position.cross("p-sol", "SOL-PERP", 10, 145);
        table.show(positions(List.of(eth, btc), book.prices()));
        PositionRow ethRow = rows.get(0);
        changes.clear();

        boolean membershipChanged = table.show(positions(List.of(eth, sol), book.prices()));

        assertThat(membershipChanged).isTrue();
        assertThat(changes).isNotEmpty();
        assertThat(rows).extracting(PositionRow::positionId).containsExactly("p-eth", "p-sol");
        assertThat(rows.get(0)).isSameAs(ethRow);
    }

    @Test
    void aRowSortedByTheUserKeepsItsPlaceWhenOnlyFiguresChange() {
        List<Position> held = List.of(Position.cross("p-eth", "ETH-PERP", 2, 2_950),
                Position.cross("p-btc", "BTC-PERP", -0.1, 61_000));
        table.show(positions(held, book.prices()));
        FXCollections.reverse(rows); // what a click on a column header does to the items

        table.show(positions(held, PriceMoves.allByPercent(book.prices(), List.of("ETH"), -3)));

        assertThat(rows).extracting(PositionRow::positionId).containsExactly("p-btc", "p-eth");
        assertThat(rows).allSatisfy(r -> assertThat(r.risk().positionId()).isEqualTo(r.positionId()));
    }

    @Test
    void aBlockSignalsAllRowsOnceAndEachRowReadsItsOwnFigures() {
        List<Position> held = List.of(Position.cross("p-eth", "ETH-PERP", 2, 2_950),
                Position.cross("p-btc", "BTC-PERP", -0.1, 61_000));
        table.show(positions(held, book.prices()));
        int[] signals = {0};
        rows.get(0).blocks().addListener(o -> {
            signals[0]++;
            rows.get(0).risk(); // what a visible cell does: read, which arms the next signal
        });
        assertThat(rows.get(1).blocks()).as("one signal for the whole table").isSameAs(rows.get(0).blocks());

        List<PositionRisk> moved = positions(held, PriceMoves.allByPercent(book.prices(), List.of("BTC"), 2));
        table.show(moved);
        List<PositionRisk> movedAgain = positions(held, PriceMoves.allByPercent(book.prices(), List.of("BTC"), 4));
        table.show(movedAgain);

        assertThat(signals[0]).isEqualTo(2);
        assertThat(rows).extracting(PositionRow::risk).containsExactlyElementsOf(movedAgain);
    }

    @Test
    void aRowThatLeftTheTableKeepsItsLastFigures() {
        Position eth = Position.cross("p-eth", "ETH-PERP", 2, 2_950);
        Position btc = Position.cross("p-btc", "BTC-PERP", -0.1, 61_000);
        List<PositionRisk> first = positions(List.of(eth, btc), book.prices());
        table.show(first);
        PositionRow btcRow = rows.get(1);

        table.show(positions(List.of(eth), PriceMoves.allByPercent(book.prices(), List.of("ETH"), 5)));
        assertThat(btcRow.risk()).as("closed: its last figures, not another position's").isSameAs(first.get(1));

        PositionRow ethRow = rows.get(0);
        PositionRisk ethLast = ethRow.risk();
        table.clear();
        assertThat(rows).isEmpty();
        assertThat(ethRow.risk()).isSameAs(ethLast);
    }

    @Test
    void theSamePositionsInAnotherOrderKeepTheRowsAndTheirFigures() {
        Position eth = Position.cross("p-eth", "ETH-PERP", 2, 2_950);
        Position btc = Position.cross("p-btc", "BTC-PERP", -0.1, 61_000);
        table.show(positions(List.of(eth, btc), book.prices()));
        List<PositionRow> before = List.copyOf(rows);
        changes.clear();

        boolean membershipChanged = table.show(positions(List.of(btc, eth), book.prices()));

        assertThat(membershipChanged).isFalse();
        assertThat(changes).isEmpty();
        assertThat(rows).containsExactlyElementsOf(before);
        assertThat(rows).allSatisfy(r -> assertThat(r.risk().positionId()).isEqualTo(r.positionId()));
    }

    private List<PositionRisk> positions(List<Position> held, PriceSet prices) {
        Account account = new Account(ID, List.of(new CollateralBalance("USDC", 50_000)), held);
        return ((AccountRisk) new MarginEngine().evaluate(account, prices, book.policy())).positions();
    }
}
