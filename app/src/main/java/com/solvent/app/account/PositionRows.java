package com.solvent.app.account;

import com.solvent.model.risk.PositionRisk;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a block's positions on the positions table's rows. When the account holds the same
 * positions as before (the usual block: only prices moved) every row keeps its place and gets
 * its new figures in place, and the list itself does not change: replacing 10,000 items made
 * the table reconfigure every cell and re-measure at each block. Only when positions open or
 * close is the list replaced, still reusing the rows of positions that remain.
 */
final class PositionRows {
    private PositionRows() {
    }

    /**
     * @return true when the list's membership changed (rows added, removed or reordered to the
     *         report's order), false when the figures were updated in place
     */
    static boolean show(ObservableList<PositionRow> rows, List<PositionRisk> latest) {
        if (inPlace(rows, latest)) {
            return false;
        }
        Map<String, PositionRow> byId = new HashMap<>(rows.size() * 2);
        for (PositionRow row : rows) {
            byId.put(row.positionId(), row);
        }
        boolean sameMembers = byId.size() == rows.size() && latest.size() == rows.size();
        if (sameMembers) {
            for (PositionRisk p : latest) {
                if (!byId.containsKey(p.positionId())) {
                    sameMembers = false;
                    break;
                }
            }
        }
        if (sameMembers) {
            // Kept in the order the user sorted them to; the table re-sorts only on request.
            for (PositionRisk p : latest) {
                byId.get(p.positionId()).show(p);
            }
            return false;
        }
        List<PositionRow> next = new ArrayList<>(latest.size());
        for (PositionRisk p : latest) {
            PositionRow kept = byId.remove(p.positionId());
            if (kept == null) {
                next.add(new PositionRow(p));
            } else {
                kept.show(p);
                next.add(kept);
            }
        }
        rows.setAll(next);
        return true;
    }

    /**
     * The usual block: the rows are in the report's order (not re-sorted by the user) and hold
     * the same positions; figures are put on them by index, without building a map of 10,000 ids.
     */
    private static boolean inPlace(List<PositionRow> rows, List<PositionRisk> latest) {
        if (rows.size() != latest.size()) {
            return false;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).positionId().equals(latest.get(i).positionId())) {
                return false;
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).show(latest.get(i));
        }
        return true;
    }
}
