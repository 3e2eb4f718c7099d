package com.solvent.app.watchlist;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the watchlist: rows, the add form and the selection. Properties only. */
public final class WatchlistModel {
    /** Rows in the user's order; the list fires an update when a row's result changes (for re-sorting). */
    final ObservableList<WatchRow> rows = FXCollections.observableArrayList(r -> new Observable[] {r.resultProperty()});
    final StringProperty addressInput = new SimpleStringProperty(this, "addressInput", "");
    final StringProperty labelInput = new SimpleStringProperty(this, "labelInput", "");
    /** Why the last add was refused; empty when it was not. */
    final StringProperty inputError = new SimpleStringProperty(this, "inputError", "");
    final ObjectProperty<WatchRow> selected = new SimpleObjectProperty<>(this, "selected");
    /** The policy's warning level, drawn as a tick on every margin ratio bar. */
    final DoubleProperty warningLevel = new SimpleDoubleProperty(this, "warningLevel", 0.8);
    final BooleanBinding empty = Bindings.isEmpty(rows);
    /**
     * True while a report is put on the rows one by one; the view re-sorts once after it, when
     * {@link #blocksApplied} moves, not at each row's update.
     */
    boolean applying;
    final javafx.beans.property.LongProperty blocksApplied = new javafx.beans.property.SimpleLongProperty(this,
            "blocksApplied");

    public ObservableList<WatchRow> rows() {
        return rows;
    }

    public StringProperty addressInputProperty() {
        return addressInput;
    }

    public StringProperty labelInputProperty() {
        return labelInput;
    }

    public StringProperty inputErrorProperty() {
        return inputError;
    }

    public ObjectProperty<WatchRow> selectedProperty() {
        return selected;
    }

    public DoubleProperty warningLevelProperty() {
        return warningLevel;
    }
}
