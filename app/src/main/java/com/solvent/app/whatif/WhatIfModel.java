package com.solvent.app.whatif;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.HashMap;
import java.util.Map;

/** State of the what-if desk: the scenario's inputs and the latest outcome. Properties only. */
public final class WhatIfModel {
    final DoubleProperty marketMove = new SimpleDoubleProperty(this, "marketMove");
    final DoubleProperty daysForward = new SimpleDoubleProperty(this, "daysForward");
    /** Settlement-asset units: positive tops up, negative withdraws. */
    final DoubleProperty settlementChange = new SimpleDoubleProperty(this, "settlementChange");
    final ObservableList<AssetMove> assetMoves = FXCollections.observableArrayList();
    final StringProperty settlementAsset = new SimpleStringProperty(this, "settlementAsset", "USDC");
    final ObjectProperty<WhatIf.Outcome> outcome = new SimpleObjectProperty<>(this, "outcome");
    final BooleanProperty hasAccount = new SimpleBooleanProperty(this, "hasAccount");

    /** The scenario the inputs describe now. */
    public Scenario scenario() {
        Map<String, Double> moves = new HashMap<>();
        for (AssetMove m : assetMoves) {
            moves.put(m.asset(), m.percent().get());
        }
        return new Scenario(marketMove.get(), moves, Math.max(0, daysForward.get()), settlementChange.get());
    }

    public DoubleProperty marketMoveProperty() {
        return marketMove;
    }

    public DoubleProperty daysForwardProperty() {
        return daysForward;
    }

    public DoubleProperty settlementChangeProperty() {
        return settlementChange;
    }

    public ObservableList<AssetMove> assetMoves() {
        return assetMoves;
    }

    public ObjectProperty<WhatIf.Outcome> outcomeProperty() {
        return outcome;
    }

    /**
     * A slider's worth of price move for one asset.
     *
     * @param asset    the asset symbol
     * @param percent  its move in percent
     */
    public record AssetMove(String asset, DoubleProperty percent) {
    }
}
