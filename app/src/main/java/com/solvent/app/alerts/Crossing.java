package com.solvent.app.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The hysteresis and cooldown shared by every alert on a level: fire once when the level reaches
 * the threshold, re-arm only once it is back beyond the threshold by the hysteresis, and never
 * fire twice for the same account within the cooldown. Time is the report's block time, so the
 * same sequence of reports always gives the same alerts.
 */
final class Crossing {
    /** Which side of the threshold is the dangerous one. */
    enum Danger {
        /** e.g. the margin ratio: alert at or above the threshold. */
        AT_OR_ABOVE,
        /** e.g. the distance to liquidation: alert at or below the threshold. */
        AT_OR_BELOW
    }

    private final Danger danger;
    private final Map<String, State> states = new HashMap<>();

    Crossing(Danger danger) {
        this.danger = danger;
    }

    /** True when {@code level} of {@code address} at {@code at} must raise an alert. */
    boolean fires(String address, double level, double threshold, double hysteresis, Duration cooldown, Instant at) {
        State state = states.computeIfAbsent(address, a -> new State());
        boolean dangerous = danger == Danger.AT_OR_ABOVE ? level >= threshold : level <= threshold;
        if (!state.armed) {
            boolean clear = danger == Danger.AT_OR_ABOVE ? level < threshold - hysteresis : level > threshold + hysteresis;
            if (clear) {
                state.armed = true;
            }
            return false;
        }
        if (!dangerous) {
            return false;
        }
        if (state.lastAlert != null && Duration.between(state.lastAlert, at).compareTo(cooldown) < 0) {
            return false;
        }
        state.armed = false;
        state.lastAlert = at;
        return true;
    }

    void forget(String address) {
        states.remove(address);
    }

    private static final class State {
        boolean armed = true;
        Instant lastAlert;
    }
}
