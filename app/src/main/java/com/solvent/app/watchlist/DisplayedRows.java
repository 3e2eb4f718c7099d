package com.solvent.app.watchlist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The watchlist as the table shows it: the accounts in the table's sort order, put on lines that
 * stay in place. A change of order never changes the table's items (which the table answers by
 * rebuilding its rows); it gives lines other accounts. Lines are added or removed only at the end,
 * when accounts are added or removed.
 */
final class DisplayedRows {
    private DisplayedRows() {
    }

    /**
     * @param rows  the watched rows in the user's order
     * @param order the table's sort order; null keeps the user's order
     * @return the rows in the order shown
     */
    static List<WatchRow> order(List<WatchRow> rows, Comparator<? super WatchRow> order) {
        List<WatchRow> next = new ArrayList<>(rows);
        if (order != null) {
            next.sort(order); // stable: equal rows keep the user's order
        }
        return next;
    }

    /**
     * Makes line k show {@code order.get(k)}: existing lines are given their account in place,
     * missing lines are appended, lines beyond the accounts removed from the end.
     *
     * @param lines   the table's items
     * @param newLine a line showing a row
     * @param show    puts a row on an existing line (no change when it is already there)
     */
    static <L> void assign(List<L> lines, List<WatchRow> order, Function<WatchRow, L> newLine,
                           BiConsumer<L, WatchRow> show) {
        int common = Math.min(lines.size(), order.size());
        for (int k = 0; k < common; k++) {
            show.accept(lines.get(k), order.get(k));
        }
        if (lines.size() > order.size()) {
            lines.subList(order.size(), lines.size()).clear();
        } else if (order.size() > common) {
            lines.addAll(order.subList(common, order.size()).stream().map(newLine).toList());
        }
    }
}
