package com.solvent.app.venue;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;

import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * What every view of the desk shares: the latest ranking (on the FX thread), whether there is a venue
 * at all, the session's description, the FX executor, the export and the core's computations.
 *
 * @param ranking       the latest evaluation of the whole venue; null until the first
 * @param availability  whether a venue feed is followed
 * @param session       the session's one-line description
 * @param fx            runs updates on the FX thread ({@code Platform::runLater}; tests pass their own)
 * @param export        saves tables and results
 * @param analytics     stress runs, cascades and distributions
 * @param whyNoVenue    why this session has no venue scan (shown when unavailable); empty for the general reason
 */
public record DeskContext(ReadOnlyObjectProperty<VenueRanking> ranking,
                          ReadOnlyObjectProperty<DeskAvailability> availability, ReadOnlyStringProperty session,
                          Executor fx, DeskExport export, VenueAnalytics analytics, ReadOnlyStringProperty whyNoVenue) {
    /** A desk whose sessions give no reason of their own when they have no venue scan. */
    public DeskContext(ReadOnlyObjectProperty<VenueRanking> ranking,
                       ReadOnlyObjectProperty<DeskAvailability> availability, ReadOnlyStringProperty session,
                       Executor fx, DeskExport export, VenueAnalytics analytics) {
        this(ranking, availability, session, fx, export, analytics, new javafx.beans.property.SimpleStringProperty(""));
    }

    public DeskContext {
        Objects.requireNonNull(whyNoVenue, "whyNoVenue");
        Objects.requireNonNull(ranking, "ranking");
        Objects.requireNonNull(availability, "availability");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(fx, "fx");
        Objects.requireNonNull(export, "export");
        Objects.requireNonNull(analytics, "analytics");
    }

    /**
     * Why a view has nothing to show yet, or empty when there is a ranking with accounts: the one
     * wording every desk view uses for "no venue", "opening", "scanning" and "no accounts".
     */
    public EmptyState emptyState() {
        VenueRanking r = ranking.get();
        return switch (availability.get()) {
            case OPENING -> new EmptyState("Opening the session…", "The desk fills as soon as the venue is read.", true);
            case UNAVAILABLE -> new EmptyState(DeskAvailability.UNAVAILABLE_TITLE,
                    whyNoVenue.get().isEmpty() ? DeskAvailability.unavailableDetail(session.get()) : whyNoVenue.get(),
                    false);
            case AVAILABLE -> {
                if (r == null) {
                    yield new EmptyState("Reading the venue…", "Evaluating every account.", true);
                }
                ScanStatus scan = r.state().scan();
                if (!r.rows().isEmpty()) {
                    yield EmptyState.NONE;
                }
                if (scan.phase() == ScanPhase.FAILED) {
                    yield new EmptyState("The venue scan stopped", scan.lastError(), false);
                }
                if (!scan.phase().complete()) {
                    yield new EmptyState("Scanning the venue…", scan.hasError()
                            ? ScanText.progress(scan) + ". " + scan.lastError() : ScanText.progress(scan), true);
                }
                yield new EmptyState("No accounts in this venue", scan.hasError() ? scan.lastError()
                        : "The venue has no account with a balance or a position.", false);
            }
        };
    }

    /**
     * A designed empty state: a title, a line of detail, and whether work is under way (a spinner).
     * {@link #NONE} when there is something to show.
     */
    public record EmptyState(String title, String detail, boolean working) {
        public static final EmptyState NONE = new EmptyState("", "", false);

        public boolean none() {
            return title.isEmpty();
        }
    }
}
