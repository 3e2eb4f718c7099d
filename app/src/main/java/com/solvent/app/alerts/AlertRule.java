package com.solvent.app.alerts;

import java.time.Duration;
import java.util.Objects;

/**
 * When to alert on an account's margin ratio.
 *
 * @param threshold   alert when the margin ratio reaches this (0.8 = 80 % of the way to liquidation), in (0, 1]
 * @param hysteresis  re-arm only once the ratio is back below {@code threshold - hysteresis}, so a ratio
 *                    hovering around the threshold does not alert on every block; in [0, threshold)
 * @param cooldown    at least this long between two alerts for the same account
 */
public record AlertRule(double threshold, double hysteresis, Duration cooldown) {
    /** 80 %, re-armed below 75 %, at most one alert a minute per account. */
    public static final AlertRule DEFAULT = new AlertRule(0.8, 0.05, Duration.ofMinutes(1));

    public AlertRule {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("alert threshold must lie in (0, 1], was " + threshold);
        }
        if (!(hysteresis >= 0 && hysteresis < threshold)) {
            throw new IllegalArgumentException("alert hysteresis must lie in [0, threshold), was " + hysteresis);
        }
        Objects.requireNonNull(cooldown, "cooldown");
        if (cooldown.isNegative()) {
            throw new IllegalArgumentException("alert cooldown must not be negative, was " + cooldown);
        }
    }

    public AlertRule withThreshold(double next) {
        return new AlertRule(next, Math.min(hysteresis, next / 2), cooldown);
    }
}
