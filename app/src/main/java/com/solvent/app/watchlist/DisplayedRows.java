package com.solvent.app.watchlist;

import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The watchlist as the table shows it: the rows in the table's sort order. The shown list is
 * rearranged only when that order (or membership) changes. A {@code SortedList} over the rows
 * re-inserted every updated row at each block, which the table takes as a replacement of its
 * items and answers by recreating every row and cell (tooltips, bars, sparklines) at every
 * pulse; the cells observe each row's result, so new figures need no list change at all.
 */
final class DisplayedRows {
    private DisplayedRows() {
    }

    /**
     * @param shown  the table's items, rearranged when needed
     * @param rows   the watched rows in the user's order
     * @param order  the table's sort order; null keeps the user's order
     * @return true when {@code shown} was changed
     */
    static boolean show(ObservableList<WatchRow> shown, List<WatchRow> rows, Comparator<? super WatchRow> order) {
        List<WatchRow> next = new ArrayList<>(rows);
        if (order != null) {
            next.sort(order); // stable: equal rows keep the user's order
        }
        if (next.equals(shown)) {
            return false;
        }
        if (next.size() == shown.size() && new java.util.HashSet<>(shown).containsAll(next)) {
            // Same rows in a new order: a permutation, which the table's selection follows. A
            // replacement made the selection drop to none and come back at every reorder,
            // re-styling every row twice.
            java.util.Map<WatchRow, Integer> place = new java.util.IdentityHashMap<>();
            for (int i = 0; i < next.size(); i++) {
                place.put(next.get(i), i);
            }
            shown.sort(Comparator.comparingInt(place::get));
        } else {
            shown.setAll(next);
        }
        return true;
    }
}
