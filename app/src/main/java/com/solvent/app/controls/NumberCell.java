package com.solvent.app.controls;

import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.scene.control.TableCell;

import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * A right-aligned number in a table: formatted by the one formatter, marked {@code :uncertain}
 * when it rests on a stale price and {@code :negative} below zero, and flashed when the value
 * of the <em>same row</em> changes (a cell reused for another row does not flash).
 *
 * @param <S> the table's row type
 * @param <T> the cell's item (the row itself or a part of it)
 */
public final class NumberCell<S, T> extends TableCell<S, T> implements FlashFill.Owner {
    public static final String STYLE_CLASS = "number-cell";

    private final FlashFill flash = new FlashFill(this);
    private final ToDoubleFunction<? super T> number;
    private final DoubleFunction<String> format;
    private final Predicate<? super T> uncertain;
    private final Function<? super S, ?> rowKey;
    private Object shownKey;
    private double shownValue = Double.NaN;

    public NumberCell(ToDoubleFunction<? super T> number, DoubleFunction<String> format,
                      Predicate<? super T> uncertain, Function<? super S, ?> rowKey) {
        this.number = Objects.requireNonNull(number, "number");
        this.format = Objects.requireNonNull(format, "format");
        this.uncertain = Objects.requireNonNull(uncertain, "uncertain");
        this.rowKey = Objects.requireNonNull(rowKey, "rowKey");
        getStyleClass().addAll(STYLE_CLASS, "numeric");
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        S row = getTableRow() == null ? null : getTableRow().getItem();
        if (empty || item == null || row == null) {
            setText(null);
            shownKey = null;
            shownValue = Double.NaN;
            pseudoClassStateChanged(States.UNCERTAIN, false);
            pseudoClassStateChanged(States.NEGATIVE, false);
            return;
        }
        double value = number.applyAsDouble(item);
        Object key = rowKey.apply(row);
        if (key != null && key.equals(shownKey)) {
            Flash.flashIfChanged(this, shownValue, value);
        }
        shownKey = key;
        shownValue = value;
        setText(format.apply(value));
        pseudoClassStateChanged(States.UNCERTAIN, uncertain.test(item));
        pseudoClassStateChanged(States.NEGATIVE, value < 0);
    }

    @Override
    public FlashFill flashFill() {
        return flash;
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return FlashFill.TABLE_CELL_CSS;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return FlashFill.TABLE_CELL_CSS;
    }
}
