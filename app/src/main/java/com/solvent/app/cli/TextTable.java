package com.solvent.app.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table for terminals: each column as wide as its widest cell, numbers right-aligned
 * so that decimal points line up, labels left-aligned, two spaces between columns.
 */
public final class TextTable {
    /** How a column's cells are aligned. */
    public enum Align { LEFT, RIGHT }

    /** A column: its header and alignment. */
    public record Column(String header, Align align) {
        /** A left-aligned column (labels). */
        public static Column left(String header) {
            return new Column(header, Align.LEFT);
        }

        /** A right-aligned column (numbers). */
        public static Column right(String header) {
            return new Column(header, Align.RIGHT);
        }
    }

    private static final String GAP = "  ";

    private final List<Column> columns;
    private final List<List<String>> rows = new ArrayList<>();

    /** A table of these columns. */
    public TextTable(Column... columns) {
        this.columns = List.of(columns);
    }

    /** Adds a row; it must have one cell per column. */
    public TextTable row(String... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + columns.size() + " columns");
        }
        rows.add(List.of(cells));
        return this;
    }

    /** The table with a header line and an underline, each line ending in a newline, no trailing spaces. */
    public String render() {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = columns.get(c).header().length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, columns.stream().map(Column::header).toList(), widths);
        line(out, Arrays.stream(widths).mapToObj("-"::repeat).toList(), widths);
        for (List<String> row : rows) {
            line(out, row, widths);
        }
        return out.toString();
    }

    private void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                line.append(GAP);
            }
            String cell = cells.get(c);
            String padding = " ".repeat(widths[c] - cell.length());
            line.append(columns.get(c).align() == Align.RIGHT ? padding + cell : cell + padding);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
