package com.solvent.app.controls;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * Briefly marks a node whose value changed with {@code :flash-up} or {@code :flash-down}; the
 * stylesheet decides what that looks like. One timeline per node: a new change restarts it.
 */
public final class Flash {
    /** How long a changed value stays highlighted. */
    public static final Duration LENGTH = Duration.millis(700);
    private static final String KEY = Flash.class.getName();

    private Flash() {
    }

    /** Flashes {@code node} up (value rose) or down (value fell). */
    public static void flash(Node node, boolean up) {
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
        if (node.getProperties().get(KEY) instanceof Timeline running) {
            running.stop();
            node.pseudoClassStateChanged(States.FLASH_UP, false);
            node.pseudoClassStateChanged(States.FLASH_DOWN, false);
        }
    }

    /** Flashes when a shown number changes by more than rounding noise. */
    public static void flashIfChanged(Node node, double before, double after) {
        if (Double.isFinite(before) && Double.isFinite(after)
                && Math.abs(after - before) > 1e-9 * Math.max(1.0, Math.abs(before))) {
            flash(node, after > before);
        }
    }
}
