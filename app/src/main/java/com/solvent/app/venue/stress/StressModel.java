package com.solvent.app.venue.stress;

import com.solvent.app.venue.DeskContext;
import com.solvent.model.stress.StressScenario;
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

/** State of the stress view: the library, the scenario being edited, the run and its results. Properties only. */
public final class StressModel {
    /** The library in the user's order; saved in the workspace. */
    final ObservableList<StressScenario> library = FXCollections.observableArrayList();
    /** Index of the scenario being edited in {@link #library}; -1 when none. */
    final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", -1);
    final StringProperty name = new SimpleStringProperty(this, "name", "");
    final StringProperty description = new SimpleStringProperty(this, "description", "");
    final ObservableList<ShockDraft> shocks = FXCollections.observableArrayList();
    /** Why the edited scenario cannot be saved; empty when it can. */
    final StringProperty editError = new SimpleStringProperty(this, "editError", "");
    /** Insurance fund before each scenario, USD, as typed. */
    final StringProperty insuranceFund = new SimpleStringProperty(this, "insuranceFund", "0");
    final ObjectProperty<StressOutcome> outcome = new SimpleObjectProperty<>(this, "outcome");
    /** The scenario whose accounts the detail table shows (a row of the results), null when none. */
    final StringProperty detailScenario = new SimpleStringProperty(this, "detailScenario");
    final ObjectProperty<DeskContext.EmptyState> empty = new SimpleObjectProperty<>(this, "empty",
            DeskContext.EmptyState.NONE);
    /** Whether there is a venue with accounts to run over. */
    final BooleanProperty ready = new SimpleBooleanProperty(this, "ready");

    public ObservableList<StressScenario> library() {
        return library;
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObservableList<ShockDraft> shocks() {
        return shocks;
    }

    public StringProperty editErrorProperty() {
        return editError;
    }

    public StringProperty insuranceFundProperty() {
        return insuranceFund;
    }

    public StringProperty detailScenarioProperty() {
        return detailScenario;
    }

    public ObjectProperty<StressOutcome> outcomeProperty() {
        return outcome;
    }

    public ObjectProperty<DeskContext.EmptyState> emptyProperty() {
        return empty;
    }
}
