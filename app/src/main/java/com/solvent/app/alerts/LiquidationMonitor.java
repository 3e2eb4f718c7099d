package com.solvent.app.alerts;

import com.solvent.app.format.ScreenFormat;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.HealthState;
import com.solvent.model.risk.PositionRisk;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Tells a liquidation from consecutive reports on the same account: positions that shrank or
 * vanished while the previous report had the account at risk (WARNING or LIQUIDATABLE).
 *
 * <p>Why not only LIQUIDATABLE before: the chain watcher publishes the latest block and may skip
 * one, and a keeper liquidates in the block right after the price move that made the account
 * liquidatable, so that block is often never seen. The at-risk condition is what keeps a user's
 * own reduction of a safe account from being reported as a liquidation; a user reducing an
 * account already at risk would be reported too (the venue's Liquidated event would tell them
 * apart; the watcher does not read logs yet).
 *
 * <p>Each report replaces the remembered state, so one liquidation raises exactly one alert.
 */
public final class LiquidationMonitor {
    private final Map<String, Seen> seen = new HashMap<>();

    /**
     * Observes one account at block {@code block}.
     *
     * @return the liquidation alert, if the positions were cut since the previous report
     */
    public Optional<Alert> observe(String account, String address, AccountRisk risk, long block, Instant at) {
        Map<String, PositionRisk> now = new LinkedHashMap<>();
        risk.positions().forEach(p -> now.put(p.positionId(), p));
        Seen before = seen.put(address, new Seen(now, risk.health()));
        if (before == null || before.health == HealthState.SAFE) {
            return Optional.empty();
        }
        StringJoiner cuts = new StringJoiner(", ");
        before.positions.forEach((id, was) -> {
            PositionRisk is = now.get(id);
            double after = is == null ? 0 : is.size();
            if (Math.abs(after) < Math.abs(was.size()) - 1e-12) {
                cuts.add(was.marketId() + " " + ScreenFormat.size(was.size()) + " → " + ScreenFormat.size(after));
            }
        });
        if (cuts.length() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Alert(Alert.Kind.LIQUIDATED, account, address,
                account + " was liquidated at block " + block + ": " + cuts, at));
    }

    /** Forgets an account (no longer watched). */
    public void forget(String address) {
        seen.remove(address);
    }

    private record Seen(Map<String, PositionRisk> positions, HealthState health) {
    }
}
