package com.solvent.app.alerts;

import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.LiquidationPrice;
import com.solvent.model.risk.PositionRisk;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides, block after block, whether an account's nearest liquidation price is close enough to
 * the mark to alert, with the same hysteresis and cooldown as {@link AlertMonitor} has for the
 * margin ratio. Only positions with a liquidation price count: an account already past the
 * threshold is the margin-ratio alert's business, and a hedged one has no price to approach.
 */
public final class DistanceMonitor {
    private final Crossing crossing = new Crossing(Crossing.Danger.AT_OR_BELOW);
    private DistanceRule rule;

    public DistanceMonitor(DistanceRule rule) {
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    public DistanceRule rule() {
        return rule;
    }

    /** Changes the rule; accounts keep their armed state. */
    public void setRule(DistanceRule next) {
        this.rule = Objects.requireNonNull(next, "rule");
    }

    /**
     * Observes one account's positions at block time {@code at}.
     *
     * @return the alert to raise, if any
     */
    public Optional<Alert> observe(String account, String address, AccountRisk risk, Instant at) {
        Optional<PositionRisk> nearest = risk.positions().stream()
                .filter(p -> p.liquidationPrice().kind() == LiquidationPrice.Kind.PRICE)
                .min(Comparator.comparingDouble(p -> Math.abs(p.liquidationPrice().distanceFraction())));
        if (nearest.isEmpty()) {
            return Optional.empty();
        }
        double distance = Math.abs(nearest.get().liquidationPrice().distanceFraction());
        if (!crossing.fires(address, distance, rule.threshold(), rule.hysteresis(), rule.cooldown(), at)) {
            return Optional.empty();
        }
        return Optional.of(Alert.distance(account, address, nearest.get().marketId(), distance, rule.threshold(), at));
    }

    /** Forgets an account (no longer watched). */
    public void forget(String address) {
        crossing.forget(address);
    }
}
