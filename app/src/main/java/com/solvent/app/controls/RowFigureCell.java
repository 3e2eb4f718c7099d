package com.solvent.app.controls;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Skin;
import javafx.scene.control.TableCell;
import javafx.scene.control.skin.TableCellSkin;
import javafx.scene.text.Text;
import javafx.scene.control.TableColumn;
import javafx.util.Callback;

import java.util.Objects;
import java.util.function.Function;

/**
 * A table cell whose item is its row and which itself follows that row's latest figures (an
 * observable the row keeps from block to block). When the figures change, only this cell's text
 * and state change, and only this cell is laid out again.
 *
 * <p>Why: a cell bound through the column's value factory defers a figure change to the table's
 * layout ({@code TableCell} marks its item dirty and requests layout of its row); a row that
 * needs layout makes the {@code VirtualFlow} rebuild every visible row (each cell's index set
 * again, its item updated and its CSS re-applied). With 10,000 positions changing every block
 * that rebuild was most of the FX thread's time. A figure change cannot change a cell's size
 * (column widths and row height do not depend on it), so the layout request stays local.
 *
 * <p>A table whose rows all get new figures at every block may signal that once for all rows
 * ({@link #RowFigureCell(Function, Function)}): then putting a block on 10,000 rows costs nothing
 * per row, and only the cells on screen read their row's figures.
 *
 * @param <S> the table's row type, kept from block to block
 * @param <F> the row's figures
 */
public abstract class RowFigureCell<S, F> extends TableCell<S, S> {
    private final Function<? super S, ? extends Observable> changesOf;
    private final Function<? super S, ? extends F> figuresOf;
    private final InvalidationListener changed = o -> figuresChanged();
    private final WeakInvalidationListener weakChanged = new WeakInvalidationListener(changed);
    private Observable watched;
    private S shownRow;
    private boolean inPlace;
    /** False while the superclass constructors run (they may request layout before the fields exist). */
    private final boolean constructed;

    /** @param figuresOf the row's latest figures, an observable that changes when they do */
    protected RowFigureCell(Function<? super S, ? extends ObservableValue<? extends F>> figuresOf) {
        this(figuresOf, row -> figuresOf.apply(row).getValue());
    }

    /**
     * @param changesOf what signals that a row's figures may have changed; rows may share one
     *                  (a block that replaces every row's figures at once)
     * @param figuresOf the row's figures as of now
     */
    protected RowFigureCell(Function<? super S, ? extends Observable> changesOf, Function<? super S, ? extends F> figuresOf) {
        this.changesOf = Objects.requireNonNull(changesOf, "changesOf");
        this.figuresOf = Objects.requireNonNull(figuresOf, "figuresOf");
        this.constructed = true;
    }

    /** The value factory of a column of such cells: the row itself, which never changes. */
    public static <S> Callback<TableColumn.CellDataFeatures<S, S>, ObservableValue<S>> rowItself() {
        return cd -> new ReadOnlyObjectWrapper<>(cd.getValue());
    }

    /** A cell showing a text of its row (and figures), e.g. a name or a market, with no other state. */
    public static <S, F> RowFigureCell<S, F> text(Function<? super S, ? extends ObservableValue<? extends F>> figuresOf,
                                                 java.util.function.BiFunction<? super S, ? super F, String> text) {
        return new RowFigureCell<>(figuresOf) {
            @Override
            protected void show(S row, F figures, boolean sameRow) {
                setText(text.apply(row, figures));
            }

            @Override
            protected void clear() {
                setText(null);
            }
        };
    }

    /**
     * Shows {@code figures} of {@code row}; figures may be null (a row without figures).
     *
     * @param sameRow true when the cell showed this row before (a block's update), false when it
     *                was just given the row (scrolling, sorting, first display): only the former
     *                may flash
     */
    protected abstract void show(S row, F figures, boolean sameRow);

    /** Shows nothing (an empty row). */
    protected abstract void clear();

    @Override
    protected final void updateItem(S row, boolean empty) {
        super.updateItem(row, empty);
        S next = empty ? null : row;
        Observable source = next == null ? null : changesOf.apply(next);
        if (source != watched) {
            if (watched != null) {
                watched.removeListener(weakChanged);
            }
            watched = source;
            if (source != null) {
                source.addListener(weakChanged);
            }
        }
        boolean sameRow = next != null && next == shownRow;
        shownRow = next;
        if (next == null) {
            clear();
        } else {
            show(next, figuresOf.apply(next), sameRow);
        }
    }

    private void figuresChanged() {
        if (shownRow == null) {
            return;
        }
        F figures = figuresOf.apply(shownRow);
        inPlace = true;
        try {
            show(shownRow, figures, true);
        } finally {
            inPlace = false;
        }
    }

