package com.solvent.app.whatif;

import com.solvent.app.controls.States;
import com.solvent.app.format.ScreenFormat;
import com.solvent.app.whatif.LendingScenario.LendingAction;
import com.solvent.model.lending.EModeCategory;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.function.DoubleFunction;
import java.util.function.Function;

/**
 * The desk's inputs and comparison for a lending (Aave) account: an oracle move per reserve, one
 * Pool action (supply, withdraw, borrow, repay) on one reserve, and an e-mode switch; the health
 * factor, margin ratio (1 / health factor), equity, available borrows and each collateral's
 * liquidation price live and under the scenario. Nodes and bindings only.
 */
final class LendingWhatIfView extends VBox {
    static final String AFTER_HEALTH_FACTOR_ID = "what-if-after-health-factor";
    static final String AMOUNT_ID = "what-if-lending-amount";

    private final WhatIfModel model;
    private final VBox reserveSliders = new VBox();
    private final GridPane comparison = new GridPane();
    private final Label refusal = new Label();

    LendingWhatIfView(WhatIfModel model, Function<WhatIfModel.AssetMove, VBox> slider) {
        this.model = model;
        Label pricesTitle = new Label("Oracle price moves");
        pricesTitle.getStyleClass().add("section-title");
        reserveSliders.getStyleClass().add("sliders");
        model.reserveMoves.addListener((ListChangeListener<WhatIfModel.AssetMove>) c ->
                reserveSliders.getChildren().setAll(model.reserveMoves.stream().map(slider).toList()));
        reserveSliders.getChildren().setAll(model.reserveMoves.stream().map(slider).toList());

        Label actionTitle = new Label("Supply, withdraw, borrow, repay");
        actionTitle.getStyleClass().add("section-title");
        ComboBox<LendingAction.Kind> kind = new ComboBox<>();
        kind.getItems().setAll(LendingAction.Kind.values());
        kind.valueProperty().bindBidirectional(model.actionKind);
        kind.setAccessibleText("Action");
        ComboBox<String> asset = new ComboBox<>(model.reserveAssets);
        asset.valueProperty().bindBidirectional(model.actionAsset);
        asset.setPromptText("Reserve");
        asset.setAccessibleText("Reserve");
        TextField amount = amountField();
        HBox action = new HBox(6, kind, asset, amount);
        HBox.setHgrow(amount, Priority.ALWAYS);

        Label eModeLabel = new Label("E-mode");
        ComboBox<EModeCategory> eMode = new ComboBox<>(model.eModeChoices);
        eMode.valueProperty().bindBidirectional(model.eMode);
        eMode.setPromptText("as live");
        eMode.setConverter(new StringConverter<>() {
            @Override
            public String toString(EModeCategory c) {
                return c == null ? "as live" : c.isNone() ? "off" : c.label();
            }

            @Override
            public EModeCategory fromString(String s) {
                return null;
            }
        });
        eModeLabel.setLabelFor(eMode);

        refusal.setId(WhatIfView.REFUSAL_ID + "-lending");
        refusal.getStyleClass().add("input-error");
        refusal.setWrapText(true);
        refusal.managedProperty().bind(refusal.visibleProperty());
        comparison.getStyleClass().add("comparison");

        getChildren().addAll(pricesTitle, reserveSliders, actionTitle, action, new HBox(6, eModeLabel, eMode),
                refusal, comparison);
        model.lendingOutcome.addListener((o, a, b) -> showOutcome(b));
        showOutcome(model.lendingOutcome.get());
    }

    /** Units of the chosen reserve; anything unreadable is named as the amount and counts as no action. */
    private TextField amountField() {
        TextField amount = new TextField();
        amount.setId(AMOUNT_ID);
        amount.setPromptText("amount (units)");
        amount.setAccessibleText("Amount in units of the reserve");
        amount.textProperty().addListener((o, a, text) -> {
            String t = text.strip().replace(",", "");
            double units = 0;
            boolean bad = false;
            if (!t.isEmpty()) {
                try {
                    units = Double.parseDouble(t);
                    bad = !(units >= 0) || Double.isInfinite(units);
                } catch (NumberFormatException e) {
                    bad = true;
                }
            }
            amount.pseudoClassStateChanged(States.INVALID, bad);
            amount.setTooltip(bad ? new javafx.scene.control.Tooltip("amount: a number of units, >= 0") : null);
            model.actionAmount.set(bad ? 0 : units);
        });
        model.actionAmount.addListener((o, a, b) -> {
            if (b.doubleValue() == 0 && !amount.getText().isBlank() && !amount.getPseudoClassStates().contains(States.INVALID)) {
                amount.clear();
            }
        });
        return amount;
    }

