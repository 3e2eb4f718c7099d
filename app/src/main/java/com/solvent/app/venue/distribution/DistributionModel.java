package com.solvent.app.venue.distribution;

import com.solvent.app.venue.DeskContext;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the distributions view. Properties only. */
public final class DistributionModel {
    /** Half-widths of the liquidation map's price range the user can pick, as fractions of the mark. */
    public static final ObservableList<Double> RANGES = FXCollections.unmodifiableObservableList(
            FXCollections.observableArrayList(0.1, 0.2, 0.3, 0.5));
    /** Bands of a liquidation map. */
    public static final int LEVELS = 30;

    final ObservableList<String> assets = FXCollections.observableArrayList();
    final StringProperty asset = new SimpleStringProperty(this, "asset");
    final ObjectProperty<Double> range = new SimpleObjectProperty<>(this, "range", 0.3);
    /** The latest distributions; null until the first are computed. */
    final ObjectProperty<Distributions> distributions = new SimpleObjectProperty<>(this, "distributions");
    final ObjectProperty<DeskContext.EmptyState> empty = new SimpleObjectProperty<>(this, "empty",
            DeskContext.EmptyState.NONE);

    public ObservableList<String> assets() {
        return assets;
    }

    public StringProperty assetProperty() {
        return asset;
    }

    public ObjectProperty<Double> rangeProperty() {
        return range;
    }

    public ObjectProperty<Distributions> distributionsProperty() {
        return distributions;
    }

    public ObjectProperty<DeskContext.EmptyState> emptyProperty() {
        return empty;
    }
}
