package com.solvent.app.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides, block after block, whether an account's margin ratio warrants an alert: once when it
 * crosses the threshold, not again until it has fallen back below the threshold minus the
 * hysteresis, and never twice within the cooldown. Plain Java, no clock of its own: time is the
 * report's block time, so the same sequence of reports always gives the same alerts.
 */
public final class AlertMonitor {
    private final Map<String, State> states = new HashMap<>();
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
        State state = states.computeIfAbsent(address, a -> new State());
        if (!state.armed) {
            if (marginRatio < rule.threshold() - rule.hysteresis()) {
                state.armed = true;
            }
            return Optional.empty();
        }
        if (marginRatio < rule.threshold()) {
            return Optional.empty();
        }
        if (state.lastAlert != null && Duration.between(state.lastAlert, at).compareTo(rule.cooldown()) < 0) {
            return Optional.empty();
        }
        state.armed = false;
        state.lastAlert = at;
        return Optional.of(new Alert(account, address, marginRatio, rule.threshold(), at));
    }

    /** Forgets an account (no longer watched). */
    public void forget(String address) {
        states.remove(address);
    }

    private static final class State {
        boolean armed = true;
        Instant lastAlert;
    }
}
