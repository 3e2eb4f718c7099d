package com.solvent.app.venue.accounts;

import com.solvent.app.venue.DeskContext;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import java.util.EnumSet;

/** State of the venue accounts table: filters, order, what is shown. Properties only. */
public final class VenueAccountsModel {
    /** The "any asset" choice of the asset filter. */
    public static final String ANY_ASSET = "Any asset";

    final ObjectProperty<ModeFilter> mode = new SimpleObjectProperty<>(this, "mode", ModeFilter.ANY);
    final StringProperty minNotional = new SimpleStringProperty(this, "minNotional", "");
    final StringProperty maxNotional = new SimpleStringProperty(this, "maxNotional", "");
    final StringProperty asset = new SimpleStringProperty(this, "asset", ANY_ASSET);
    final ObservableSet<HealthChoice> health = FXCollections.observableSet(EnumSet.allOf(HealthChoice.class));
    /** Why a filter field was not understood; empty when every field was. */
    final StringProperty filterError = new SimpleStringProperty(this, "filterError", "");
    final ObjectProperty<VenueSort> sort = new SimpleObjectProperty<>(this, "sort", VenueSort.RANKING);
    /** What the table shows; null until the first ranking was filtered. */
    final ObjectProperty<VenueSelection> selection = new SimpleObjectProperty<>(this, "selection");
    /** The asset filter's choices: {@link #ANY_ASSET}, then every asset some account holds. */
    final ObservableList<String> assets = FXCollections.observableArrayList(ANY_ASSET);
    final DoubleProperty warningLevel = new SimpleDoubleProperty(this, "warningLevel", 0.8);
    /** What the table shows when it has no row. */
    final ObjectProperty<DeskContext.EmptyState> empty = new SimpleObjectProperty<>(this, "empty",
            DeskContext.EmptyState.NONE);
    /** The summary line under the filters. */
    final StringProperty summary = new SimpleStringProperty(this, "summary", "");

    public ObjectProperty<ModeFilter> modeProperty() {
        return mode;
    }

    public StringProperty minNotionalProperty() {
        return minNotional;
    }

    public StringProperty maxNotionalProperty() {
        return maxNotional;
    }

    public StringProperty assetProperty() {
        return asset;
    }

    public ObservableSet<HealthChoice> health() {
        return health;
    }

    public StringProperty filterErrorProperty() {
        return filterError;
    }

    public ObjectProperty<VenueSort> sortProperty() {
        return sort;
    }

    public ObjectProperty<VenueSelection> selectionProperty() {
        return selection;
    }

    public ObservableList<String> assets() {
        return assets;
    }

    public ObjectProperty<DeskContext.EmptyState> emptyProperty() {
        return empty;
    }

    public StringProperty summaryProperty() {
        return summary;
    }
}
