package com.solvent.app.venue.accounts;

import com.solvent.app.venue.VenueRow;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the accounts table shows: a margin mode, a notional range, an asset held and health states.
 *
 * @param mode         margin-mode filter
 * @param minNotional  smallest notional shown, USD; NaN for no bound
 * @param maxNotional  largest notional shown, USD; NaN for no bound
 * @param asset        an asset the account must be exposed to ({@link VenueRow#assets()}); empty for any
 * @param health       states shown; an account that could not be evaluated shows with {@link HealthChoice#NOT_EVALUATED}
 */
public record AccountFilter(ModeFilter mode, double minNotional, double maxNotional, String asset,
                            Set<HealthChoice> health) {
    /** Every account. */
    public static final AccountFilter ALL = new AccountFilter(ModeFilter.ANY, Double.NaN, Double.NaN, "",
            EnumSet.allOf(HealthChoice.class));

    public AccountFilter {
        Objects.requireNonNull(mode, "mode");
        asset = asset == null ? "" : asset;
        health = health.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(health));
    }

    /** Whether {@code row} passes every filter. */
    public boolean test(VenueRow row) {
        return testIgnoringHealth(row) && health.stream().anyMatch(h -> h.matches(row));
    }

    /**
     * Whether {@code row} passes the mode, notional and asset filters (the health chips count these
     * rows, so each chip says how many it would add). A row without figures passes a notional range
     * only when no bound is set.
     */
    public boolean testIgnoringHealth(VenueRow row) {
        if (!mode.matches(row.mode())) {
            return false;
        }
        if (!asset.isEmpty() && !row.holds(asset)) {
            return false;
        }
        boolean bounded = !Double.isNaN(minNotional) || !Double.isNaN(maxNotional);
        if (bounded && !row.evaluated()) {
            return false;
        }
        return (Double.isNaN(minNotional) || row.notional() >= minNotional)
                && (Double.isNaN(maxNotional) || row.notional() <= maxNotional);
    }

    public boolean isAll() {
        return mode == ModeFilter.ANY && Double.isNaN(minNotional) && Double.isNaN(maxNotional) && asset.isEmpty()
                && health.size() == HealthChoice.values().length;
    }
}
