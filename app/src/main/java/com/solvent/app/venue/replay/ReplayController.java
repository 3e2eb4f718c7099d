package com.solvent.app.venue.replay;

import com.solvent.app.fx.Attachment;
import com.solvent.app.fx.FxBridge;
import com.solvent.app.venue.DeskAvailability;
import com.solvent.app.venue.DeskContext;
import com.solvent.app.venue.DeskJob;
import com.solvent.app.venue.ExportFormat;
import com.solvent.app.venue.ReplaySource;
import com.solvent.app.venue.VenueRanking;
import com.solvent.app.venue.VenueRow;
import com.solvent.chain.scan.BookFigures;
import com.solvent.chain.scan.ReplayRequest;
import com.solvent.chain.scan.ReplayResult;
import javafx.beans.InvalidationListener;
import javafx.stage.Window;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The risk desk's historical replay: an account (or the whole book) over a block range, read at each
 * block through the session's {@link ReplaySource} (eth_call at that block) as a cancellable
 * background job, the timeline filling as the blocks come in; a cursor steps through it. A node that
 * has pruned a block stops the replay there with the reason (an archive RPC is needed); what was read
 * before stays on the timeline.
 */
public final class ReplayController implements AutoCloseable {
    /** The range offered at first: this many blocks up to the newest one read. */
    static final int DEFAULT_SPAN = 60;

    private final ReplayModel model = new ReplayModel();
    private final DeskContext desk;
    private final DeskJob job;
    private final InvalidationListener changed = o -> refresh();
    private Optional<ReplaySource> source = Optional.empty();
    /** Rows of the ranking the account list was built from; -1 before the first. */
    private int listedRows = -1;
    private ReplayView view;

