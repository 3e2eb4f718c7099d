package com.solvent.app.profile;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/** State of the risk profile chart. Properties only. */
public final class ProfileModel {
    /** Assets whose price can be swept (the markets' underlyings). */
    final ObservableList<String> assets = FXCollections.observableArrayList();
    final StringProperty asset = new SimpleStringProperty(this, "asset");
    final ObjectProperty<List<RiskProfile.Point>> points = new SimpleObjectProperty<>(this, "points", List.of());
    /** The live price of the swept asset, USD; NaN when unknown. */
    final ObjectProperty<Double> livePrice = new SimpleObjectProperty<>(this, "livePrice", Double.NaN);

    public ObservableList<String> assets() {
        return assets;
    }

    public StringProperty assetProperty() {
        return asset;
    }

    public ObjectProperty<List<RiskProfile.Point>> pointsProperty() {
        return points;
    }
}
