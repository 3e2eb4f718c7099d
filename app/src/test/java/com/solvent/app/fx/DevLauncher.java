package com.solvent.app.fx;

import javafx.application.Platform;
import javafx.stage.Window;

/**
 * Starts the workstation from the test classpath, for looking at it under Xvfb (Main belongs
 * to the lead). Xvfb has no window manager: frames painted before the window is mapped are
 * lost and nothing asks for them again, so after two seconds this forces one full repaint.
 */
public final class DevLauncher {
    private DevLauncher() {
    }

    public static void main(String[] args) {
        Thread.ofPlatform().daemon().start(() -> {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                return;
            }
            Platform.runLater(() -> Window.getWindows().forEach(w -> w.getScene().getRoot().setOpacity(0.999)));
        });
        Workstation.launch(args);
    }
}
