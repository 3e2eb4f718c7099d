package com.solvent.app.venue.replay;

import com.solvent.app.venue.DeskContext;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The replay tab's state: the form, the timeline as read so far, the cursor. Properties only, FX thread. */
public final class ReplayModel {
    /** The whole book, then every account of the venue. */
    final ObservableList<ReplayTarget> targets = FXCollections.observableArrayList(ReplayTarget.WHOLE_BOOK);
    final ObjectProperty<ReplayTarget> target = new SimpleObjectProperty<>(this, "target", ReplayTarget.WHOLE_BOOK);
    final StringProperty from = new SimpleStringProperty(this, "from", "");
    final StringProperty to = new SimpleStringProperty(this, "to", "");
    final StringProperty every = new SimpleStringProperty(this, "every", "1");
    final StringProperty formError = new SimpleStringProperty(this, "formError", "");
    /** Why the last replay stopped early (a pruned block, a cancel), empty when it completed. */
    final StringProperty stopped = new SimpleStringProperty(this, "stopped", "");
    /** The timeline: the blocks read so far (filled while a replay runs), in order. */
    final ObservableList<ReplayPoint> points = FXCollections.observableArrayList();
    /** The finished replay, null before the first or while one runs. */
    final ObjectProperty<ReplayOutcome> outcome = new SimpleObjectProperty<>(this, "outcome");
    /** Index into {@link #points} of the block shown, -1 when none. */
    final IntegerProperty cursor = new SimpleIntegerProperty(this, "cursor", -1);
    final BooleanProperty ready = new SimpleBooleanProperty(this, "ready", false);
    final ObjectProperty<DeskContext.EmptyState> empty = new SimpleObjectProperty<>(this, "empty", DeskContext.EmptyState.NONE);

    public ObservableList<ReplayTarget> targets() {
        return targets;
    }

    public ObjectProperty<ReplayTarget> targetProperty() {
        return target;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public StringProperty everyProperty() {
        return every;
    }

    public StringProperty formErrorProperty() {
        return formError;
    }

    public StringProperty stoppedProperty() {
        return stopped;
    }

    public ObservableList<ReplayPoint> points() {
        return points;
    }

    public ObjectProperty<ReplayOutcome> outcomeProperty() {
        return outcome;
    }

    public IntegerProperty cursorProperty() {
        return cursor;
    }

    public ObjectProperty<DeskContext.EmptyState> emptyProperty() {
        return empty;
    }
}
