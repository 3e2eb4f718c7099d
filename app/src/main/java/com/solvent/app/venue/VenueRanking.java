package com.solvent.app.venue;

import com.solvent.model.price.PriceSet;
import com.solvent.model.stress.StressBook;
import com.solvent.model.stress.StressScenario;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One evaluation of the whole venue: every account ranked worst first ({@link VenueRow#WORST_FIRST}),
 * the totals over them, and the book the stress and cascade runs start from. Immutable; crosses
 * threads as is.
 *
 * @param state     what was evaluated
 * @param rows      every account of {@code state}, worst first
 * @param totals    counts and sums over {@code rows}
 * @param book       the same accounts for stress runs, cascades and distributions (shares the ranking's columns)
 * @param exposures  every asset some account is exposed to, sorted (the accounts table's asset filter)
 * @param sequence   increases with every publication
 */
public record VenueRanking(VenueState state, List<VenueRow> rows, VenueTotals totals, StressBook book,
                           List<String> exposures, long sequence) {
    public VenueRanking {
        Objects.requireNonNull(state, "state");
        rows = List.copyOf(rows);
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(book, "book");
        exposures = List.copyOf(exposures);
    }

    /**
     * The ranking of {@code rows} (already worst first), with their totals and exposures: built on the
     * evaluating thread, so that the FX thread never walks a venue's rows.
     */
    public static VenueRanking of(VenueState state, List<VenueRow> rows, StressBook book, long sequence) {
        TreeSet<String> all = new TreeSet<>();
        rows.forEach(r -> all.addAll(r.assets()));
        return new VenueRanking(state, rows, VenueTotals.of(rows), book, List.copyOf(all), sequence);
    }

    public PriceSet prices() {
        return state.market().prices();
    }

    /** The policy's risky assets (its markets' underlyings) that have a price: what a shock can move. */
    public List<String> shockableAssets() {
        return StressScenario.riskyAssets(state.market().policy()).stream()
                .filter(a -> prices().get(a).isPresent()).toList();
    }
}