    /**
     * A block's new figures lay out this cell only, never its row (see the class comment). So do
     * style changes (a flash's background, a state's colour) in a table of fixed row height, where
     * nothing in a cell can change the row's size: through the default path each flash, and each
     * flash ending, made the whole table rebuild its rows.
     */
    @Override
    public void requestLayout() {
        if (constructed && (inPlace || fixedRowHeight())) {
            setNeedsLayout(true);
        } else {
            super.requestLayout();
        }
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new FigureCellSkin<>(this);
    }

    /**
     * The table's cell skin with a shorter path for what a block changes: a line of text that
     * fits its cell. Why: the default skin, at each text change, replaced its children with the
     * same text node (list changes, a layout request, a re-sync of the cell for rendering), and at
     * layout measured the text three times (its minimum width, whether it needs an ellipsis, then
     * the text node itself); with a few hundred cells changing per block that was most of the
     * layout pass. Here the text node gets the text and is measured once; it is placed exactly as
     * the default skin places text that fits (same insets, alignment and snapping). Anything else
     * (no text, a graphic, wrapping, text wider than the cell, which needs the ellipsis) takes the
     * default path.
     */
    static final class FigureCellSkin<S, T> extends TableCellSkin<S, T> {
        FigureCellSkin(TableCell<S, T> cell) {
            super(cell);
        }

        @Override
        protected void updateChildren() {
            if (plainText(getSkinnable()) && onlyText() != null) {
                return; // already just the text node, as the default skin would leave it
            }
            super.updateChildren();
        }

        @Override
        protected void layoutChildren(double x, double y, double w, double h) {
            TableCell<S, T> cell = getSkinnable();
            Text text = onlyText();
            String shown = cell.getText();
            if (text == null || !plainText(cell) || shown == null || shown.isEmpty() || shown.indexOf('\n') >= 0
                    || cell.isMnemonicParsing() || cell.getEffectiveNodeOrientation() != NodeOrientation.LEFT_TO_RIGHT) {
                super.layoutChildren(x, y, w, h);
                return;
            }
            // As TableCellSkinBase and LabeledSkinBase.layoutLabelInArea compute the text's area.
            Insets pad = cell.getLabelPadding();
            double left = snapSpaceX(pad.getLeft());
            double top = snapSpaceY(pad.getTop());
            double areaX = x + left;
            double areaY = y + top;
            double areaW = w - left - snapSpaceX(pad.getRight());
            double areaH = h - cell.getPadding().getBottom() - top - snapSpaceY(pad.getBottom());
            String before = text.getText();
            String ellipsis = cell.getEllipsisString();
            if (before != null && !before.equals(shown) && ellipsis != null && !ellipsis.isEmpty()
                    && before.endsWith(ellipsis)) {
                // Cut last time: most likely again, and trying the whole text first costs a layout more.
                super.layoutChildren(x, y, w, h);
                return;
            }
            if (!shown.equals(before)) {
                text.setText(shown);
            }
            Bounds bounds = text.getLayoutBounds();
            if (bounds.getWidth() > areaW || bounds.getHeight() > areaH) {
                super.layoutChildren(x, y, w, h); // cut with an ellipsis by the default path
                return;
            }
            if (!text.isManaged()) {
                text.setManaged(true);
            }
            double textW = snapSizeX(bounds.getWidth());
            double textH = snapSizeY(bounds.getHeight());
            Pos alignment = cell.getAlignment();
            HPos hpos = alignment == null ? HPos.LEFT : alignment.getHpos();
            VPos vpos = alignment == null ? VPos.CENTER : alignment.getVpos();
            double textX = hpos == HPos.LEFT ? areaX : hpos == HPos.RIGHT ? areaX + (areaW - textW)
                    : areaX + (areaW - textW) / 2.0;
            double textY = vpos == VPos.TOP ? areaY : vpos == VPos.BOTTOM ? areaY + (areaH - textH)
                    : areaY + (areaH - textH) / 2.0;
            text.relocate(snapPositionX(textX), snapPositionY(textY));
            if (text.getClip() != null) {
                text.setClip(null); // fits: no clip, as the default path decides
            }
        }

        private static boolean plainText(TableCell<?, ?> cell) {
            return cell.getGraphic() == null && !cell.isWrapText() && cell.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY;
        }

        /** The skin's text node when it is the only child, else null. */
        private Text onlyText() {
            return getChildren().size() == 1 && getChildren().getFirst() instanceof Text t ? t : null;
        }
    }

    private boolean fixedRowHeight() {
        return getTableView() != null && getTableView().getFixedCellSize() > 0 && getTableRow() != null;
    }
}
