package com.solvent.app.controls;

import com.solvent.app.format.ScreenFormat;
import com.solvent.model.risk.Explanation;
import com.solvent.model.risk.Term;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Renders an {@link Explanation}: the quantity and its value, one line per term (label, value),
 * and the method in words. Terms are in the explained quantity's unit (USD unless it says).
 */
public final class ExplanationPane extends VBox {
    public static final String STYLE_CLASS = "explanation";

    public ExplanationPane(Explanation explanation) {
        getStyleClass().add(STYLE_CLASS);
        Label title = new Label(capitalise(explanation.quantity()) + " = " + ScreenFormat.number(explanation.value()));
        title.getStyleClass().add("explanation-title");
        GridPane terms = new GridPane();
        terms.getStyleClass().add("explanation-terms");
        int row = 0;
        for (Term term : explanation.terms()) {
            Label label = new Label(term.label());
            Label value = new Label(ScreenFormat.number(term.value()));
            value.getStyleClass().add("numeric");
            value.pseudoClassStateChanged(States.NEGATIVE, term.value() < 0);
            terms.addRow(row++, label, value);
        }
        Label method = new Label(explanation.method());
        method.getStyleClass().add("explanation-method");
        method.setWrapText(true);
        method.setMaxWidth(420);
        getChildren().addAll(title, terms, method);
    }

    /** The explanation as plain text (tooltips, copy to clipboard). */
    public static String asText(Explanation explanation) {
        StringBuilder sb = new StringBuilder(capitalise(explanation.quantity()))
                .append(" = ").append(ScreenFormat.number(explanation.value()));
        for (Term term : explanation.terms()) {
            sb.append("\n  ").append(term.label()).append(": ").append(ScreenFormat.number(term.value()));
        }
        if (!explanation.method().isBlank()) {
            sb.append("\n").append(explanation.method());
        }
        return sb.toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
