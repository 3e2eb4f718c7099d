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
import com.solvent.app.whatif.LendingScenario.LendingAction;
import com.solvent.model.lending.EModeCategory;

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

    // The selected account is a lending (Aave) account: the desk edits reserves instead of margin inputs.
    final BooleanProperty lending = new SimpleBooleanProperty(this, "lending");
    /** One slider per reserve the lending account holds, oracle move in percent. */
    final ObservableList<AssetMove> reserveMoves = FXCollections.observableArrayList();
    final ObservableList<String> reserveAssets = FXCollections.observableArrayList();
    final ObjectProperty<LendingAction.Kind> actionKind = new SimpleObjectProperty<>(this, "actionKind", LendingAction.Kind.NONE);
    final StringProperty actionAsset = new SimpleStringProperty(this, "actionAsset", "");
    /** Units of {@link #actionAsset}; 0 (or an unreadable amount) means no action. */
    final DoubleProperty actionAmount = new SimpleDoubleProperty(this, "actionAmount");
    final ObservableList<EModeCategory> eModeChoices = FXCollections.observableArrayList();
    /** The e-mode to switch to; null keeps the account's. */
    final ObjectProperty<EModeCategory> eMode = new SimpleObjectProperty<>(this, "eMode");
    final ObjectProperty<LendingDesk.Outcome> lendingOutcome = new SimpleObjectProperty<>(this, "lendingOutcome");

    /** The scenario the inputs describe now. */
    public Scenario scenario() {
        Map<String, Double> moves = new HashMap<>();
        for (AssetMove m : assetMoves) {
            moves.put(m.asset(), m.percent().get());
        }
        return new Scenario(marketMove.get(), moves, Math.max(0, daysForward.get()), settlementChange.get());
    }

    /** The lending scenario the inputs describe now. */
    public LendingScenario lendingScenario() {
        Map<String, Double> moves = new HashMap<>();
        for (AssetMove m : reserveMoves) {
            moves.put(m.asset(), m.percent().get());
        }
        LendingAction.Kind kind = actionKind.get() == null ? LendingAction.Kind.NONE : actionKind.get();
        String asset = actionAsset.get() == null ? "" : actionAsset.get();
        return new LendingScenario(moves, new LendingAction(kind, asset, actionAmount.get()), eMode.get());
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

    public BooleanProperty lendingProperty() {
        return lending;
    }

    public ObservableList<AssetMove> reserveMoves() {
        return reserveMoves;
    }

    public ObjectProperty<LendingAction.Kind> actionKindProperty() {
        return actionKind;
    }

    public StringProperty actionAssetProperty() {
        return actionAsset;
    }

    public DoubleProperty actionAmountProperty() {
        return actionAmount;
    }

    public ObjectProperty<EModeCategory> eModeProperty() {
        return eMode;
    }

    public ObjectProperty<LendingDesk.Outcome> lendingOutcomeProperty() {
        return lendingOutcome;
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
