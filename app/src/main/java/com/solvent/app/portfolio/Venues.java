package com.solvent.app.portfolio;

import com.solvent.model.policy.MarginPolicy;

import java.util.Map;

/** The venue presets a portfolio file may name with {@code "venue"}. */
public final class Venues {
    private Venues() {
    }

    /** Presets by name, e.g. {@code reference}, {@code hyperliquid}, {@code dydx}. */
    public static Map<String, MarginPolicy> presets() {
        return Map.of(); // TODO wire VenuePresets from core when it lands
    }
}