    public ReplayController(DeskContext desk) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.job = new DeskJob("venue-replay", desk.fx());
    }

    public ReplayModel model() {
        return model;
    }

    public DeskJob job() {
        return job;
    }

    public ReplayView view() {
        if (view == null) {
            view = new ReplayView(model, this);
            Attachment.whileAttached(view, this::start, this::stop);
        }
        return view;
    }

    /** The session's history reader (none offline). Call on the FX thread. */
    public void setSource(Optional<ReplaySource> next) {
        source = Objects.requireNonNull(next, "source");
        refresh();
    }

    void start() {
        desk.ranking().addListener(changed);
        desk.availability().addListener(changed);
        refresh();
    }

    void stop() {
        desk.ranking().removeListener(changed);
        desk.availability().removeListener(changed);
    }

    void refresh() {
        VenueRanking ranking = desk.ranking().get();
        if (ranking != null && ranking.rows().size() != listedRows) {
            // rebuilt only when accounts come or go (a venue's list only grows between reorgs), not every block
            listedRows = ranking.rows().size();
            List<ReplayTarget> targets = targets(ranking);
            if (!model.targets.equals(targets)) {
                ReplayTarget chosen = model.target.get();
                model.targets.setAll(targets);
                model.target.set(chosen);
            }
        }
        if (ranking != null) {
            long block = ranking.state().market().status().block();
            if (model.to.get().isBlank() && block > 0) {
                model.to.set(Long.toString(block));
                model.from.set(Long.toString(Math.max(0, block - DEFAULT_SPAN)));
            }
        }
        DeskContext.EmptyState venue = desk.emptyState();
        boolean chain = source.isPresent();
        model.ready.set(chain && desk.availability().get() == DeskAvailability.AVAILABLE);
        if (desk.availability().get() != DeskAvailability.AVAILABLE) {
            model.empty.set(venue);
        } else if (!chain) {
            model.empty.set(new DeskContext.EmptyState("No history to replay", "This session's venue has no past "
                    + "blocks (a portfolio file is one moment). Replay reads a chain: the devnet, or --rpc URL --venue "
                    + "reference --deployment FILE (an archive RPC for blocks older than the node keeps).", false));
        } else if (model.points.isEmpty()) {
            model.empty.set(new DeskContext.EmptyState("No replay yet", "Pick an account (or the whole book) and a "
                    + "block range, then Run: each block is read as it was (eth_call at that block) and evaluated "
                    + "by the margin engine; step through the timeline with the slider, the buttons or the arrow keys.",
                    false));
        } else {
            model.empty.set(DeskContext.EmptyState.NONE);
        }
    }

    /** The whole book, then the venue's accounts: labelled ones by label, then the rest by address. */
    private static List<ReplayTarget> targets(VenueRanking ranking) {
        List<ReplayTarget> targets = new ArrayList<>(ranking.rows().size() + 1);
        for (VenueRow row : ranking.rows()) {
            if (row.accountId().matches("0x[0-9a-fA-F]{40}")) {
                targets.add(new ReplayTarget(row.accountId(), row.label()));
            }
        }
        targets.sort(Comparator.comparing((ReplayTarget t) -> t.label().isEmpty())
                .thenComparing(ReplayTarget::label).thenComparing(ReplayTarget::address));
        targets.addFirst(ReplayTarget.WHOLE_BOOK);
        return targets;
    }

    /** The request the form describes; throws naming the field at fault. */
    ReplayRequest request() {
        ReplayTarget target = model.target.get();
        if (target == null) {
            throw new IllegalArgumentException("Account: choose one of the list, type a 0x address, or choose the whole book");
        }
        long from = whole(model.from.get(), "From block");
        long to = whole(model.to.get(), "To block");
        long every = whole(model.every.get(), "Every");
        if (every < 1 || every > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Every: must be at least 1 block, was " + every);
        }
        return new ReplayRequest(target.account(), from, to, (int) every);
    }

    private static long whole(String text, String field) {
        String t = text == null ? "" : text.strip().replace(",", "");
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": \"" + t + "\" is not a block number");
        }
    }

    /** Replays what the form describes; false when it cannot start (no chain, a bad field, a replay running). */
    public boolean run() {
        if (source.isEmpty() || job.runningProperty().get()) {
            return false;
        }
        ReplayRequest request;
        try {
            request = request();
        } catch (IllegalArgumentException e) {
            model.formError.set(e.getMessage());
            return false;
        }
        model.formError.set("");
        model.stopped.set("");
        model.outcome.set(null);
        model.points.clear();
        model.cursor.set(-1);
        refresh();
        ReplaySource replay = source.get();
        // the timeline fills while the blocks come in: the worker keeps the list, the FX thread takes the newest
        List<ReplayPoint> read = new ArrayList<>();
        FxBridge<List<ReplayPoint>> partial = new FxBridge<>(desk.fx(), points -> {
            if (job.runningProperty().get()) {
                showPoints(points);
            }
        });
        String what = "replay of " + request.account().orElse("the whole book") + ", blocks " + request.from() + "–"
                + request.to();
        return job.start(what, monitor -> {
            try {
                ReplayResult result = replay.replay(request, monitor, (BookFigures book) -> {
                    read.add(ReplayPoint.of(book));
                    // a copy per block would cost quadratic time on a long range: the first blocks one by
                    // one (they arrive while the user watches), then every 256th
                    if (read.size() <= 64 || read.size() % 256 == 0) {
                        partial.publish(List.copyOf(read));
                    }
                });
                return ReplayOutcome.of(replay.origin(), result);
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
            }
        }, this::finish);
    }

    private void finish(ReplayOutcome outcome) {
        model.outcome.set(outcome);
        showPoints(outcome.points());
        ReplayResult r = outcome.result();
        model.stopped.set(switch (r.status()) {
            case COMPLETE -> "";
            case CANCELLED -> "Cancelled: " + r.stopReason() + "; the timeline shows the blocks read.";
            case HISTORY_UNAVAILABLE -> "Stopped: " + r.stopReason();
        });
        if (outcome.points().isEmpty() && r.complete()) {
            model.stopped.set("No block to show: the account was opened after block " + r.request().to() + ".");
        }
        model.cursor.set(outcome.points().isEmpty() ? -1 : outcome.points().size() - 1);
    }

    private void showPoints(List<ReplayPoint> points) {
        int cursor = model.cursor.get();
        boolean atEnd = cursor < 0 || cursor == model.points.size() - 1;
        model.points.setAll(points);
        if (atEnd) {
            model.cursor.set(points.size() - 1);
        }
        refresh();
    }

    public void cancel() {
        job.cancel();
    }

    /** Moves the cursor to the {@code index}-th block read (clamped). */
    public void moveTo(int index) {
        if (model.points.isEmpty()) {
            model.cursor.set(-1);
            return;
        }
        model.cursor.set(Math.max(0, Math.min(model.points.size() - 1, index)));
    }

    public void previous() {
        moveTo(model.cursor.get() - 1);
    }

    public void next() {
        moveTo(model.cursor.get() + 1);
    }

    public void first() {
        moveTo(0);
    }

    public void last() {
        moveTo(model.points.size() - 1);
    }

    /** The block at the cursor, if any. */
    public Optional<ReplayPoint> atCursor() {
        int i = model.cursor.get();
        return i >= 0 && i < model.points.size() ? Optional.of(model.points.get(i)) : Optional.empty();
    }

    public String exportText(ExportFormat format) {
        ReplayOutcome outcome = model.outcome.get();
        return outcome == null ? "" : outcome.text(format);
    }

    public void export(Window owner, ExportFormat format) {
        ReplayOutcome outcome = model.outcome.get();
        if (outcome != null) {
            desk.export().export(owner, outcome.baseName().toLowerCase(Locale.ROOT), format, () -> outcome.text(format));
        }
    }

    @Override
    public void close() {
        job.close();
    }
}
