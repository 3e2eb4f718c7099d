package com.solvent.app.account;

import com.solvent.model.risk.PositionRisk;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a block's positions on the positions table's rows. The block's list of figures is kept
 * whole, and each row reads its position's figures from it by index; a block fires one signal
 * for all rows ({@link #blocks()}), to which only the visible cells listen.
 *
 * <p>Why: the usual block only moves prices, so the account holds the same positions in the same
 * order, and nothing about the rows changes. Setting each of 10,000 rows' figures (a property
 * per row) cost about as much as redrawing the visible cells; now such a block costs one check
 * that the positions are the same ones (ids compared by index) and one signal. Only when
 * positions open or close is the table's list replaced, still reusing the rows of positions that
 * remain; when the same positions come in another order, the rows stay where the user sorted
 * them and only learn their new index.
 */
final class PositionRows {
    private final ObservableList<PositionRow> rows;
    /** The latest block's figures of the shown account, in the report's order. */
    private final ReadOnlyObjectWrapper<List<PositionRisk>> latest = new ReadOnlyObjectWrapper<>(this, "latest",
            List.of());
    /** The ids of {@link #latest}, in its order: the next block is compared with this compact array. */
    private String[] ids = new String[0];

    /** @param rows the table's items, which this fills and keeps */
    PositionRows(ObservableList<PositionRow> rows) {
        this.rows = rows;
    }

    /** The table's items. */
    ObservableList<PositionRow> rows() {
        return rows;
    }

    /**
     * Shows {@code next}, a block's positions of the account.
     *
     * @return true when the list's membership changed (rows added or removed), false when the
     *         rows stayed and only their figures changed
     */
    boolean show(List<PositionRisk> next) {
        if (sameInSameOrder(ids, next) && rows.size() == next.size()) {
            latest.set(next);
            return false;
        }
        ids = new String[next.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = next.get(i).positionId();
        }
        Map<String, PositionRow> byId = new HashMap<>(rows.size() * 2);
        for (PositionRow row : rows) {
            byId.put(row.positionId(), row);
        }
        boolean sameMembers = byId.size() == rows.size() && next.size() == rows.size();
        for (int i = 0; sameMembers && i < next.size(); i++) {
            sameMembers = byId.containsKey(next.get(i).positionId());
        }
        if (sameMembers) {
            // Kept in the order the user sorted them to; the table re-sorts only on request.
            for (int i = 0; i < next.size(); i++) {
                byId.get(next.get(i).positionId()).moveTo(i);
            }
            latest.set(next);
            return false;
        }
        List<PositionRow> kept = new ArrayList<>(next.size());
        for (int i = 0; i < next.size(); i++) {
            PositionRow row = byId.remove(next.get(i).positionId());
            if (row == null) {
                row = new PositionRow(this, i, next.get(i));
            } else {
                row.moveTo(i);
            }
            kept.add(row);
        }
        // Rows that go keep their last figures: a cell may still show one until the table lays out.
        for (PositionRow gone : byId.values()) {
            gone.detach();
        }
        latest.set(next);
        rows.setAll(kept);
        return true;
    }

    /** Shows no positions. */
    void clear() {
        for (PositionRow row : rows) {
            row.detach();
        }
        rows.clear();
        latest.set(List.of());
        ids = new String[0];
    }

    /** The figures at {@code index} of the latest block. */
    PositionRisk figure(int index) {
        return latest.get().get(index);
    }

    /** Fires when a block replaced the figures of all rows. */
    Observable blocks() {
        return latest.getReadOnlyProperty();
    }

    /** Whether a block holds the positions of {@code ids} in the same order. */
    private static boolean sameInSameOrder(String[] ids, List<PositionRisk> b) {
        if (ids.length != b.size()) {
            return false;
        }
        for (int i = 0; i < ids.length; i++) {
            String x = ids[i];
            String y = b.get(i).positionId();
            if (x != y && !x.equals(y)) {
                return false;
            }
        }
        return true;
    }
}
