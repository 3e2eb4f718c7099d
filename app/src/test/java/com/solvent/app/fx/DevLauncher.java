package com.solvent.app.fx;

import javafx.application.Platform;
import javafx.stage.Window;

/**
 * Starts the workstation from the test classpath, for looking at it under Xvfb (Main belongs
 * to the lead). Xvfb has no window manager: frames painted before the window is mapped are
 * lost and nothing asks for them again, so for a few seconds this forces a full repaint each second.
 * {@code -Ddev.tab=Profile} opens that tab of the desk; {@code -Ddev.dark=true} switches to the dark
 * theme once; {@code -Ddev.row=2} selects that watchlist row; {@code -Ddev.move=-5} sets the what-if's
 * whole-market move; {@code -Ddev.horizon=30} compares the profile 30 days on.
 */
public final class DevLauncher {
    private DevLauncher() {
    }

    public static void main(String[] args) {
        java.util.concurrent.atomic.AtomicBoolean first = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread.ofPlatform().daemon().start(() -> {
            for (int i = 0; i < 20; i++) {
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    return;
                }
                double opacity = i % 2 == 0 ? 0.999 : 1.0;
                Platform.runLater(() -> Window.getWindows().forEach(w -> {
                    w.getScene().getRoot().setOpacity(opacity);
                    if (first.compareAndSet(true, false)) {
                        if (Boolean.getBoolean("dev.dark")) {
                            javafx.scene.Node toggle = w.getScene().lookup("#" + ShellView.THEME_BUTTON_ID);
                            if (toggle instanceof javafx.scene.control.Button b) {
                                b.fire();
                            }
                        }
                        String move = System.getProperty("dev.move");
                        if (move != null && w.getScene().lookup(".slider") instanceof javafx.scene.control.Slider slider) {
                            slider.setValue(Double.parseDouble(move)); // the what-if's whole-market move
                        }
                        String horizon = System.getProperty("dev.horizon");
                        if (horizon != null && w.getScene().lookup("#profile-horizon")
                                instanceof javafx.scene.control.ComboBox<?> box) {
                            ((javafx.scene.control.ComboBox<Integer>) box).setValue(Integer.parseInt(horizon));
                        }
                        String row = System.getProperty("dev.row");
                        if (row != null && w.getScene().lookup("#watch-table") instanceof javafx.scene.control.TableView<?> t) {
                            t.getSelectionModel().select(Integer.parseInt(row));
                        }
                    }
                    String tab = System.getProperty("dev.tab");
                    if (tab != null) {
                        w.getScene().getRoot().lookupAll(".tab-pane").forEach(n -> {
                            javafx.scene.control.TabPane pane = (javafx.scene.control.TabPane) n;
                            pane.getTabs().stream().filter(t -> t.getText().equals(tab)).findFirst()
                                    .ifPresent(t -> pane.getSelectionModel().select(t));
                        });
                    }
                }));
            }
        });
        Workstation.launch(args);
    }
}
