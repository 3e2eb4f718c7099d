package com.solvent.app.alerts;

import java.time.Duration;
import java.util.Objects;

/**
 * When to alert on how close an account's nearest liquidation price is to the mark.
 *
 * @param threshold   alert when the nearest liquidation price is this close, as a fraction of the mark
 *                    (0.05 = within 5 %), in (0, 1]
 * @param hysteresis  re-arm only once the distance is back above {@code threshold + hysteresis}, so a price
 *                    hovering at the threshold does not alert on every block; {@code >= 0}
 * @param cooldown    at least this long between two distance alerts for the same account
 */
public record DistanceRule(double threshold, double hysteresis, Duration cooldown) {
    /** Within 5 %, re-armed beyond 6 %, at most one alert a minute per account. */
    public static final DistanceRule DEFAULT = new DistanceRule(0.05, 0.01, Duration.ofMinutes(1));

    public DistanceRule {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("alert distance must lie in (0, 1], was " + threshold);
        }
        if (!(hysteresis >= 0 && Double.isFinite(hysteresis))) {
            throw new IllegalArgumentException("alert distance hysteresis must be finite and >= 0, was " + hysteresis);
        }
        Objects.requireNonNull(cooldown, "cooldown");
        if (cooldown.isNegative()) {
            throw new IllegalArgumentException("alert distance cooldown must not be negative, was " + cooldown);
        }
    }

    public DistanceRule withThreshold(double next) {
        return new DistanceRule(next, Math.min(hysteresis, next / 2), cooldown);
    }
}
