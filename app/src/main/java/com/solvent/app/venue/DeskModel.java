package com.solvent.app.venue;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** State of the risk desk as a whole: the latest ranking, whether there is a venue, the last message. Properties only. */
public final class DeskModel {
    /** The newest evaluation of the venue, set on the FX thread; null until the first. */
    final ObjectProperty<VenueRanking> ranking = new SimpleObjectProperty<>(this, "ranking");
    final ObjectProperty<DeskAvailability> availability = new SimpleObjectProperty<>(this, "availability",
            DeskAvailability.OPENING);
    /** The session's one-line description. */
    final StringProperty session = new SimpleStringProperty(this, "session", "");
    /** Why the session has no venue scan, when it says; empty for the general reason. */
    final StringProperty whyNoVenue = new SimpleStringProperty(this, "whyNoVenue", "");
    /** The outcome of the last export, until dismissed; empty when none. */
    final StringProperty message = new SimpleStringProperty(this, "message", "");

    public ObjectProperty<VenueRanking> rankingProperty() {
        return ranking;
    }

    public ObjectProperty<DeskAvailability> availabilityProperty() {
        return availability;
    }

    public StringProperty sessionProperty() {
        return session;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
