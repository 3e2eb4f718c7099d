package com.solvent.app.alerts;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the alerts: the threshold, whether to pop up notifications, and the log. Properties only. */
public final class AlertsModel {
    /** Alert level on the margin ratio, a fraction (0.8 = 80 %). */
    final DoubleProperty threshold = new SimpleDoubleProperty(this, "threshold", AlertRule.DEFAULT.threshold());
    /** Alert distance of the nearest liquidation price from the mark, a fraction (0.05 = 5 %). */
    final DoubleProperty distance = new SimpleDoubleProperty(this, "distance", DistanceRule.DEFAULT.threshold());
    final BooleanProperty notify = new SimpleBooleanProperty(this, "notify", true);
    /** Raised alerts, newest first. */
    final ObservableList<Alert> log = FXCollections.observableArrayList();

    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    public DoubleProperty distanceProperty() {
        return distance;
    }

    public BooleanProperty notifyProperty() {
        return notify;
    }

    public ObservableList<Alert> log() {
        return log;
    }
}
