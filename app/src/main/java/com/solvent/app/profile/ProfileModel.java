package com.solvent.app.profile;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the risk profile chart. Properties only. */
public final class ProfileModel {
    /** Days forward the user can compare against today. */
    public static final ObservableList<Integer> HORIZONS = FXCollections.unmodifiableObservableList(
            FXCollections.observableArrayList(0, 1, 7, 30, 90));

    /** Assets whose price can be swept (the markets' underlyings). */
    final ObservableList<String> assets = FXCollections.observableArrayList();
    final StringProperty asset = new SimpleStringProperty(this, "asset");
    /** Days after today of the second curve; 0 shows today only. */
    final ObjectProperty<Integer> horizonDays = new SimpleObjectProperty<>(this, "horizonDays", 0);
    final ObjectProperty<ProfileCurves> curves = new SimpleObjectProperty<>(this, "curves", ProfileCurves.NONE);
    /** The live price of the swept asset, USD; NaN when unknown. */
    final DoubleProperty livePrice = new SimpleDoubleProperty(this, "livePrice", Double.NaN);

    public ObservableList<String> assets() {
        return assets;
    }

    public StringProperty assetProperty() {
        return asset;
    }

    public ObjectProperty<Integer> horizonDaysProperty() {
        return horizonDays;
    }

    public ObjectProperty<ProfileCurves> curvesProperty() {
        return curves;
    }
}
