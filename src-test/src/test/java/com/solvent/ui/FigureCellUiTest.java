package com.solvent.ui;

import com.solvent.app.controls.FigureNumberCell;
import com.solvent.app.controls.RowFigureCell;
import com.solvent.app.fx.Theme;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Background;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figure cells of the positions, collateral and watchlist tables: their shorter layout path
 * places text exactly where the table's default cell does, and a changed number flashes in the
 * theme's colour and then fades.
 */
@ExtendWith(ApplicationExtension.class)
class FigureCellUiTest {
    /** A row whose figure (here a text or a number) is replaced in place, as positions are. */
    static final class Line {
        final ReadOnlyObjectWrapper<String> text = new ReadOnlyObjectWrapper<>();
        final ReadOnlyObjectWrapper<Double> number = new ReadOnlyObjectWrapper<>();

        Line(String text, double number) {
            this.text.set(text);
            this.number.set(number);
        }

        ObservableValue<String> textProperty() {
            return text.getReadOnlyProperty();
        }

        ObservableValue<Double> numberProperty() {
            return number.getReadOnlyProperty();
        }
    }

    private static final List<String> TEXTS = List.of("ETH-PERP", "1,758,577.08", "+12.34%  2.31 σ", "0.00", "-0.04",
            "now", "a text far too long for its column, cut with an ellipsis", "Long", "", "+1,365.50%  +76.71 σ");

    private TableView<Line> table;
    private Scene scene;

