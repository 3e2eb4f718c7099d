package com.solvent.app.portfolio;

import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.policy.VenuePresets;

import java.util.LinkedHashMap;
import java.util.Map;

/** The venue presets a portfolio file may name with {@code "venue"}. */
public final class Venues {
    private Venues() {
    }

    /** Presets by name, e.g. {@code reference}, {@code hyperliquid}, {@code dydx}. */
    public static Map<String, MarginPolicy> presets() {
        Map<String, MarginPolicy> byName = new LinkedHashMap<>();
        for (MarginPolicy preset : VenuePresets.all()) {
            byName.put(preset.name(), preset);
        }
        return byName;
    }
}
