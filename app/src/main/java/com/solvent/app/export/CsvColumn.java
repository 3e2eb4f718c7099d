package com.solvent.app.export;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of an exported table: a header naming the unit (e.g. {@code equity_usd}) and the
 * value of a row as plain text. Numbers are written in full precision with a dot, unformatted,
 * so a spreadsheet reads them as numbers (the screen's "26,900" would not).
 *
 * @param <S> the table's row type
 */
public record CsvColumn<S>(String header, Function<? super S, String> value) {
    public CsvColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(value, "value");
    }

    /** A text column. */
    public static <S> CsvColumn<S> text(String header, Function<? super S, String> value) {
        return new CsvColumn<>(header, value);
    }

    /** A number column; a non-finite value (no figure) is an empty field. */
    public static <S> CsvColumn<S> number(String header, java.util.function.ToDoubleFunction<? super S> value) {
        return new CsvColumn<>(header, s -> plain(value.applyAsDouble(s)));
    }

    static String plain(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
