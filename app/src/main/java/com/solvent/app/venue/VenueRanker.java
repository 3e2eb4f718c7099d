package com.solvent.app.venue;

import com.solvent.model.account.Account;

import java.util.List;

/**
 * Ranks every account of a {@link VenueState}, worst first: the computation behind the
 * {@link VenueRiskService}, without its thread. Keeps the account set's columnar layout
 * ({@link VenueBook}) from one state to the next, so a new block costs one columnar pass, the few
 * record-level evaluations, and the sort; a changed account set or policy lays the columns out anew.
 *
 * <p>Single-writer: call {@link #rank} from one thread at a time. The rankings are immutable.
 */
public final class VenueRanker implements AutoCloseable {
    private VenueBook layout;
    private long sequence;

    /** Every account of {@code state} evaluated and ranked. */
    public VenueRanking rank(VenueState state) {
        List<Account> accounts = state.market().accounts();
        if (layout == null || !layout.isFor(accounts, state.market().policy())) {
            close();
            layout = VenueBook.of(accounts, state.market().policy());
        }
        List<VenueRow> rows = WorstFirst.sort(layout.evaluate(state.market().prices(), state.labels()));
        return VenueRanking.of(state, rows, layout.stressBook(), ++sequence);
    }

    /** A ranking whose every row says {@code reason} (the evaluation itself failed). */
    public VenueRanking failed(VenueState state, String reason) {
        List<VenueRow> rows = state.market().accounts().stream()
                .map(a -> VenueRow.failed(a.id(), state.label(a.id()), reason, ModeMix.NONE, List.of()))
                .toList();
        return VenueRanking.of(state, rows, VenueAnalytics.stressBook(List.of(), state.market().policy()), ++sequence);
    }

    @Override
    public void close() {
        if (layout != null) {
            layout.close();
            layout = null;
        }
    }
}
