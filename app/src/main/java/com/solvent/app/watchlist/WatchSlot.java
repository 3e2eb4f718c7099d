package com.solvent.app.watchlist;

import com.solvent.app.fx.PositionSummary;
import com.solvent.model.risk.AccountResult;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.Objects;

/**
 * A line of the watchlist table: position k of the shown order (the k-th worst account when
 * sorted worst first). The table's items are these lines, which stay in place when the order
 * changes; a re-sort gives each line the account now at its position. Why: a reorder of the
 * table's items makes {@code VirtualFlow} rebuild its rows (each row's index set again, its
 * cells updated and restyled), which was the largest part of the watchlist's time whenever the
 * worst-first order changed; now a re-sort changes only the cells whose account or figures did.
 */
public final class WatchSlot {
    /**
     * What a line shows: an account and the figures it had when they were put on the line, with
     * the summary of their positions (null without figures).
     */
    public record Shown(WatchRow row, AccountResult result, PositionSummary positions) {
        public Shown {
            Objects.requireNonNull(row, "row");
        }
    }

    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");

    WatchSlot(WatchRow row) {
        show(row);
    }

    /** The account shown on this line. */
    public WatchRow row() {
        return shown.get().row();
    }

    /** The account and figures on this line; replaced when either changes. */
    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Puts {@code row} and its latest figures on this line; nothing changes if they are already there. */
    void show(WatchRow row) {
        Shown before = shown.get();
        AccountResult result = row.result();
        if (before == null || before.row() != row || before.result() != result) {
            shown.set(new Shown(row, result, row.positions()));
        }
    }
}
