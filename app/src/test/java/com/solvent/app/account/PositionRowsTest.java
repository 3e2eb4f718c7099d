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

    PositionRowsTest() {
        rows.addListener((ListChangeListener<PositionRow>) changes::add);
    }

    @Test
    void aBlockThatOnlyMovesPricesUpdatesEveryRowInPlaceWithoutChangingTheList() {
        List<Position> held = List.of(Position.cross("p-eth", "ETH-PERP", 2, 2_950),
                Position.cross("p-btc", "BTC-PERP", -0.1, 61_000));
        PositionRows.show(rows, positions(held, book.prices()));
        List<PositionRow> before = List.copyOf(rows);
        double ethMarkBefore = rows.get(0).risk().markPrice();
        changes.clear();

        List<PositionRisk> moved = positions(held, PriceMoves.allByPercent(book.prices(), List.of("ETH", "BTC"), 5));
        boolean membershipChanged = PositionRows.show(rows, moved);

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
        PositionRows.show(rows, positions(List.of(eth, btc), book.prices()));
        PositionRow ethRow = rows.get(0);
        changes.clear();

        boolean membershipChanged = PositionRows.show(rows, positions(List.of(eth, sol), book.prices()));

        assertThat(membershipChanged).isTrue();
        assertThat(changes).isNotEmpty();
        assertThat(rows).extracting(PositionRow::positionId).containsExactly("p-eth", "p-sol");
        assertThat(rows.get(0)).isSameAs(ethRow);
    }

    @Test
    void aRowSortedByTheUserKeepsItsPlaceWhenOnlyFiguresChange() {
        List<Position> held = List.of(Position.cross("p-eth", "ETH-PERP", 2, 2_950),
                Position.cross("p-btc", "BTC-PERP", -0.1, 61_000));
        PositionRows.show(rows, positions(held, book.prices()));
        FXCollections.reverse(rows); // what a click on a column header does to the items

        PositionRows.show(rows, positions(held, PriceMoves.allByPercent(book.prices(), List.of("ETH"), -3)));

        assertThat(rows).extracting(PositionRow::positionId).containsExactly("p-btc", "p-eth");
        assertThat(rows).allSatisfy(r -> assertThat(r.risk().positionId()).isEqualTo(r.positionId()));
    }

    private List<PositionRisk> positions(List<Position> held, PriceSet prices) {
        Account account = new Account(ID, List.of(new CollateralBalance("USDC", 50_000)), held);
        return ((AccountRisk) new MarginEngine().evaluate(account, prices, book.policy())).positions();
    }
}
