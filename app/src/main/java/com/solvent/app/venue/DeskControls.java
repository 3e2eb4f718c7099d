package com.solvent.app.venue;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

import java.util.function.DoubleFunction;

/** The small pieces every desk view's header and form are made of, built one way. */
public final class DeskControls {
    private DeskControls() {
    }

    /** A muted caption beside a field, never shortened. */
    public static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-caption");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    public static Button button(String text, Ikon icon, String id, Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        if (id != null) {
            button.setId(id);
        }
        button.setOnAction(e -> action.run());
        return button;
    }

    /** "CSV…" / "JSON…" and the like. */
    public static Button exportButton(String text, Runnable action) {
        Button button = button(text, MaterialDesignF.FILE_EXPORT_OUTLINE, null, action);
        button.setTooltip(new Tooltip("Export as shown"));
        return button;
    }

    /** Cancels {@code job}; enabled while it runs. */
    public static Button cancelButton(DeskJob job, String id) {
        Button cancel = button("Cancel", MaterialDesignC.CLOSE_CIRCLE_OUTLINE, id, job::cancel);
        cancel.disableProperty().bind(job.runningProperty().not());
        return cancel;
    }

    /** {@code job}'s progress (while it runs) and its last message. */
    public static HBox jobStatus(DeskJob job) {
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(job.progressProperty());
        progress.visibleProperty().bind(job.runningProperty());
        progress.managedProperty().bind(job.runningProperty());
        Label message = new Label();
        message.getStyleClass().add("job-message");
        message.textProperty().bind(job.messageProperty());
        HBox status = new HBox(progress, message);
        status.getStyleClass().add("form-row");
        return status;
    }

    /** Grows to push what follows to the right. */
    public static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    /** Axis tick labels in the screen's format. */
    public static StringConverter<Number> ticks(DoubleFunction<String> format) {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return format.apply(n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                throw new UnsupportedOperationException("tick labels are not read back");
            }
        };
    }
}
