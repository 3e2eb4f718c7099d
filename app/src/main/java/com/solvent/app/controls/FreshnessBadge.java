package com.solvent.app.controls;

import com.solvent.app.format.ScreenFormat;
import com.solvent.model.price.Freshness;
import javafx.scene.control.Label;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * Whether a feed price can be trusted, as an icon and a word with the price's age:
 * "Live 4 s", "Stale 12 min", "Invalid". Styled through {@code :fresh}, {@code :stale},
 * {@code :invalid}.
 */
public final class FreshnessBadge extends Label {
    public static final String STYLE_CLASS = "freshness-badge";

    /** One icon, its glyph changed only when the freshness changes (no new node per block). */
    private final FontIcon icon = new FontIcon(MaterialDesignC.CHECK_CIRCLE_OUTLINE);

    public FreshnessBadge() {
        getStyleClass().add(STYLE_CLASS);
        icon.getStyleClass().add("freshness-icon");
        setGraphic(icon);
    }

    /** Shows {@code freshness} for a price last updated {@code ageSeconds} ago (negative: unknown age). */
    public void show(Freshness freshness, long ageSeconds) {
        setText(text(freshness, ageSeconds));
        Ikon glyph = icon(freshness);
        if (icon.getIconCode() != glyph) {
            icon.setIconCode(glyph);
        }
        for (Freshness f : Freshness.values()) {
            pseudoClassStateChanged(States.of(f), f == freshness);
        }
    }

    public static String text(Freshness freshness, long ageSeconds) {
        String age = ageSeconds >= 0 ? " " + ScreenFormat.age(ageSeconds) : "";
        return switch (freshness) {
            case FRESH -> "Live" + age;
            case STALE -> "Stale" + age;
            case INVALID -> "Invalid";
        };
    }

    private static Ikon icon(Freshness freshness) {
        return switch (freshness) {
            case FRESH -> MaterialDesignC.CHECK_CIRCLE_OUTLINE;
            case STALE -> MaterialDesignC.CLOCK_ALERT_OUTLINE;
            case INVALID -> MaterialDesignC.CANCEL;
        };
    }
}
