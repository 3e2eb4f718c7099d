package com.solvent.app.account;

import com.solvent.model.risk.PositionRisk;
import javafx.beans.Observable;

import java.util.Objects;

/**
 * One row of the positions table. The row object stays while the position is held; a block
 * does not touch it: the row reads its figures from the latest block's list (see
 * {@link PositionRows}) when asked, so only the visible cells, which listen to the table's one
 * block signal ({@link #blocks()}), read and redraw (and flash) when a block arrives.
 */
public final class PositionRow {
    private final String positionId;
    private final PositionRows table;
    /** Where this row's position is in the latest block's list; -1 once the row left the table. */
    private int index;
    /** The figures of the last block this row was part of, kept for a row that left the table. */
    private PositionRisk last;

    PositionRow(PositionRows table, int index, PositionRisk risk) {
        this.positionId = Objects.requireNonNull(risk, "risk").positionId();
        this.table = Objects.requireNonNull(table, "table");
        this.index = index;
        this.last = risk;
    }

    /** The venue's id of the position; what keeps a row the same row from block to block. */
    public String positionId() {
        return positionId;
    }

    /**
     * The latest figures of this position; for a row no longer in the table (the position was
     * closed, another account shown), the figures it last had.
     */
    public PositionRisk risk() {
        return index < 0 ? last : table.figure(index);
    }

    /** Fires when a block gives every row of the table new figures; shared by all its rows. */
    public Observable blocks() {
        return table.blocks();
    }

    int index() {
        return index;
    }

    /** The row's position is now at {@code at} in the latest list. */
    void moveTo(int at) {
        index = at;
    }

    /** The row left the table: it keeps its current figures and follows no further block. */
    void detach() {
        if (index >= 0) {
            last = table.figure(index);
            index = -1;
        }
    }
}
