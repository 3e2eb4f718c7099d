package com.solvent.app.fx;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** State of the main window. Properties only. */
public final class ShellModel {
    /** The newest report, set on the FX thread by the bridge; every view reads from it. */
    final ObjectProperty<LiveRisk> live = new SimpleObjectProperty<>(this, "live");
    final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    /** A message for the user about the workspace (set aside, not saved); empty when none. */
    final StringProperty notice = new SimpleStringProperty(this, "notice", "");
    /** The desk shown: the trader's workstation or the risk desk. */
    final ObjectProperty<Desk> desk = new SimpleObjectProperty<>(this, "desk", Desk.TRADER);

    public ReadOnlyObjectProperty<LiveRisk> liveProperty() {
        return live;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public ObjectProperty<Desk> deskProperty() {
        return desk;
    }
}
