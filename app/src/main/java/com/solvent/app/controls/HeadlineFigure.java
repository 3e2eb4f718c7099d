package com.solvent.app.controls;

import com.solvent.model.risk.Explanation;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.PopOver;

/**
 * A headline number of an account (equity, maintenance requirement, ...) with its caption.
 * Hovering shows the {@link Explanation} as a tooltip; a click, or Enter/Space when focused,
 * opens it as a pop-over that stays until dismissed. The value may be a plain text or any node
 * (the margin ratio bar).
 */
public final class HeadlineFigure extends VBox {
    public static final String STYLE_CLASS = "headline-figure";

    private final Label caption = new Label();
    private final Label value = new Label();
    private final ObjectProperty<Explanation> explanation = new SimpleObjectProperty<>(this, "explanation");
    private final Tooltip tooltip = new Tooltip();
    private PopOver popOver;
    private double lastNumber = Double.NaN;
    private boolean shownUncertain;
    /** False while the superclass constructors run (they may request layout before the fields exist). */
    private final boolean constructed;

    public HeadlineFigure(String captionText) {
        getStyleClass().add(STYLE_CLASS);
        caption.setText(captionText);
        caption.getStyleClass().add("caption");
        value.getStyleClass().addAll("value", "numeric");
        getChildren().addAll(caption, value);
        constructed = true;
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.BUTTON);
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setShowDuration(Duration.seconds(30));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(480);
        // The explanation changes at every block; its text is built only when the tooltip shows.
        tooltip.setOnShowing(e -> {
            Explanation shown = explanation.get();
            tooltip.setText(shown == null || shown == Explanation.OMITTED ? "" : ExplanationPane.asText(shown));
        });
        explanation.addListener((o, a, b) -> {
            boolean had = a != null && a != Explanation.OMITTED;
            boolean has = b != null && b != Explanation.OMITTED;
            if (had && !has) {
                Tooltip.uninstall(this, tooltip);
            } else if (has && !had) {
                Tooltip.install(this, tooltip);
            }
        });
        setOnMouseClicked(e -> showExplanation());
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                showExplanation();
                e.consume();
            }
        });
    }

    /** Replaces the value node (e.g. with a {@link MarginRatioBar}); the caption stays. */
    public void setValueNode(Node node) {
        getChildren().set(1, node);
    }

    /** Shows {@code text} for {@code number}, flashing when the number changed. */
    public void show(String text, double number, boolean uncertain) {
        boolean textChanged = !text.equals(value.getText());
        value.setText(text);
        value.pseudoClassStateChanged(States.UNCERTAIN, uncertain);
        value.pseudoClassStateChanged(States.NEGATIVE, number < 0);
        // Flashes when what the trader reads changed, not for a move below the shown precision.
        if (textChanged) {
            Flash.flashIfChanged(value, lastNumber, number);
        }
        lastNumber = number;
        if (textChanged || uncertain != shownUncertain) {
            setAccessibleText(caption.getText() + " " + text + (uncertain ? ", uncertain" : ""));
        }
        shownUncertain = uncertain;
    }

    /**
     * A layout request from the value (a new text at every block, a flash's background starting
     * or ending) lays out this figure only when the figure's size stays the same. Why: it went up
     * through the headlines to the window's root, which then asked every pane of the window for
     * its size at every block. The figure's width is the stylesheet's (fixed) and a new text in
     * the same font keeps its height, so the panes around it need nothing new; a figure without a
     * fixed width, or whose height changes (another font, a wrapped line), asks them as before.
     */
    @Override
    public void requestLayout() {
        if (constructed && getPrefWidth() != USE_COMPUTED_SIZE && getScene() != null
                && computePrefHeight(-1) == prefHeight(-1)) {
            setNeedsLayout(true);
        } else {
            super.requestLayout();
        }
    }

    public void clear() {
        value.setText("—");
        lastNumber = Double.NaN;
        explanation.set(null);
    }

    public String valueText() {
        return value.getText();
    }

    public ObjectProperty<Explanation> explanationProperty() {
        return explanation;
    }

    private void showExplanation() {
        Explanation shown = explanation.get();
        if (shown == null || shown == Explanation.OMITTED || getScene() == null) {
            return;
        }
        if (popOver != null) {
            popOver.hide();
        }
        popOver = new PopOver(new ExplanationPane(shown));
        popOver.setArrowLocation(PopOver.ArrowLocation.TOP_CENTER);
        popOver.setDetachable(false);
        popOver.getRoot().getStylesheets().setAll(getScene().getStylesheets());
        popOver.show(this);
        requestFocus();
    }
}
