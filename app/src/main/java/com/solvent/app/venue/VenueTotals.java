package com.solvent.app.venue;

import com.solvent.model.risk.HealthState;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts and sums over a set of venue rows, as the desk's summary line shows them. USD; sums over
 * the evaluated accounts only.
 *
 * @param accounts        rows counted
 * @param byHealth        accounts per health state (every state present, 0 when none)
 * @param notEvaluated    accounts the engine could not evaluate
 * @param uncertain       accounts depending on a price that is not FRESH
 * @param equity          sum of equity
 * @param maintenance     sum of maintenance requirements
 * @param notional        sum of notional
 */
public record VenueTotals(int accounts, Map<HealthState, Integer> byHealth, int notEvaluated, int uncertain,
                          double equity, double maintenance, double notional) {
    public static final VenueTotals NONE = of(List.of());

    public VenueTotals {
        byHealth = Map.copyOf(byHealth);
    }

    public static VenueTotals of(List<VenueRow> rows) {
        Map<HealthState, Integer> counts = new EnumMap<>(HealthState.class);
        for (HealthState s : HealthState.values()) {
            counts.put(s, 0);
        }
        int failed = 0;
        int doubtful = 0;
        double equity = 0;
        double maintenance = 0;
        double notional = 0;
        for (VenueRow r : rows) {
            if (!r.evaluated()) {
                failed++;
                continue;
            }
            counts.merge(r.health(), 1, Integer::sum);
            if (r.uncertain()) {
                doubtful++;
            }
            equity += r.equity();
            maintenance += r.maintenanceRequirement();
            notional += r.notional();
        }
        return new VenueTotals(rows.size(), counts, failed, doubtful, equity, maintenance, notional);
    }

    public int count(HealthState state) {
        return byHealth.getOrDefault(state, 0);
    }

    /** Accounts at or past maintenance (liquidatable or bankrupt). */
    public int atOrPastMaintenance() {
        return count(HealthState.LIQUIDATABLE) + count(HealthState.BANKRUPT);
    }
}
