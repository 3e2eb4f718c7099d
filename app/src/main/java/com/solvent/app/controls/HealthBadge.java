package com.solvent.app.controls;

import com.solvent.model.risk.HealthState;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import java.util.Locale;

/**
 * A health state as an icon and a word, coloured through the {@code :safe}, {@code :warning},
 * {@code :liquidatable} and {@code :bankrupt} pseudo-classes. Colour is never the only signal:
 * the word and the icon's shape differ per state. When the numbers are {@code uncertain} (a
 * stale price), SAFE is shown as "Safe?" with a question mark icon: never a silent all-clear.
 */
public final class HealthBadge extends Label {
    public static final String STYLE_CLASS = "health-badge";

    private final ObjectProperty<HealthState> health = new SimpleObjectProperty<>(this, "health");
    private final BooleanProperty uncertain = new SimpleBooleanProperty(this, "uncertain");

    public HealthBadge() {
        getStyleClass().add(STYLE_CLASS);
        health.addListener((o, a, b) -> refresh());
        uncertain.addListener((o, a, b) -> refresh());
        refresh();
    }

    public ObjectProperty<HealthState> healthProperty() {
        return health;
    }

    public BooleanProperty uncertainProperty() {
        return uncertain;
    }

    public void show(HealthState state, boolean isUncertain) {
        health.set(state);
        uncertain.set(isUncertain);
    }

    /** The word shown for a state, e.g. "Liquidatable"; "No data" for none. */
    public static String word(HealthState state, boolean uncertain) {
        if (state == null) {
            return "No data";
        }
        String name = state.name().charAt(0) + state.name().substring(1).toLowerCase(Locale.ROOT);
        return uncertain && state == HealthState.SAFE ? name + "?" : name;
    }

    private void refresh() {
        HealthState state = health.get();
        boolean doubt = uncertain.get();
        setText(word(state, doubt));
        FontIcon icon = new FontIcon(icon(state, doubt));
        icon.getStyleClass().add("health-icon");
        setGraphic(icon);
        for (HealthState s : HealthState.values()) {
            pseudoClassStateChanged(States.of(s), s == state);
        }
        pseudoClassStateChanged(States.UNCERTAIN, doubt);
        pseudoClassStateChanged(States.NO_DATA, state == null);
    }

    private static Ikon icon(HealthState state, boolean uncertain) {
        if (state == null) {
            return MaterialDesignH.HELP_CIRCLE_OUTLINE;
        }
        return switch (state) {
            case SAFE -> uncertain ? MaterialDesignH.HELP_CIRCLE : MaterialDesignS.SHIELD_CHECK;
            case WARNING -> MaterialDesignA.ALERT;
            case LIQUIDATABLE -> MaterialDesignA.ALERT_OCTAGON;
            case BANKRUPT -> MaterialDesignC.CLOSE_OCTAGON;
        };
    }
}
