package com.solvent.app.venue.accounts;

import com.solvent.app.venue.VenueRanking;
import com.solvent.app.venue.VenueRow;
import com.solvent.app.venue.VenueTotals;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The accounts table's content: a ranking filtered and ordered. Immutable; built off the FX thread.
 *
 * @param ranking   what was filtered
 * @param filter    the filter applied
 * @param rows      the rows shown, in order
 * @param shown     counts and sums over {@code rows}
 * @param matching  counts over the rows passing every filter but health (what each health chip would show)
 */
public record VenueSelection(VenueRanking ranking, AccountFilter filter, List<VenueRow> rows, VenueTotals shown,
                             VenueTotals matching) {
    public VenueSelection {
        Objects.requireNonNull(ranking, "ranking");
        Objects.requireNonNull(filter, "filter");
        rows = List.copyOf(rows);
        Objects.requireNonNull(shown, "shown");
        Objects.requireNonNull(matching, "matching");
    }

    /** {@code ranking} through {@code filter}, in {@code sort}'s order. */
    public static VenueSelection of(VenueRanking ranking, AccountFilter filter, VenueSort sort) {
        List<VenueRow> matching = new ArrayList<>();
        List<VenueRow> rows = new ArrayList<>();
        for (VenueRow r : ranking.rows()) {
            if (filter.testIgnoringHealth(r)) {
                matching.add(r);
                if (filter.test(r)) {
                    rows.add(r);
                }
            }
        }
        if (!sort.equals(VenueSort.RANKING)) {
            rows.sort(sort.comparator());
        }
        return new VenueSelection(ranking, filter, rows, VenueTotals.of(rows), VenueTotals.of(matching));
    }

    /** Accounts in the venue. */
    public int venueAccounts() {
        return ranking.rows().size();
    }
}
