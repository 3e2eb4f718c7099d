package com.solvent.app.account;

import com.solvent.model.risk.PositionRisk;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.Objects;

/**
 * One row of the positions table. The row object stays while the position is held and only its
 * figures are replaced at each block, so the table keeps its rows and only the visible cells,
 * which observe {@link #riskProperty()}, redraw (and flash) when a block arrives.
 */
public final class PositionRow {
    private final String positionId;
    private final ReadOnlyObjectWrapper<PositionRisk> risk;

    PositionRow(PositionRisk risk) {
        this.positionId = Objects.requireNonNull(risk, "risk").positionId();
        this.risk = new ReadOnlyObjectWrapper<>(this, "risk", risk);
    }

    /** The venue's id of the position; what keeps a row the same row from block to block. */
    public String positionId() {
        return positionId;
    }

    /** The latest figures of this position. */
    public PositionRisk risk() {
        return risk.get();
    }

    public ReadOnlyObjectProperty<PositionRisk> riskProperty() {
        return risk.getReadOnlyProperty();
    }

    void show(PositionRisk latest) {
        if (!positionId.equals(latest.positionId())) {
            throw new IllegalArgumentException("position " + latest.positionId() + " put on the row of " + positionId);
        }
        risk.set(latest);
    }
}
