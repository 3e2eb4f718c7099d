package com.solvent.app.status;

import com.solvent.app.fx.ConnectionState;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the status bar. Properties only. */
public final class StatusModel {
    final StringProperty chain = new SimpleStringProperty(this, "chain", "");
    final LongProperty block = new SimpleLongProperty(this, "block");
    final LongProperty latencyMillis = new SimpleLongProperty(this, "latencyMillis", -1);
    final ObjectProperty<ConnectionState> connection = new SimpleObjectProperty<>(this, "connection");
    /** Why the connection is not CONNECTED (reconnect reason, blocks behind); empty when it is. */
    final StringProperty detail = new SimpleStringProperty(this, "detail", "");
    final StringProperty policy = new SimpleStringProperty(this, "policy", "");
    final ObservableList<FeedLine> feeds = FXCollections.observableArrayList();

    public StringProperty chainProperty() {
        return chain;
    }

    public LongProperty blockProperty() {
        return block;
    }

    public LongProperty latencyMillisProperty() {
        return latencyMillis;
    }

    public ObjectProperty<ConnectionState> connectionProperty() {
        return connection;
    }

    public StringProperty detailProperty() {
        return detail;
    }

    public StringProperty policyProperty() {
        return policy;
    }

    public ObservableList<FeedLine> feeds() {
        return feeds;
    }
}
