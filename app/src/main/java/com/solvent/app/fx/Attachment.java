package com.solvent.app.fx;

import javafx.scene.Node;

/**
 * Bind-on-attach, unbind-on-detach: runs {@code onAttach} when a view enters a scene and
 * {@code onDetach} when it leaves, so a view that is not shown holds no listener on live data
 * (and can be garbage collected).
 */
public final class Attachment {
    private Attachment() {
    }

    public static void whileAttached(Node view, Runnable onAttach, Runnable onDetach) {
        view.sceneProperty().addListener((o, before, after) -> {
            if (before == null && after != null) {
                onAttach.run();
            } else if (before != null && after == null) {
                onDetach.run();
            }
        });
        if (view.getScene() != null) {
            onAttach.run();
        }
    }
}
