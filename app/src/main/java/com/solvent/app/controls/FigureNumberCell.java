package com.solvent.app.controls;

import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.Styleable;

import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * {@link NumberCell} for a table whose rows keep their figures in an observable (see
 * {@link RowFigureCell}): right-aligned, formatted by the one formatter, {@code :uncertain} on a
 * stale price, {@code :negative} below zero, flashed when the same row's value changes.
 *
 * @param <S> the table's row type
 * @param <F> the row's figures
 */
public final class FigureNumberCell<S, F> extends RowFigureCell<S, F> implements FlashFill.Owner {
    private final FlashFill flash = new FlashFill(this);
    private final ToDoubleFunction<? super F> number;
    private final DoubleFunction<String> format;
    private final Predicate<? super F> uncertain;
    private final Function<? super F, ?> subject;
    private double shownValue = Double.NaN;
    private Object shownSubject;
    /**
     * The states set on the cell: set again only when they change (even an unchanged state costs
     * a look-up per call, a visible part of a block with a few hundred cells).
     */
    private boolean shownUncertain;
    private boolean shownNegative;

    public FigureNumberCell(Function<? super S, ? extends ObservableValue<? extends F>> figuresOf,
                            ToDoubleFunction<? super F> number, DoubleFunction<String> format,
                            Predicate<? super F> uncertain) {
        this(figuresOf, number, format, uncertain, f -> null);
    }

    /**
     * @param subject what the figures are about (compared by identity), for a table whose line may
     *                be given another subject's figures in place (the watchlist's re-sort): only a
     *                change of the same subject's value flashes
     */
    public FigureNumberCell(Function<? super S, ? extends ObservableValue<? extends F>> figuresOf,
                            ToDoubleFunction<? super F> number, DoubleFunction<String> format,
                            Predicate<? super F> uncertain, Function<? super F, ?> subject) {
        super(figuresOf);
        this.subject = Objects.requireNonNull(subject, "subject");
        this.number = Objects.requireNonNull(number, "number");
        this.format = Objects.requireNonNull(format, "format");
        this.uncertain = Objects.requireNonNull(uncertain, "uncertain");
        getStyleClass().addAll(NumberCell.STYLE_CLASS, "numeric");
    }

    /**
     * For rows whose figures change together, signalled by {@code changesOf} (see
     * {@link RowFigureCell#RowFigureCell(Function, Function)}); {@code figuresOf} gives a row's
     * figures as of now.
     */
    public static <S, F> FigureNumberCell<S, F> sharing(Function<? super S, ? extends Observable> changesOf,
                                                        Function<? super S, ? extends F> figuresOf,
                                                        ToDoubleFunction<? super F> number, DoubleFunction<String> format,
                                                        Predicate<? super F> uncertain) {
        return new FigureNumberCell<>(changesOf, figuresOf, number, format, uncertain);
    }

    private FigureNumberCell(Function<? super S, ? extends Observable> changesOf, Function<? super S, ? extends F> figuresOf,
                             ToDoubleFunction<? super F> number, DoubleFunction<String> format,
                             Predicate<? super F> uncertain) {
        super(changesOf, figuresOf);
        this.subject = f -> null;
        this.number = Objects.requireNonNull(number, "number");
        this.format = Objects.requireNonNull(format, "format");
        this.uncertain = Objects.requireNonNull(uncertain, "uncertain");
        getStyleClass().addAll(NumberCell.STYLE_CLASS, "numeric");
    }

    @Override
    protected void show(S row, F figures, boolean sameRow) {
        if (figures == null) {
            clear();
            return;
        }
        double value = number.applyAsDouble(figures);
        Object about = subject.apply(figures);
        sameRow &= about == shownSubject;
        shownSubject = about;
        if (!sameRow) {
            Flash.stop(this);
        }
        if (sameRow) {
            Flash.flashIfChanged(this, shownValue, value);
        }
        if (!sameRow || Double.compare(value, shownValue) != 0) {
            setText(format.apply(value));
        }
        shownValue = value;
        showStates(uncertain.test(figures), value < 0);
    }

    private void showStates(boolean isUncertain, boolean isNegative) {
        if (isUncertain != shownUncertain) {
            shownUncertain = isUncertain;
            pseudoClassStateChanged(States.UNCERTAIN, isUncertain);
        }
        if (isNegative != shownNegative) {
            shownNegative = isNegative;
            pseudoClassStateChanged(States.NEGATIVE, isNegative);
        }
    }

    @Override
    protected void clear() {
        setText(null);
        Flash.stop(this);
        shownSubject = null;
        shownValue = Double.NaN;
        showStates(false, false);
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
