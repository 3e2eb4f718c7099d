package com.solvent.app.alerts;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides, block after block, whether an account's margin ratio warrants an alert: once when it
 * crosses the threshold, not again until it has fallen back below the threshold minus the
 * hysteresis, and never twice within the cooldown. Plain Java, no clock of its own: time is the
 * report's block time, so the same sequence of reports always gives the same alerts.
 */
public final class AlertMonitor {
    private final Crossing crossing = new Crossing(Crossing.Danger.AT_OR_ABOVE);
    private AlertRule rule;

    public AlertMonitor(AlertRule rule) {
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    public AlertRule rule() {
        return rule;
    }

    /** Changes the rule; accounts keep their armed state. */
    public void setRule(AlertRule next) {
        this.rule = Objects.requireNonNull(next, "rule");
    }

    /**
     * Observes one account's margin ratio at block time {@code at}.
     *
     * @return the alert to raise, if any
     */
    public Optional<Alert> observe(String account, String address, double marginRatio, Instant at) {
        if (!crossing.fires(address, marginRatio, rule.threshold(), rule.hysteresis(), rule.cooldown(), at)) {
            return Optional.empty();
        }
        return Optional.of(Alert.marginRatio(account, address, marginRatio, rule.threshold(), at));
    }

    /** Forgets an account (no longer watched). */
    public void forget(String address) {
        crossing.forget(address);
    }
}
