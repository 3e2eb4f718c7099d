package com.solvent.ui;

import com.solvent.app.controls.HeadlineFigure;
import com.solvent.app.fx.Theme;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A headline figure's new value is shown in full, where a figure laid out afresh shows it, without
 * the window's root being laid out again; a changed value flashes in the theme's colours.
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
            showFresh(robot, text);
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

    @Test
    void aFigureWhoseFontGrowsGrowsWithItAndShowsItsNextValuesAsANewFigureDoes(FxRobot robot) {
        for (String text : new String[] {"$2,000.00", "$3,000.00"}) {
            robot.interact(() -> changed.show(text, 1, false));
            WaitForAsyncUtils.waitForFxEvents();
        }
        double[] before = new double[1];
        robot.interact(() -> before[0] = changed.getHeight());
        // A stylesheet with larger figures (as a theme or a zoom may bring), then new values.
        robot.interact(() -> root.getScene().getStylesheets().add("data:text/css;base64," + java.util.Base64.getEncoder()
                .encodeToString(".headline-figure .value { -fx-font-size: 40px; }".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        WaitForAsyncUtils.waitForFxEvents();
        for (String text : new String[] {"$4,000.00", "-$5,000.00"}) {
            robot.interact(() -> changed.show(text, text.startsWith("-") ? -1 : 1, false));
            WaitForAsyncUtils.waitForFxEvents();
            showFresh(robot, text);
            robot.interact(() -> {
                assertThat(changed.getHeight()).as("taller than before").isGreaterThan(before[0]);
                assertThat(changed.getHeight()).isEqualTo(fresh.getHeight());
                assertThat(valueText(changed).getText()).isEqualTo(valueText(fresh).getText());
                assertThat(valueText(changed).getLayoutX()).isEqualTo(valueText(fresh).getLayoutX());
                assertThat(valueText(changed).getLayoutY()).isEqualTo(valueText(fresh).getLayoutY());
            });
        }
    }

    @Test
    void aChangedValueFlashesInTheThemesColourEachWayThenFades(FxRobot robot) throws Exception {
        Label[] found = new Label[2];
        robot.interact(() -> {
            found[0] = (Label) changed.lookup(".value");
            found[1] = (Label) fresh.lookup(".value");
        });
        Label value = found[0];
        robot.interact(() -> changed.show("$1,000.00", 1_000, false));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> value.getBackground() == null);

        robot.interact(() -> changed.show("$1,100.00", 1_100, false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fill(value)).as("light.css: -solvent-flash-up").isEqualTo(Color.web("#0072B233"));
        robot.interact(() -> changed.show("$900.00", 900, false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fill(value)).as("light.css: -solvent-flash-down").isEqualTo(Color.web("#D55E0033"));
        robot.interact(() -> changed.show("$900.00", 900.000_001, false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fill(value)).as("the same text does not flash again").isEqualTo(Color.web("#D55E0033"));

        robot.interact(() -> root.getScene().getStylesheets().setAll(Theme.DARK.stylesheets()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> changed.show("$950.00", 950, false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fill(value)).as("dark.css: -solvent-flash-up").isEqualTo(Color.web("#56B4E944"));

        // The flash ends by itself (no test clock: waits for it, whatever the machine's speed).
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> value.getBackground() == null);
        assertThat(found[1].getBackground()).as("an unchanged figure does not flash").isNull();
    }

    private static Color fill(Label value) {
        Background background = value.getBackground();
        assertThat(background).as("a flash is painted").isNotNull();
        return (Color) background.getFills().getFirst().getFill();
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

    /** The reference: a new figure showing {@code text}, laid out from scratch with its pane. */
    private void showFresh(FxRobot robot, String text) {
        robot.interact(() -> {
            HeadlineFigure reference = new HeadlineFigure("Equity");
            reference.show(text, text.startsWith("-") ? -1 : 1, false);
            headlines.getChildren().set(1, reference);
            fresh = reference;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
