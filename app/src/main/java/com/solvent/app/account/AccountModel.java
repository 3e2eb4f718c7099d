package com.solvent.app.account;

import com.solvent.app.fx.PositionSummary;
import com.solvent.app.watchlist.WatchedAccount;
import com.solvent.model.risk.AccountRisk;
import com.solvent.app.history.RiskHistory;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the account view: which account, its latest figures and table rows. Properties only. */
public final class AccountModel {
    final ObjectProperty<WatchedAccount> account = new SimpleObjectProperty<>(this, "account");
    /** The latest figures; null when the account has none (see {@link #problem}). */
    final ObjectProperty<AccountRisk> risk = new SimpleObjectProperty<>(this, "risk");
    /** Sums over {@link #risk}'s positions, from its report; set before it. Null: computed from it when shown. */
    final ObjectProperty<PositionSummary> positionSummary = new SimpleObjectProperty<>(this, "positionSummary");
    /** Why there are no figures: no selection, not found, or the engine's failure reason. */
    final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    final ObservableList<CollateralLine> collateral = FXCollections.observableArrayList();
    /** One row per position, kept from block to block (see {@link PositionRows}). */
    final ObservableList<PositionRow> positions = FXCollections.observableArrayList();
    /** Puts each block's positions on {@link #positions}. */
    final PositionRows positionRows = new PositionRows(positions);
    /** Set while the connection is not live: the figures are the last good block's and getting older. */
    final StringProperty connectionNote = new SimpleStringProperty(this, "connectionNote", "");
    /** The selected account's recorded margin ratio and equity per block; null when none. */
    final ObjectProperty<RiskHistory> history = new SimpleObjectProperty<>(this, "history");
    /** Whether the selected account was liquidatable while watched and is now empty. */
    final javafx.beans.property.BooleanProperty liquidated = new javafx.beans.property.SimpleBooleanProperty(this,
            "liquidated");
    final DoubleProperty warningLevel = new SimpleDoubleProperty(this, "warningLevel", 0.8);

    public ObjectProperty<WatchedAccount> accountProperty() {
        return account;
    }

    public ObjectProperty<AccountRisk> riskProperty() {
        return risk;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public ObservableList<CollateralLine> collateral() {
        return collateral;
    }

    public ObservableList<PositionRow> positions() {
        return positions;
    }

    public DoubleProperty warningLevelProperty() {
        return warningLevel;
    }
}
