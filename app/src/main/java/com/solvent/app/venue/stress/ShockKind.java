package com.solvent.app.venue.stress;

import com.solvent.model.stress.PriceShock;

/**
 * The kinds of price shock a scenario is made of, with the fields each one needs (see
 * {@link PriceShock} for what each does to the engine's inputs).
 */
public enum ShockKind {
    MARKET_MOVE("Market move", false, "% move", ""),
    ASSET_MOVE("Asset move", true, "% move", ""),
    VOLATILITY_SPIKE("Volatility spike", false, "× daily volatility", "σ down day"),
    DEPEG("Depeg", true, "price USD", ""),
    ORACLE_FREEZE("Oracle frozen", true, "", "");

    private final String text;
    private final boolean usesAsset;
    private final String first;
    private final String second;

    ShockKind(String text, boolean usesAsset, String first, String second) {
        this.text = text;
        this.usesAsset = usesAsset;
        this.first = first;
        this.second = second;
    }

    public boolean usesAsset() {
        return usesAsset;
    }

    /** The first number's caption, empty when the kind has none. */
    public String firstField() {
        return first;
    }

    /** The second number's caption, empty when the kind has none. */
    public String secondField() {
        return second;
    }

    public static ShockKind of(PriceShock shock) {
        return switch (shock) {
            case PriceShock.MarketMove m -> MARKET_MOVE;
            case PriceShock.AssetMove a -> ASSET_MOVE;
            case PriceShock.VolatilitySpike v -> VOLATILITY_SPIKE;
            case PriceShock.Depeg d -> DEPEG;
            case PriceShock.OracleFreeze f -> ORACLE_FREEZE;
        };
    }

    @Override
    public String toString() {
        return text;
    }
}
