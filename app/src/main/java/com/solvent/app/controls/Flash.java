package com.solvent.app.controls;

import javafx.animation.AnimationTimer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.util.Duration;

import java.util.ArrayDeque;

/**
 * Briefly marks a node whose value changed, up or down. A table cell that paints its own flash
 * ({@link FlashFill.Owner}) gets the theme's flash colour as its background, without a CSS pass,
 * and one shared ticker ends all such flashes; any other node gets {@code :flash-up} or
 * {@code :flash-down} (the stylesheet decides what that looks like) and a timeline of its own.
 * A new change restarts the flash.
 */
public final class Flash {
    /** How long a changed value stays highlighted. */
    public static final Duration LENGTH = Duration.millis(700);
    private static final long LENGTH_NANOS = (long) (LENGTH.toMillis() * 1_000_000);
    private static final String KEY = Flash.class.getName();
    /**
     * Painted flashes in the order they were started, hence of their end: the ticker looks at the
     * head only. A restarted flash is queued again and its earlier entry, which finds a later end
     * on its cell, is dropped. (A timeline per cell, restarted at every block, was a visible part
     * of the FX thread's time with a few hundred cells flashing per block.)
     */
    private static final ArrayDeque<Lit> LIT = new ArrayDeque<>();
    private static final AnimationTimer TICKER = new AnimationTimer() {
        @Override
        public void handle(long now) {
            endDue(System.nanoTime());
        }
    };
    private static boolean ticking;

    private Flash() {
    }

    /** Flashes {@code node} up (value rose) or down (value fell). */
    public static void flash(Node node, boolean up) {
        if (node instanceof FlashFill.Owner owner) {
            FlashFill fill = owner.flashFill();
            fill.show(up ? 1 : -1);
            fill.until = System.nanoTime() + LENGTH_NANOS;
            LIT.addLast(new Lit(fill, fill.until));
            if (!ticking) {
                ticking = true;
                TICKER.start();
            }
            return;
        }
        // One timeline per node, restarted: a block flashes hundreds of cells, and building a
        // timeline for each at every block was a visible part of the FX thread's time.
        Timeline clear = node.getProperties().get(KEY) instanceof Timeline existing ? existing : null;
        if (clear == null) {
            clear = new Timeline(new KeyFrame(LENGTH, e -> {
                node.pseudoClassStateChanged(States.FLASH_UP, false);
                node.pseudoClassStateChanged(States.FLASH_DOWN, false);
            }));
            node.getProperties().put(KEY, clear);
        }
        node.pseudoClassStateChanged(States.FLASH_UP, up);
        node.pseudoClassStateChanged(States.FLASH_DOWN, !up);
        clear.playFromStart();
    }

    /** Ends a flash of {@code node} now (a cell emptied or given another subject must not keep its colour). */
    public static void stop(Node node) {
        if (node instanceof FlashFill.Owner owner) {
            // Its queued entry finds it off and leaves it so.
            owner.flashFill().until = 0;
            owner.flashFill().show(0);
            return;
        }
        if (node.getProperties().get(KEY) instanceof Timeline running) {
            running.stop();
            node.pseudoClassStateChanged(States.FLASH_UP, false);
            node.pseudoClassStateChanged(States.FLASH_DOWN, false);
        }
    }

    /** Ends the painted flashes due by {@code now} ({@link System#nanoTime()}); stops the ticker when none is left. */
    static void endDue(long now) {
        while (!LIT.isEmpty() && LIT.peekFirst().until() - now <= 0) {
            FlashFill fill = LIT.pollFirst().fill();
            if (fill.until - now <= 0) {
                fill.show(0);
            }
        }
        if (LIT.isEmpty() && ticking) {
            ticking = false;
            TICKER.stop();
        }
    }

    /** A painted flash started with its end. */
    private record Lit(FlashFill fill, long until) {
    }

    /** Flashes when a shown number changes by more than rounding noise. */
    public static void flashIfChanged(Node node, double before, double after) {
        if (Double.isFinite(before) && Double.isFinite(after)
                && Math.abs(after - before) > 1e-9 * Math.max(1.0, Math.abs(before))) {
            flash(node, after > before);
        }
    }
}
