package com.solvent.app.venue.stress;

import com.solvent.model.stress.PriceShock;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * One shock of the scenario being edited, as the user types it: a kind, an asset and up to two
 * numbers as text. Moves are typed in percent ({@code -20} for a 20% fall). {@link #toShock} turns
 * it into the core's {@link PriceShock}, naming the field at fault when it cannot.
 */
public final class ShockDraft {
    final ObjectProperty<ShockKind> kind = new SimpleObjectProperty<>(this, "kind", ShockKind.MARKET_MOVE);
    final StringProperty asset = new SimpleStringProperty(this, "asset", "");
    final StringProperty first = new SimpleStringProperty(this, "first", "");
    final StringProperty second = new SimpleStringProperty(this, "second", "");

    public ObjectProperty<ShockKind> kindProperty() {
        return kind;
    }

    public StringProperty assetProperty() {
        return asset;
    }

    public StringProperty firstProperty() {
        return first;
    }

    public StringProperty secondProperty() {
        return second;
    }

    /** The draft of an existing shock. */
    public static ShockDraft of(PriceShock shock) {
        ShockDraft d = new ShockDraft();
        d.kind.set(ShockKind.of(shock));
        switch (shock) {
            case PriceShock.MarketMove m -> d.first.set(percent(m.fraction()));
            case PriceShock.AssetMove a -> {
                d.asset.set(a.asset());
                d.first.set(percent(a.fraction()));
            }
            case PriceShock.VolatilitySpike v -> {
                d.first.set(plain(v.factor()));
                d.second.set(plain(v.downSigmas()));
            }
            case PriceShock.Depeg p -> {
                d.asset.set(p.asset());
                d.first.set(plain(p.price()));
            }
            case PriceShock.OracleFreeze f -> d.asset.set(f.asset());
        }
        return d;
    }

    /**
     * The shock this draft describes.
     *
     * @param where  the shock's place for messages, e.g. {@code "shock 2"}
     * @throws IllegalArgumentException naming {@code where} and the field when a field is missing or out of range
     */
    public PriceShock toShock(String where) {
        ShockKind k = kind.get();
        String a = asset.get() == null ? "" : asset.get().strip().toUpperCase(Locale.ROOT);
        if (k.usesAsset() && a.isEmpty()) {
            throw new IllegalArgumentException(where + " (" + k + "): the asset is missing");
        }
        try {
            return switch (k) {
                case MARKET_MOVE -> new PriceShock.MarketMove(number(first.get(), where, k.firstField()) / 100);
                case ASSET_MOVE -> new PriceShock.AssetMove(a, number(first.get(), where, k.firstField()) / 100);
                case VOLATILITY_SPIKE -> new PriceShock.VolatilitySpike(number(first.get(), where, k.firstField()),
                        number(second.get(), where, k.secondField()));
                case DEPEG -> new PriceShock.Depeg(a, number(first.get(), where, k.firstField()));
                case ORACLE_FREEZE -> new PriceShock.OracleFreeze(a);
            };
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(where)) {
                throw e;
            }
            throw new IllegalArgumentException(where + " (" + k + "): " + e.getMessage(), e);
        }
    }

    private static double number(String text, String where, String field) {
        String t = text == null ? "" : text.strip().replace("%", "").replace(",", "");
        try {
            double v = Double.parseDouble(t);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(where + ": " + field + " \"" + (text == null ? "" : text.strip())
                + "\" is not a number");
    }

    static String percent(double fraction) {
        return plain(fraction * 100);
    }

    static String plain(double v) {
        // 12 significant digits: -0.35 x 100 reads "-35", not a binary fraction's tail
        return new BigDecimal(Double.toString(v)).round(new java.math.MathContext(12)).stripTrailingZeros().toPlainString();
    }
}
