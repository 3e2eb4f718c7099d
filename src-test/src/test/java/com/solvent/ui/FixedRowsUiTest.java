package com.solvent.ui;

import com.solvent.app.controls.FixedRows;
import com.solvent.app.controls.RowFigureCell;
import com.solvent.app.fx.Theme;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table whose rows stay in place when a cell's text changes ({@link FixedRows}): the change is
 * shown in its cell, at the place the table's default cell shows it, without the table re-setting
 * its rows; a narrowed column still cuts its text with an ellipsis; scrolling, sorting and
 * selection still move the rows.
 */
@ExtendWith(ApplicationExtension.class)
class FixedRowsUiTest {
    static final class Line {
        final int id;
        final ReadOnlyObjectWrapper<String> text = new ReadOnlyObjectWrapper<>();

        Line(int id, String text) {
            this.id = id;
            this.text.set(text);
        }

        ObservableValue<String> textProperty() {
            return text.getReadOnlyProperty();
        }
    }

    private TableView<Line> table;
    private TableColumn<Line, Line> fast;
    private TableColumn<Line, String> reference;

    @Start
    void start(Stage stage) {
        table = new TableView<>(FXCollections.observableArrayList(
                IntStream.range(0, 200).mapToObj(i -> new Line(i, "1,000." + i)).toList()));
        table.setFixedCellSize(28);
        FixedRows.keepInPlace(table);
        fast = new TableColumn<>("fast");
        fast.setCellValueFactory(RowFigureCell.rowItself());
        fast.setCellFactory(c -> {
            RowFigureCell<Line, String> cell = RowFigureCell.text(Line::textProperty, (line, text) -> text);
            cell.getStyleClass().add("numeric");
            return cell;
        });
        fast.setComparator(Comparator.comparingInt(l -> l.id));
        fast.setPrefWidth(140);
        reference = new TableColumn<>("default");
        reference.setCellValueFactory(cd -> cd.getValue().textProperty());
        reference.setCellFactory(c -> {
            @SuppressWarnings("unchecked")
            TableCell<Line, String> cell = (TableCell<Line, String>) TableColumn.DEFAULT_CELL_FACTORY.call(c);
            cell.getStyleClass().add("numeric");
            return cell;
        });
        reference.setPrefWidth(140);
        table.getColumns().setAll(List.of(fast, reference));
        Scene scene = new Scene(table, 400, 400);
        scene.getStylesheets().setAll(Theme.LIGHT.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aChangedTextIsShownInItsCellAtTheDefaultPlaceWithoutTheRowsBeingSetAgain(FxRobot robot) {
        Parent flow = (Parent) table.lookup(".virtual-flow");
        AtomicInteger flowLayouts = new AtomicInteger();
        AtomicInteger rowsSet = new AtomicInteger();
        robot.interact(() -> {
            flow.needsLayoutProperty().addListener((o, was, needs) -> {
                if (needs) {
                    flowLayouts.incrementAndGet();
                }
            });
            for (Node row : table.lookupAll(".table-row-cell")) {
                ((javafx.scene.control.TableRow<?>) row).indexProperty().addListener((o, a, b) -> rowsSet.incrementAndGet());
            }
        });
        // Texts of another width (a block): the row must not move, the cell must show it in place.
        robot.interact(() -> table.getItems().forEach(l -> l.text.set("-12,345,678.9" + l.id)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(flowLayouts).as("the table's flow asked for a layout").hasValue(0);
        assertThat(rowsSet).as("rows given another index").hasValue(0);
        assertShownAsByTheDefaultCell(robot, "-12,345,678.9");
    }

    @Test
    void aNarrowedColumnStillCutsItsTextWithAnEllipsis(FxRobot robot) {
        robot.interact(() -> {
            fast.setPrefWidth(50);
            reference.setPrefWidth(50);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> table.getItems().forEach(l -> l.text.set("-12,345,678.9" + l.id)));
        WaitForAsyncUtils.waitForFxEvents();
        assertShownAsByTheDefaultCell(robot, "...");
        robot.interact(() -> {
            fast.setPrefWidth(140);
            reference.setPrefWidth(140);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertShownAsByTheDefaultCell(robot, "-12,345,678.9");
    }

    @Test
    void scrollingSortingAndSelectionStillMoveTheRows(FxRobot robot) {
        robot.interact(() -> table.scrollTo(120));
        WaitForAsyncUtils.waitForFxEvents();
        assertShownAsByTheDefaultCell(robot, "1,000.");
        assertThat(fastCell(robot, 120).getText()).isEqualTo("1,000.120");

        robot.interact(() -> {
            fast.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(fast));
            table.scrollTo(0);
            table.getSelectionModel().select(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fastCell(robot, 0).getText()).isEqualTo("1,000.199");
        assertThat(fastCell(robot, 1).getText()).isEqualTo("1,000.198");
        assertThat(table.getSelectionModel().getSelectedItem().id).isEqualTo(198);
        assertThat(fastCell(robot, 1).getTableRow().isSelected()).isTrue();
        assertShownAsByTheDefaultCell(robot, "1,000.");
    }

    private TableCell<?, ?> fastCell(FxRobot robot, int index) {
        return robot.from(table).lookup(".table-cell").match((Node n) -> n instanceof TableCell<?, ?> c
                && c.getTableColumn() == fast && c.getIndex() == index && c.isVisible()).queryAs(TableCell.class);
    }

    /** Every visible row: the fast cell shows what the default cell shows, placed the same, inside its cell. */
    private void assertShownAsByTheDefaultCell(FxRobot robot, String expected) {
        AtomicInteger compared = new AtomicInteger();
        robot.interact(() -> {
            for (Node n : table.lookupAll(".table-cell")) {
                if (!(n instanceof TableCell<?, ?> cell) || cell.getTableColumn() != fast || cell.isEmpty()
                        || !cell.isVisible() || !cell.getTableRow().isVisible()) {
                    continue;
                }
                TableCell<?, ?> other = (TableCell<?, ?>) cell.getTableRow().getChildrenUnmodifiable().stream()
                        .filter(k -> k instanceof TableCell<?, ?> c && c.getTableColumn() == reference).findFirst()
                        .orElseThrow();
                Text mine = text(cell);
                Text theirs = text(other);
                assertThat(mine.getText()).as("row %d", cell.getIndex()).isEqualTo(theirs.getText()).contains(expected);
                assertThat(mine.getLayoutX()).as("x, row %d", cell.getIndex()).isEqualTo(theirs.getLayoutX());
                assertThat(mine.getLayoutY()).as("y, row %d", cell.getIndex()).isEqualTo(theirs.getLayoutY());
                Bounds inCell = mine.getBoundsInParent();
                assertThat(inCell.getMinX()).isGreaterThanOrEqualTo(0);
                assertThat(inCell.getMaxX()).isLessThanOrEqualTo(cell.getWidth());
                compared.incrementAndGet();
            }
        });
        assertThat(compared.get()).isGreaterThan(5);
    }

    private static Text text(TableCell<?, ?> cell) {
        return (Text) cell.getChildrenUnmodifiable().stream().filter(k -> k instanceof Text).findFirst().orElseThrow();
    }
}
