package com.solvent.app.venue;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * A desk view's designed empty state: a spinner while work is under way, a title and a line of
 * detail, and an optional action (e.g. "Clear filters"). Nodes and bindings only.
 */
public final class EmptyStatePane extends VBox {
    public static final String STYLE_CLASS = "desk-empty";
    public static final String TITLE_CLASS = "desk-empty-title";

    private final Button action = new Button();

    public EmptyStatePane(ObservableValue<DeskContext.EmptyState> state) {
        getStyleClass().add(STYLE_CLASS);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("desk-spinner");
        Label title = new Label();
        title.getStyleClass().addAll("empty-state", TITLE_CLASS);
        title.setGraphic(new FontIcon(MaterialDesignR.RADAR));
        title.setWrapText(true);
        Label detail = new Label();
        detail.getStyleClass().add("desk-empty-detail");
        detail.setWrapText(true);
        action.setVisible(false);
        action.setManaged(false);
        getChildren().addAll(spinner, title, detail, action);
        state.subscribe(s -> {
            DeskContext.EmptyState shown = s == null ? DeskContext.EmptyState.NONE : s;
            title.setText(shown.title());
            detail.setText(shown.detail());
            spinner.setVisible(shown.working());
            spinner.setManaged(shown.working());
        });
    }

    /** Adds a button to the empty state, shown while {@code when} is true. */
    public EmptyStatePane withAction(String text, Runnable onAction, ObservableValue<Boolean> when) {
        action.setText(text);
        action.setOnAction(e -> onAction.run());
        when.subscribe(v -> {
            action.setVisible(Boolean.TRUE.equals(v));
            action.setManaged(Boolean.TRUE.equals(v));
        });
        return this;
    }
}