    private void showOutcome(LendingDesk.Outcome outcome) {
        comparison.getChildren().clear();
        refusal.setVisible(outcome != null && !outcome.refusal().isEmpty());
        refusal.setText(outcome == null ? "" : outcome.refusal());
        if (outcome == null) {
            return;
        }
        comparison.addRow(0, header(""), header("Live"), header("What-if"), header("Change"));
        LendingFigures before = outcome.before();
        LendingFigures after = outcome.after();
        DoubleFunction<String> whole = ScreenFormat::whole;
        DoubleFunction<String> signedWhole = v -> (v > 0 ? "+" : "") + ScreenFormat.whole(v);
        int row = 1;
        row = figure(row, "Health factor", healthFactor(before), after == null ? null : healthFactor(after),
                LendingWhatIfView::healthFactorText, v -> String.format(Locale.ROOT, "%+.3f", v), AFTER_HEALTH_FACTOR_ID);
        row = figure(row, "Margin ratio", before.marginRatio(), after == null ? null : after.marginRatio(),
                ScreenFormat::percent, ScreenFormat::signedPercentPoints100, WhatIfView.AFTER_RATIO_ID);
        row = figure(row, "Equity USD", before.equity(), after == null ? null : after.equity(), whole, signedWhole, null);
        row = figure(row, "Avail. borrows USD", before.availableBorrows(), after == null ? null : after.availableBorrows(),
                whole, signedWhole, null);
        TreeSet<String> collateral = new TreeSet<>(before.liquidationPrices().keySet());
        if (after != null) {
            collateral.addAll(after.liquidationPrices().keySet());
        }
        for (String asset : collateral) {
            Double b = before.liquidationPrices().get(asset);
            Double a = after == null ? null : after.liquidationPrices().get(asset);
            // Without the unit in the cells (the desk is narrow); the row name says USD.
            row = figure(row, "Liq. " + asset + " USD", b == null ? Double.NaN : b, a, ScreenFormat::plainPrice,
                    v -> (v > 0 ? "+" : "") + ScreenFormat.plainPrice(v), null);
        }
    }

    /** Infinity stands for "owes nothing" on screen only; the figures keep it as an empty optional. */
    private static double healthFactor(LendingFigures f) {
        OptionalDouble hf = f.healthFactor();
        return hf.isPresent() ? hf.getAsDouble() : Double.POSITIVE_INFINITY;
    }

    private static String healthFactorText(double hf) {
        return Double.isInfinite(hf) ? "∞ (no debt)" : String.format(Locale.ROOT, "%.3f", hf);
    }

    /** A row; NaN marks a figure that does not exist (no liquidation price) and shows as missing. */
    private int figure(int row, String name, double before, Double after, DoubleFunction<String> format,
                       DoubleFunction<String> difference, String afterId) {
        Label live = number(Double.isNaN(before) ? ScreenFormat.MISSING : format.apply(before));
        boolean missingAfter = after == null || after.isNaN();
        Label scenario = number(missingAfter ? ScreenFormat.MISSING : format.apply(after));
        double delta = missingAfter || Double.isNaN(before) ? 0 : after - before;
        boolean comparable = Double.isFinite(delta);
        boolean differs = comparable ? Math.abs(delta) > 1e-9 * Math.max(1, Math.abs(before))
                : !String.valueOf(before).equals(String.valueOf(after));
        if (after != null && (Double.isNaN(before) != after.isNaN())) {
            differs = true;
        }
        Label change = number(differs && comparable && delta != 0 ? difference.apply(delta) : differs ? "changed" : "");
        scenario.pseudoClassStateChanged(States.CHANGED, differs);
        change.pseudoClassStateChanged(States.NEGATIVE, differs && isWorse(name, delta));
        if (afterId != null) {
            scenario.setId(afterId);
        }
        Label label = new Label(name);
        label.setMinWidth(Region.USE_PREF_SIZE);
        comparison.addRow(row, label, live, scenario, change);
        return row + 1;
    }

    /** A lower health factor, equity or available borrows is worse; a higher margin ratio is. */
    private static boolean isWorse(String name, double delta) {
        if (name.startsWith("Liq. ")) {
            return false;
        }
        return name.equals("Margin ratio") ? delta > 0 : delta < 0;
    }

    private static Label number(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("numeric");
        label.setMaxWidth(Double.MAX_VALUE);
        // Never "…": a figure is shown whole or the row names are what give way.
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("column-title");
        if (!text.isEmpty()) {
            label.getStyleClass().add("numeric"); // over right-aligned figures
        }
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
