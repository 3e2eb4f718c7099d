package com.solvent.app.watchlist;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayedRowsTest {
    private final WatchRow desk = row("0x00000000000000000000000000000000000000a1", "Desk");
    private final WatchRow fund = row("0x00000000000000000000000000000000000000a2", "Fund");
    private final WatchRow whale = row("0x00000000000000000000000000000000000000a3", "Whale");
    private final ObservableList<WatchSlot> lines = FXCollections.observableArrayList();
    private final List<ListChangeListener.Change<? extends WatchSlot>> changes = new ArrayList<>();
    private final Comparator<WatchRow> byName = Comparator.comparing(r -> r.account().displayName());

    @BeforeEach
    void listen() {
        lines.addListener((ListChangeListener<WatchSlot>) changes::add);
    }

    @Test
    void theRowsAreShownInTheTablesOrder() {
        show(List.of(whale, desk, fund), byName);

        assertThat(shownAccounts()).containsExactly(desk, fund, whale);
    }

    @Test
    void aChangedOrderGivesTheSameLinesOtherAccountsWithoutChangingTheTablesItems() {
        show(List.of(whale, desk, fund), byName);
        List<WatchSlot> before = List.copyOf(lines);
        changes.clear();

        show(List.of(whale, desk, fund), byName.reversed());

        assertThat(changes).as("the table's items are not touched by a re-sort").isEmpty();
        assertThat(lines).containsExactlyElementsOf(before);
        assertThat(shownAccounts()).containsExactly(whale, fund, desk);
    }

    @Test
    void anUnchangedOrderLeavesEveryLinesShownValueAlone() {
        show(List.of(whale, desk, fund), byName);
        List<WatchSlot.Shown> before = lines.stream().map(l -> l.shownProperty().get()).toList();

        show(List.of(whale, desk, fund), byName);

        assertThat(lines.stream().map(l -> l.shownProperty().get()).toList())
                .as("same objects: the cells see no change").containsExactlyElementsOf(before);
    }

    @Test
    void addedAndRemovedAccountsAddAndRemoveLinesAtTheEnd() {
        show(List.of(whale, desk, fund), byName);
        WatchSlot first = lines.getFirst();

        show(List.of(whale, desk), byName.reversed());
        assertThat(shownAccounts()).containsExactly(whale, desk);
        assertThat(lines.getFirst()).isSameAs(first);

        show(List.of(whale, desk, fund), byName);
        assertThat(shownAccounts()).containsExactly(desk, fund, whale);
    }

    @Test
    void withoutASortOrderTheUsersOrderIsKept() {
        show(List.of(whale, desk, fund), null);

        assertThat(shownAccounts()).containsExactly(whale, desk, fund);
    }

    private void show(List<WatchRow> rows, Comparator<WatchRow> order) {
        DisplayedRows.assign(lines, DisplayedRows.order(rows, order), WatchSlot::new, WatchSlot::show);
    }

    private List<WatchRow> shownAccounts() {
        return lines.stream().map(WatchSlot::row).toList();
    }

    private static WatchRow row(String address, String label) {
        return new WatchRow(new WatchedAccount(AccountAddress.parse(address), label));
    }
}
