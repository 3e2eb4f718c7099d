package com.solvent.app.watchlist;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The watchlist table's items change only when the shown order does, not at every block. */
class DisplayedRowsTest {
    private final WatchRow desk = row("0x00000000000000000000000000000000000000a1", "Desk");
    private final WatchRow fund = row("0x00000000000000000000000000000000000000a2", "Fund");
    private final WatchRow whale = row("0x00000000000000000000000000000000000000a3", "Whale");
    private final ObservableList<WatchRow> shown = FXCollections.observableArrayList();
    private final List<ListChangeListener.Change<? extends WatchRow>> changes = new ArrayList<>();
    private final Comparator<WatchRow> byName = Comparator.comparing(r -> r.account().displayName());

    DisplayedRowsTest() {
        shown.addListener((ListChangeListener<WatchRow>) changes::add);
    }

    @Test
    void theRowsAreShownInTheTablesOrderAndLeftAloneWhileThatOrderHolds() {
        List<WatchRow> rows = List.of(whale, desk, fund);
        assertThat(DisplayedRows.show(shown, rows, byName)).isTrue();
        assertThat(shown).containsExactly(desk, fund, whale);
        changes.clear();

        assertThat(DisplayedRows.show(shown, rows, byName)).isFalse();
        assertThat(changes).isEmpty();
    }

    @Test
    void aChangedOrderOrMembershipRearrangesTheSameRowObjects() {
        DisplayedRows.show(shown, List.of(whale, desk, fund), byName);

        assertThat(DisplayedRows.show(shown, List.of(whale, desk), byName.reversed())).isTrue();
        assertThat(shown).containsExactly(whale, desk);
        assertThat(shown.get(0)).isSameAs(whale);
    }

    @Test
    void withoutASortOrderTheUsersOrderIsKept() {
        DisplayedRows.show(shown, List.of(whale, desk, fund), null);

        assertThat(shown).containsExactly(whale, desk, fund);
    }

    private static WatchRow row(String address, String label) {
        return new WatchRow(new WatchedAccount(AccountAddress.parse(address), label));
    }
}
