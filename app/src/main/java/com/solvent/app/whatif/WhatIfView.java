package com.solvent.app.whatif;

import com.solvent.app.controls.HealthBadge;
import com.solvent.app.controls.States;
import com.solvent.app.format.ScreenFormat;
import com.solvent.model.risk.AccountFailure;
import com.solvent.model.risk.AccountResult;
import com.solvent.model.risk.AccountRisk;
import javafx.beans.property.DoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;

/**
 * The what-if desk: sliders for price moves and time, a top-up/withdrawal amount, and the
 * account's figures live and under the scenario side by side, differences highlighted.
 * Nodes and bindings only.
 */
public final class WhatIfView extends VBox {
    public static final String STYLE_CLASS = "what-if";
    public static final String REFUSAL_ID = "what-if-refusal";
    public static final String AFTER_RATIO_ID = "what-if-after-ratio";

    private final WhatIfModel model;
    private final VBox assetSliders = new VBox();
    private final GridPane comparison = new GridPane();
    private final Label refusal = new Label();
    private final HealthBadge healthBefore = new HealthBadge();
    private final HealthBadge healthAfter = new HealthBadge();

    WhatIfView(WhatIfModel model, WhatIfController controller) {
        this.model = model;
        getStyleClass().addAll(STYLE_CLASS, "pane");
        Label title = new Label("What-if");
        title.getStyleClass().add("pane-title");

        Label pricesTitle = new Label("Price moves");
        pricesTitle.getStyleClass().add("section-title");
        assetSliders.getStyleClass().add("sliders");
        model.assetMoves.addListener((ListChangeListener<WhatIfModel.AssetMove>) c -> showAssetSliders());
        showAssetSliders();

        Label timeTitle = new Label("Time and collateral");
        timeTitle.getStyleClass().add("section-title");
        VBox days = slider("Days forward", model.daysForward, 0, 30, v -> String.format(Locale.ROOT, "%.1f d", v));
        Spinner<Double> amount = new Spinner<>();
        SpinnerValueFactory.DoubleSpinnerValueFactory factory =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(-10_000_000, 10_000_000, 0, 1_000);
        amount.setValueFactory(factory);
        amount.setEditable(true);
        amount.setMaxWidth(Double.MAX_VALUE);
        factory.valueProperty().addListener((o, a, b) -> model.settlementChange.set(b == null ? 0 : b));
        model.settlementChange.addListener((o, a, b) -> factory.setValue(b.doubleValue()));
        Label amountLabel = new Label();
        amountLabel.textProperty().bind(model.settlementAsset.map(s -> "Top up (+) / withdraw (−), " + s));
        amountLabel.setLabelFor(amount);

        Button reset = new Button("_Reset to live", new FontIcon(MaterialDesignR.RESTORE));
        reset.setMnemonicParsing(true);
        reset.setTooltip(new javafx.scene.control.Tooltip("Back to the live figures (Alt+R, or Escape in the desk)"));
        reset.setOnAction(e -> controller.reset());
        // Escape anywhere in the desk undoes the scenario, as it cancels edits elsewhere.
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                controller.reset();
                e.consume();
            }
        });

        refusal.setId(REFUSAL_ID);
        refusal.getStyleClass().add("input-error");
        refusal.setWrapText(true);
        refusal.managedProperty().bind(refusal.visibleProperty());

        comparison.getStyleClass().add("comparison");
        Label noAccount = new Label("Select an evaluated account to try a scenario.");
        noAccount.getStyleClass().add("empty-state");
        noAccount.setWrapText(true);
        noAccount.visibleProperty().bind(model.hasAccount.not());
        noAccount.managedProperty().bind(noAccount.visibleProperty());

        VBox.setVgrow(comparison, Priority.NEVER);
        VBox margin = new VBox(pricesTitle, slider("Whole market", model.marketMove, -50, 50, ScreenFormat::signedPercentPoints),
                assetSliders, timeTitle, days, amountLabel, amount);
        margin.visibleProperty().bind(model.lending.not());
        margin.managedProperty().bind(margin.visibleProperty());
        // An Aave account has no margin inputs: its desk moves oracle prices and tries Pool actions instead.
        LendingWhatIfView lending = new LendingWhatIfView(model,
                m -> slider(m.asset(), m.percent(), -80, 80, ScreenFormat::signedPercentPoints));
        lending.visibleProperty().bind(model.lending.and(model.hasAccount));
        lending.managedProperty().bind(lending.visibleProperty());
        comparison.visibleProperty().bind(model.hasAccount.and(model.lending.not()));
        comparison.managedProperty().bind(comparison.visibleProperty());
        getChildren().addAll(title, margin, lending, reset, refusal, noAccount, comparison);
        model.outcome.addListener((o, a, b) -> showOutcome(b));
        showOutcome(model.outcome.get());
    }

    private void showAssetSliders() {
        assetSliders.getChildren().setAll(model.assetMoves.stream()
                .map(m -> slider(m.asset(), m.percent(), -50, 50, ScreenFormat::signedPercentPoints)).toList());
    }

    private static VBox slider(String name, DoubleProperty value, double min, double max, DoubleFunction<String> format) {
        Label label = new Label();
        label.textProperty().bind(value.map(v -> name + "  " + format.apply(v.doubleValue())));
        Slider slider = new Slider(min, max, value.get());
        slider.setBlockIncrement(1);
        slider.setMajorTickUnit((max - min) / 4);
        slider.setShowTickMarks(true);
        slider.valueProperty().bindBidirectional(value);
        slider.setAccessibleText(name);
        label.setLabelFor(slider);
        VBox box = new VBox(label, slider);
        box.getStyleClass().add("slider-row");
        return box;
    }

    private void showOutcome(WhatIf.Outcome outcome) {
        comparison.getChildren().clear();
        refusal.setVisible(outcome != null && !outcome.refusal().isEmpty());
        refusal.setText(outcome == null ? "" : outcome.refusal());
        if (outcome == null) {
            return;
        }
        comparison.addRow(0, header(""), header("Live"), header("What-if"), header("Change"));
        AccountRisk before = outcome.before() instanceof AccountRisk r ? r : null;
        AccountRisk after = outcome.after() instanceof AccountRisk r ? r : null;
        if (before == null) {
            comparison.addRow(1, new Label(reason(outcome.before())));
            return;
        }
        int row = 1;
        // USD figures without the unit here: the column is narrow and the row names say "USD".
        DoubleFunction<String> whole = ScreenFormat::whole;
        DoubleFunction<String> signedWhole = v -> (v > 0 ? "+" : "") + ScreenFormat.whole(v);
        row = figure(row, "Equity USD", before, after, AccountRisk::equity, whole, signedWhole);
        row = figure(row, "Margin ratio", before, after, AccountRisk::marginRatio, ScreenFormat::percent,
                ScreenFormat::signedPercentPoints100);
        row = figure(row, "Maint. USD", before, after, AccountRisk::maintenanceRequirement, whole, signedWhole);
        row = figure(row, "Free USD", before, after, AccountRisk::freeCollateral, whole, signedWhole);
        healthBefore.setMinWidth(Region.USE_PREF_SIZE);
        healthAfter.setMinWidth(Region.USE_PREF_SIZE);
        healthBefore.show(before.health(), before.uncertain());
        healthAfter.show(after == null ? null : after.health(), after != null && after.uncertain());
        Label changed = new Label(after != null && after.health() != before.health() ? "changed" : "");
        healthAfter.pseudoClassStateChanged(States.CHANGED, after != null && after.health() != before.health());
        Label health = new Label("Health");
        health.setMinWidth(Region.USE_PREF_SIZE);
        comparison.addRow(row, health, healthBefore, healthAfter, changed);
    }

    private int figure(int row, String name, AccountRisk before, AccountRisk after, ToDoubleFunction<AccountRisk> value,
                       DoubleFunction<String> format, DoubleFunction<String> difference) {
        double b = value.applyAsDouble(before);
        Label live = number(format.apply(b));
        Label scenario = number(after == null ? ScreenFormat.MISSING : format.apply(value.applyAsDouble(after)));
        double delta = after == null ? 0 : value.applyAsDouble(after) - b;
        boolean differs = Math.abs(delta) > 1e-9 * Math.max(1, Math.abs(b));
        Label change = number(differs ? difference.apply(delta) : "");
        scenario.pseudoClassStateChanged(States.CHANGED, differs);
        // Red for a change for the worse: a higher margin ratio or requirement, less equity or free collateral.
        boolean higherIsWorse = name.equals("Margin ratio") || name.startsWith("Maint.");
        change.pseudoClassStateChanged(States.NEGATIVE, differs && (higherIsWorse ? delta > 0 : delta < 0));
        if (name.equals("Margin ratio")) {
            scenario.setId(AFTER_RATIO_ID);
        }
        Label label = new Label(name);
        label.setMinWidth(Region.USE_PREF_SIZE);
        comparison.addRow(row, label, live, scenario, change);
        return row + 1;
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

    private static String reason(AccountResult result) {
        return result instanceof AccountFailure f ? f.reason() : "";
    }
}
