package com.solvent.app.venue.accounts;

import com.solvent.app.venue.VenueRow;

import java.util.Comparator;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * The accounts table's order: the ranking (worst first) or one column, ascending or descending.
 * Sorting runs with the filtering, off the FX thread. Rows without figures sort last by a figure.
 *
 * @param column      the column sorted by
 * @param descending  largest first
 */
public record VenueSort(Column column, boolean descending) {
    /** The ranking's order: {@link VenueRow#WORST_FIRST}. */
    public static final VenueSort RANKING = new VenueSort(Column.RANK, false);

    /** The sortable columns. */
    public enum Column {
        RANK, ACCOUNT, EQUITY, MAINTENANCE, MARGIN_RATIO, FREE_COLLATERAL, HEALTH, MODE, NOTIONAL, ASSETS
    }

    public VenueSort {
        Objects.requireNonNull(column, "column");
    }

    public Comparator<VenueRow> comparator() {
        Comparator<VenueRow> by = switch (column) {
            case RANK -> VenueRow.WORST_FIRST;
            case ACCOUNT -> Comparator.comparing(VenueRow::displayName, String.CASE_INSENSITIVE_ORDER);
            case EQUITY -> figure(VenueRow::equity);
            case MAINTENANCE -> figure(VenueRow::maintenanceRequirement);
            case MARGIN_RATIO -> figure(VenueRow::marginRatio);
            case FREE_COLLATERAL -> figure(VenueRow::freeCollateral);
            case HEALTH -> Comparator.comparingInt(r -> r.health() == null ? -1 : r.health().ordinal());
            case MODE -> Comparator.comparing(VenueRow::mode);
            case NOTIONAL -> figure(VenueRow::notional);
            case ASSETS -> Comparator.comparing(r -> String.join(" ", r.assets()));
        };
        if (column == Column.RANK) {
            return descending ? by.reversed() : by;
        }
        Comparator<VenueRow> ordered = descending ? by.reversed() : by;
        // rows without figures last either way, then the ranking breaks ties
        return Comparator.comparing(VenueRow::evaluated).reversed().thenComparing(ordered)
                .thenComparing(VenueRow.WORST_FIRST);
    }

    private static Comparator<VenueRow> figure(ToDoubleFunction<VenueRow> value) {
        return Comparator.comparingDouble(r -> r.evaluated() ? value.applyAsDouble(r) : 0.0);
    }
}
