package com.solvent.app.controls;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.TableView;

/**
 * Keeps a table of fixed row height from re-setting all its visible rows when a cell's text
 * changes.
 *
 * <p>Why: a new text changes the bounds of the cell's text node; that change travels up through
 * the cell and its row to the group that holds the rows (the flow's "sheet"), and a managed
 * group whose bounds change asks its container, and so the table's {@code VirtualFlow}, for a
 * layout. The flow then sets every visible row's index again, updates its item and re-applies
 * its CSS (about a millisecond per block with 10,000 positions, most of it for nothing: with
 * fixed row height and column widths a text cannot move a row). An unmanaged sheet does not ask
 * its container: the changed cells are still laid out on their own (their layout requests are
 * kept local, see {@link RowFigureCell}), and everything that does move rows (scrolling,
 * sorting, new items, resizing, column widths) asks the flow itself, as before.
 *
 * <p>Only while the table's cell size is fixed: with rows of measured height a cell's change
 * may change its row's height, which the flow must then see.
 */
public final class FixedRows {
    private FixedRows() {
    }

    /** Applies to {@code table} now and whenever it gets a new skin or its fixed cell size changes. */
    public static void keepInPlace(TableView<?> table) {
        table.skinProperty().addListener((o, was, skin) -> apply(table));
        table.fixedCellSizeProperty().addListener((o, was, size) -> apply(table));
        apply(table);
    }

    private static void apply(TableView<?> table) {
        Group sheet = sheet(table);
        if (sheet != null) {
            sheet.setManaged(table.getFixedCellSize() <= 0);
        }
    }

    /** The group of the table's rows inside its flow, or null before the table has a skin. */
    static Group sheet(TableView<?> table) {
        if (table.getSkin() == null) {
            return null;
        }
        for (Node flow : table.lookupAll(".virtual-flow")) {
            for (Node node : flow.lookupAll(".sheet")) {
                if (node instanceof Group group) {
                    return group;
                }
            }
        }
        return null;
    }
}
