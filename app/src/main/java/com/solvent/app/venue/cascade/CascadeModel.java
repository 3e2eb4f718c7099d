package com.solvent.app.venue.cascade;

import com.solvent.app.venue.DeskContext;
import com.solvent.model.cascade.CascadeSettings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the cascade view: the form as typed, the result. Properties only. */
public final class CascadeModel {
    final ObservableList<String> assets = FXCollections.observableArrayList();
    final StringProperty asset = new SimpleStringProperty(this, "asset");
    /** Initial move of the asset, percent ({@code -30}). */
    final StringProperty shock = new SimpleStringProperty(this, "shock", "-30");
    /** Depth of the shocked asset, USD: net notional sold that moves its price by -impact. */
    final StringProperty depth = new SimpleStringProperty(this, "depth", "10M");
    /** Depth of every other risky asset, USD; blank: their prices do not move. */
    final StringProperty otherDepth = new SimpleStringProperty(this, "otherDepth", "");
    final StringProperty impact = new SimpleStringProperty(this, "impact", "1");
    /** Convergence tolerance, percent. */
    final StringProperty tolerance = new SimpleStringProperty(this, "tolerance",
            Double.toString(CascadeSettings.DEFAULT_TOLERANCE * 100));
    final StringProperty maxRounds = new SimpleStringProperty(this, "maxRounds",
            Integer.toString(CascadeSettings.DEFAULT_MAX_ROUNDS));
    final StringProperty insuranceFund = new SimpleStringProperty(this, "insuranceFund", "0");
    /** Why the form cannot run; empty when it can. */
    final StringProperty formError = new SimpleStringProperty(this, "formError", "");
    final ObjectProperty<CascadeOutcome> outcome = new SimpleObjectProperty<>(this, "outcome");
    final ObjectProperty<DeskContext.EmptyState> empty = new SimpleObjectProperty<>(this, "empty",
            DeskContext.EmptyState.NONE);
    /** Whether there is a venue with accounts to run over. */
    final BooleanProperty ready = new SimpleBooleanProperty(this, "ready");

    public ObservableList<String> assets() {
        return assets;
    }

    public StringProperty assetProperty() {
        return asset;
    }

    public StringProperty shockProperty() {
        return shock;
    }

    public StringProperty depthProperty() {
        return depth;
    }

    public StringProperty otherDepthProperty() {
        return otherDepth;
    }

    public StringProperty impactProperty() {
        return impact;
    }

    public StringProperty toleranceProperty() {
        return tolerance;
    }

    public StringProperty maxRoundsProperty() {
        return maxRounds;
    }

    public StringProperty insuranceFundProperty() {
        return insuranceFund;
    }

    public StringProperty formErrorProperty() {
        return formError;
    }

    public ObjectProperty<CascadeOutcome> outcomeProperty() {
        return outcome;
    }

    public ObjectProperty<DeskContext.EmptyState> emptyProperty() {
        return empty;
    }
}