    @Start
    void start(Stage stage) {
        table = new TableView<>(FXCollections.observableArrayList(TEXTS.stream().map(t -> new Line(t, 100)).toList()));
        table.setFixedCellSize(28);
        table.getColumns().add(textColumn("fast left", false));
        table.getColumns().add(defaultColumn("default left", false));
        table.getColumns().add(textColumn("fast right", true));
        table.getColumns().add(defaultColumn("default right", true));
        TableColumn<Line, Line> number = new TableColumn<>("number");
        number.setCellValueFactory(RowFigureCell.rowItself());
        number.setCellFactory(c -> new FigureNumberCell<Line, Double>(Line::numberProperty, d -> d, d -> String.format("%.2f", d),
                d -> false));
        number.setPrefWidth(90);
        table.getColumns().add(number);
        scene = new Scene(table, 700, 400);
        scene.getStylesheets().setAll(Theme.LIGHT.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    private static TableColumn<Line, Line> textColumn(String title, boolean numeric) {
        TableColumn<Line, Line> column = new TableColumn<>(title);
        column.setCellValueFactory(RowFigureCell.rowItself());
        column.setCellFactory(c -> {
            RowFigureCell<Line, String> cell = RowFigureCell.text(Line::textProperty, (line, text) -> text);
            if (numeric) {
                cell.getStyleClass().add("numeric");
            }
            return cell;
        });
        column.setPrefWidth(110);
        return column;
    }

    @SuppressWarnings("unchecked")
    private static TableColumn<Line, String> defaultColumn(String title, boolean numeric) {
        TableColumn<Line, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cd -> cd.getValue().textProperty());
        column.setCellFactory(c -> {
            TableCell<Line, String> cell = (TableCell<Line, String>) TableColumn.DEFAULT_CELL_FACTORY.call(c);
            if (numeric) {
                cell.getStyleClass().add("numeric");
            }
            return cell;
        });
        column.setPrefWidth(110);
        return column;
    }

    @Test
    void textIsPlacedAndCutAsByTheDefaultCellAlsoAfterInPlaceChanges(FxRobot robot) {
        assertSamePlacement(robot);
        // Each line's text changes in place (a block), some growing past the column, some shrinking back.
        robot.interact(() -> {
            for (int i = 0; i < table.getItems().size(); i++) {
                table.getItems().get(i).text.set(TEXTS.get((i + 3) % TEXTS.size()));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertSamePlacement(robot);
        robot.interact(() -> {
            for (int i = 0; i < table.getItems().size(); i++) {
                table.getItems().get(i).text.set(TEXTS.get(i));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertSamePlacement(robot);
    }

    private void assertSamePlacement(FxRobot robot) {
        List<Placed> placed = new ArrayList<>();
        robot.interact(() -> {
            for (Node n : table.lookupAll(".table-cell")) {
                if (n instanceof TableCell<?, ?> cell && !cell.isEmpty() && cell.getTableColumn() != null
                        && !cell.getTableColumn().getText().equals("number")) {
                    Text text = (Text) cell.getChildrenUnmodifiable().stream().filter(k -> k instanceof Text).findFirst()
                            .orElseThrow();
                    placed.add(new Placed(cell.getTableColumn().getText(), cell.getIndex(), text.getText(),
                            text.getLayoutX(), text.getLayoutY(), text.isManaged(), text.getClip() != null));
                }
            }
        });
        int compared = 0;
        for (Placed fast : placed) {
            if (!fast.column().startsWith("fast")) {
                continue;
            }
            String reference = fast.column().replace("fast", "default");
            Placed expected = placed.stream().filter(p -> p.column().equals(reference) && p.row() == fast.row()).findFirst()
                    .orElseThrow();
            assertThat(fast.shown()).as("text shown in %s, row %d", fast.column(), fast.row()).isEqualTo(expected.shown());
            if (!fast.shown().isEmpty()) {
                assertThat(fast.x()).as("x in %s, row %d", fast.column(), fast.row()).isEqualTo(expected.x());
                assertThat(fast.y()).as("y in %s, row %d", fast.column(), fast.row()).isEqualTo(expected.y());
                assertThat(fast.clipped()).as("clip in %s, row %d", fast.column(), fast.row()).isEqualTo(expected.clipped());
            }
            compared++;
        }
        assertThat(compared).isEqualTo(2 * TEXTS.size());
        assertThat(placed).as("a text was cut").anyMatch(p -> p.shown().endsWith("..."));
    }

    private record Placed(String column, int row, String shown, double x, double y, boolean managed, boolean clipped) {
    }

    @Test
    void aChangedNumberFlashesInTheThemesColourThenFades(FxRobot robot) throws Exception {
        FigureNumberCell<?, ?> cell = numberCell(robot, 0);
        assertThat(cell.getBackground()).isNull();

        robot.interact(() -> table.getItems().getFirst().number.set(101.0));
        WaitForAsyncUtils.waitForFxEvents();
        // light.css: -solvent-flash-up
        assertThat(fill(robot, cell)).isEqualTo(Color.web("#0072B233"));
        assertThat(cell.getText()).isEqualTo("101.00");

        robot.interact(() -> table.getItems().getFirst().number.set(99.0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fill(robot, cell)).as("light.css: -solvent-flash-down").isEqualTo(Color.web("#D55E0033"));

        robot.interact(() -> scene.getStylesheets().setAll(Theme.DARK.stylesheets()));
        WaitForAsyncUtils.waitForFxEvents();
        if (cell.flashFill().lit()) {
            assertThat(fill(robot, cell)).as("a lit cell takes the new theme's colour").isEqualTo(Color.web("#F07A2A44"));
        }

        // The flash ends by itself (no test clock: waits for it, whatever the machine's speed).
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !cell.flashFill().lit());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cell.getBackground()).isNull();
        assertThat(numberCell(robot, 1).getBackground()).as("an unchanged row does not flash").isNull();
    }

    private FigureNumberCell<?, ?> numberCell(FxRobot robot, int row) {
        return robot.from(table).lookup(".table-cell").match((Node n) -> n instanceof FigureNumberCell<?, ?> c
                && c.getIndex() == row).queryAs(FigureNumberCell.class);
    }

    private static Color fill(FxRobot robot, FigureNumberCell<?, ?> cell) {
        Background background = cell.getBackground();
        assertThat(background).as("a flash is painted").isNotNull();
        return (Color) background.getFills().getFirst().getFill();
    }
}
