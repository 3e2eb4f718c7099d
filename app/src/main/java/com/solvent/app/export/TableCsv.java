package com.solvent.app.export;

import java.util.ArrayList;
import java.util.List;

/**
 * How a table's rows become CSV: its columns in order.
 *
 * @param <S> the table's row type
 */
public record TableCsv<S>(List<CsvColumn<S>> columns) {
    public TableCsv {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a CSV export needs at least one column");
        }
    }

    @SafeVarargs
    public static <S> TableCsv<S> of(CsvColumn<S>... columns) {
        return new TableCsv<>(List.of(columns));
    }

    /** Header line, then one line per row in the given (displayed) order. */
    public String format(List<? extends S> rows) {
        List<List<String>> lines = new ArrayList<>(rows.size() + 1);
        lines.add(columns.stream().map(CsvColumn::header).toList());
        for (S row : rows) {
            List<String> line = new ArrayList<>(columns.size());
            for (CsvColumn<S> c : columns) {
                line.add(c.value().apply(row));
            }
            lines.add(line);
        }
        return Csv.format(lines);
    }
}
