package com.solvent.app.controls;

import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.PaintConverter;
import javafx.geometry.Insets;
import javafx.scene.control.TableCell;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A flash painted as a table cell's own background, without a CSS pass. A pseudo-class per
 * flash made the CSS pass re-style the cell and its text at every flash and again when it ended:
 * with a few hundred visible cells changing per block that was a large part of the FX thread's
 * time. The colours still come from the theme: the stylesheet gives each cell
 * {@code -solvent-flash-up-fill} and {@code -solvent-flash-down-fill} (the theme's looked-up
 * {@code -solvent-flash-up} / {@code -solvent-flash-down}); CSS resolves them once when the cell
 * is styled and again on a theme change, and a flash then only sets a cached {@link Background}.
 */
public final class FlashFill {
    /** A cell that paints its flashes with a {@link FlashFill}. */
    public interface Owner extends Styleable {
        FlashFill flashFill();
    }

    private static final CssMetaData<Styleable, Paint> UP = meta("-solvent-flash-up-fill", true);
    private static final CssMetaData<Styleable, Paint> DOWN = meta("-solvent-flash-down-fill", false);
    /** One background per colour (two per theme), shared by all cells: a flash allocates nothing. */
    private static final Map<Paint, Background> BACKGROUNDS = new HashMap<>();

    private final Region cell;
    private final StyleableObjectProperty<Paint> up;
    private final StyleableObjectProperty<Paint> down;
    /** +1 flashing up, -1 flashing down, 0 not flashing. */
    private int shown;
    /** When the current flash ends, in {@link System#nanoTime()}; see {@link Flash}. */
    long until;

    public <C extends Region & Owner> FlashFill(C cell) {
        this.cell = cell;
        this.up = new SimpleStyleableObjectProperty<>(UP, cell, "flashUpFill", Color.TRANSPARENT);
        this.down = new SimpleStyleableObjectProperty<>(DOWN, cell, "flashDownFill", Color.TRANSPARENT);
        // A theme change while a cell is lit repaints it in the new theme's colour.
        up.addListener(o -> repaint());
        down.addListener(o -> repaint());
    }

    /** A table cell's CSS properties plus the two flash colours: what a flashing table cell reports as its own. */
    public static final List<CssMetaData<? extends Styleable, ?>> TABLE_CELL_CSS =
            withFlashColours(TableCell.getClassCssMetaData());

    /** The owner class's CSS properties plus the two flash colours. */
    public static List<CssMetaData<? extends Styleable, ?>> withFlashColours(List<CssMetaData<? extends Styleable, ?>> base) {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(base);
        all.add(UP);
        all.add(DOWN);
        return Collections.unmodifiableList(all);
    }

    /** +1 up, -1 down, 0 off. */
    void show(int direction) {
        if (direction != shown) {
            shown = direction;
            repaint();
        }
    }

    /** Whether a flash is painted now (for tests and the ticker). */
    public boolean lit() {
        return shown != 0;
    }

    /** The colour painted now; null when not flashing. */
    public Paint paint() {
        return shown == 0 ? null : shown > 0 ? up.get() : down.get();
    }

    private void repaint() {
        Paint paint = paint();
        cell.setBackground(paint == null ? null : BACKGROUNDS.computeIfAbsent(paint,
                p -> new Background(new BackgroundFill(p, CornerRadii.EMPTY, Insets.EMPTY))));
    }

    private static CssMetaData<Styleable, Paint> meta(String property, boolean upward) {
        return new CssMetaData<>(property, PaintConverter.getInstance(), Color.TRANSPARENT) {
            @Override
            public boolean isSettable(Styleable styleable) {
                return styleable instanceof Owner o && !fill(o).isBound();
            }

            @Override
            public StyleableProperty<Paint> getStyleableProperty(Styleable styleable) {
                return fill((Owner) styleable);
            }

            private StyleableObjectProperty<Paint> fill(Owner owner) {
                return upward ? owner.flashFill().up : owner.flashFill().down;
            }
        };
    }
}
