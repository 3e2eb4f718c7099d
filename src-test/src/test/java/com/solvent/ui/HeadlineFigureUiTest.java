package com.solvent.ui;

import com.solvent.app.controls.HeadlineFigure;
import com.solvent.app.fx.Theme;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A headline figure's new value is shown in full, where a figure laid out afresh shows it, without
 * the window's root being laid out again.
 */
@ExtendWith(ApplicationExtension.class)
class HeadlineFigureUiTest {
    private HeadlineFigure changed;
    private HeadlineFigure fresh;
    private HBox root;
    private FlowPane headlines;

    @Start
    void start(Stage stage) {
        changed = new HeadlineFigure("Equity");
        fresh = new HeadlineFigure("Equity");
        changed.show("$1,000.00", 1_000, false);
        fresh.show("$1,000.00", 1_000, false);
        headlines = new FlowPane(changed, fresh);
        headlines.getStyleClass().add("headlines");
        root = new HBox(new VBox(headlines), new Label("beside"));
        Scene scene = new Scene(root, 800, 300);
        scene.getStylesheets().setAll(Theme.LIGHT.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aNewValueIsShownInFullAtItsPlaceWithoutLayingOutTheWindow(FxRobot robot) {
        AtomicInteger rootLayouts = new AtomicInteger();
        robot.interact(() -> root.needsLayoutProperty().addListener((o, was, needs) -> {
            if (needs) {
                rootLayouts.incrementAndGet();
            }
        }));
        for (String text : new String[] {"-$12,345,678.90", "$7.00", "$1,000.01"}) {
            robot.interact(() -> changed.show(text, text.startsWith("-") ? -1 : 1, false));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(rootLayouts).as("window root laid out for " + text).hasValue(0);
            assertThat(changed.valueText()).isEqualTo(text);
            // The reference: a new figure showing the text, laid out from scratch with its pane.
            robot.interact(() -> {
                HeadlineFigure reference = new HeadlineFigure("Equity");
                reference.show(text, text.startsWith("-") ? -1 : 1, false);
                headlines.getChildren().set(1, reference);
                fresh = reference;
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                Text mine = valueText(changed);
                Text theirs = valueText(fresh);
                assertThat(mine.getText()).as("shown in full").isEqualTo(text).isEqualTo(theirs.getText());
                assertThat(mine.getLayoutX()).isEqualTo(theirs.getLayoutX());
                assertThat(mine.getLayoutY()).isEqualTo(theirs.getLayoutY());
                assertThat(changed.getWidth()).isEqualTo(fresh.getWidth());
                assertThat(changed.getHeight()).isEqualTo(fresh.getHeight());
            });
            rootLayouts.set(0);
        }
    }

    private static Text valueText(HeadlineFigure figure) {
        Label value = (Label) figure.lookup(".value");
        for (Node n : ((Parent) value).getChildrenUnmodifiable()) {
            if (n instanceof Text t) {
                return t;
            }
        }
        throw new AssertionError("no text in the value");
    }
}
