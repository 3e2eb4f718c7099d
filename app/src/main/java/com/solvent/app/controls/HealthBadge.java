package com.solvent.app.controls;

import com.solvent.model.risk.AccountRisk;
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


/**
 * A health state as an icon and a word, coloured through the {@code :safe}, {@code :warning},
 * {@code :liquidatable} and {@code :bankrupt} pseudo-classes. Colour is never the only signal:
 * the word and the icon's shape differ per state. When the numbers are {@code uncertain} (a
 * stale price), SAFE is shown as "Safe?" with a question mark icon: never a silent all-clear.
 */
public final class HealthBadge extends Label {
    public static final String STYLE_CLASS = "health-badge";
    public static final String EMPTY = AccountStanding.EMPTY;
    public static final String LIQUIDATED = AccountStanding.LIQUIDATED;

    private final ObjectProperty<HealthState> health = new SimpleObjectProperty<>(this, "health");
    private final BooleanProperty uncertain = new SimpleBooleanProperty(this, "uncertain");
    /** True while a show method sets both properties: it refreshes once at the end, not per property. */
    private boolean showing;
    /** EMPTY or LIQUIDATED when that overrides the health word; null otherwise. */
    private String standing;
    /** One icon, its glyph changed only when the state changes: a new icon node per block meant new CSS for it. */
    private final FontIcon icon = new FontIcon(MaterialDesignH.HELP_CIRCLE_OUTLINE);

    public HealthBadge() {
        getStyleClass().add(STYLE_CLASS);
        icon.getStyleClass().add("health-icon");
        setGraphic(icon);
        health.addListener((o, a, b) -> refreshUnlessShowing());
        uncertain.addListener((o, a, b) -> refreshUnlessShowing());
        refresh();
    }

    public ObjectProperty<HealthState> healthProperty() {
        return health;
    }

    public BooleanProperty uncertainProperty() {
        return uncertain;
    }

    /** Sets both properties, then refreshes once (a refresh per property change was laid out twice). */
    private void apply(HealthState state, boolean isUncertain) {
        showing = true;
        try {
            health.set(state);
            uncertain.set(isUncertain);
        } finally {
            showing = false;
        }
        refresh();
    }

    public void show(HealthState state, boolean isUncertain) {
        standing = null;
        apply(state, isUncertain);
    }

    /**
     * Shows an account's figures; an account with nothing in it reads {@link #EMPTY}, and one
     * {@code liquidated} (it was liquidatable while watched and is now empty) reads {@link #LIQUIDATED},
     * rather than a "Safe" that would only mean "nothing to lose".
     */
    public void showAccount(AccountRisk risk, boolean liquidated) {
        if (risk == null) {
            show((HealthState) null, false);
            return;
        }
        standing = isEmpty(risk) ? (liquidated ? LIQUIDATED : EMPTY) : null;
        apply(risk.health(), risk.uncertain());
    }

    /**
     * Shows a health state from figures without an {@link AccountRisk} (the risk desk's columns):
     * {@link #EMPTY} when the account has nothing in it, like {@link #showAccount}.
     */
    public void show(HealthState state, boolean isUncertain, boolean empty) {
        standing = empty ? EMPTY : null;
        apply(state, isUncertain);
    }

    /** See {@link AccountStanding#isEmpty}. */
    public static boolean isEmpty(AccountRisk risk) {
        return AccountStanding.isEmpty(risk);
    }

    /** The word shown for a state, e.g. "Liquidatable"; "No data" for none. */
    public static String word(HealthState state, boolean uncertain) {
        return AccountStanding.word(state, uncertain);
    }

    private void refreshUnlessShowing() {
        if (!showing) {
            refresh();
        }
    }

    private void refresh() {
        HealthState state = health.get();
        boolean doubt = uncertain.get();
        setText(standing != null ? standing : word(state, doubt));
        Ikon glyph = standing == null ? icon(state, doubt)
                : standing.equals(EMPTY) ? MaterialDesignC.CIRCLE_OUTLINE : MaterialDesignA.ALERT_OCTAGON;
        if (icon.getIconCode() != glyph) {
            icon.setIconCode(glyph);
        }
        // A liquidated account is coloured as liquidatable: it lost everything, whatever its health now.
        HealthState colour = LIQUIDATED.equals(standing) ? HealthState.LIQUIDATABLE : EMPTY.equals(standing) ? null : state;
        for (HealthState s : HealthState.values()) {
            pseudoClassStateChanged(States.of(s), s == colour);
        }
        pseudoClassStateChanged(States.EMPTY_ACCOUNT, EMPTY.equals(standing));
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
