package com.solvent.app.venue.accounts;

import com.solvent.app.cli.risk.RiskOutput;
import com.solvent.app.format.ScreenFormat;
import com.solvent.app.fx.Attachment;
import com.solvent.app.fx.FxBridge;
import com.solvent.app.venue.Amounts;
import com.solvent.app.venue.DeskContext;
import com.solvent.app.venue.ExportFormat;
import com.solvent.app.venue.VenueRanking;
import com.solvent.app.venue.VenueRow;
import javafx.beans.InvalidationListener;
import javafx.collections.SetChangeListener;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The venue accounts table's only entry point: filters and orders the latest ranking off the FX
 * thread (a venue can hold a great many accounts; latest wins), keeps the summary line and the
 * empty state, opens an account in the trader's view, and exports what is shown.
 */
public final class VenueAccountsController implements AutoCloseable {
    private final VenueAccountsModel model = new VenueAccountsModel();
    private final DeskContext desk;
    private final Consumer<VenueRow> open;
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1), Thread.ofPlatform().daemon().name("venue-filter").factory(),
            new ThreadPoolExecutor.DiscardOldestPolicy());
    private final FxBridge<VenueSelection> bridge;
    private final InvalidationListener refilter = o -> refresh();
    private final SetChangeListener<HealthChoice> healthChanged = c -> refresh();
    private VenueAccountsView view;

    /**
     * @param desk  the desk's shared state
     * @param open  opens an account in the trader's view (on the FX thread)
     */
    public VenueAccountsController(DeskContext desk, Consumer<VenueRow> open) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.open = Objects.requireNonNull(open, "open");
        this.bridge = new FxBridge<>(desk.fx(), this::show);
    }

    public VenueAccountsModel model() {
        return model;
    }

    /** The view, created on first use; it follows the ranking only while it is in a scene. */
    public VenueAccountsView view() {
        if (view == null) {
            view = new VenueAccountsView(model, this);
            Attachment.whileAttached(view, this::start, this::stop);
        }
        return view;
    }

    /** Follows the ranking and the filters (the view does this when shown; tests call it directly). */
    void start() {
        desk.ranking().addListener(refilter);
        desk.availability().addListener(refilter);
        model.mode.addListener(refilter);
        model.minNotional.addListener(refilter);
        model.maxNotional.addListener(refilter);
        model.asset.addListener(refilter);
        model.sort.addListener(refilter);
        model.health.addListener(healthChanged);
        refresh();
    }

    void stop() {
        desk.ranking().removeListener(refilter);
        desk.availability().removeListener(refilter);
        model.mode.removeListener(refilter);
        model.minNotional.removeListener(refilter);
        model.maxNotional.removeListener(refilter);
        model.asset.removeListener(refilter);
        model.sort.removeListener(refilter);
        model.health.removeListener(healthChanged);
    }

    /** The filter the fields describe; fields that do not parse are left out and {@code filterError} says why. */
    public AccountFilter filter() {
        List<String> problems = new ArrayList<>();
        double min = amount(model.minNotional.get(), "Min notional", problems);
        double max = amount(model.maxNotional.get(), "Max notional", problems);
        model.filterError.set(String.join("; ", problems));
        String asset = VenueAccountsModel.ANY_ASSET.equals(model.asset.get()) ? "" : model.asset.get();
        return new AccountFilter(model.mode.get(), min, max, asset, model.health);
    }

    private static double amount(String text, String field, List<String> problems) {
        try {
            return Amounts.parse(text, field).orElse(Double.NaN);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return Double.NaN;
        }
    }

    /** Filters the latest ranking again (on the worker) and shows the result. */
    void refresh() {
        model.empty.set(desk.emptyState());
        VenueRanking ranking = desk.ranking().get();
        if (ranking == null) {
            model.summary.set("");
            return;
        }
        model.warningLevel.set(ranking.state().market().policy().warningLevel());
        List<String> choices = new ArrayList<>();
        choices.add(VenueAccountsModel.ANY_ASSET);
        choices.addAll(ranking.exposures());
        if (!model.assets.equals(choices)) {
            String chosen = model.asset.get();
            model.assets.setAll(choices);
            model.asset.set(choices.contains(chosen) ? chosen : VenueAccountsModel.ANY_ASSET);
        }
        AccountFilter filter = filter();
        VenueSort sort = model.sort.get();
        if (!worker.isShutdown()) {
            worker.execute(() -> bridge.publish(VenueSelection.of(ranking, filter, sort)));
        }
    }

    private void show(VenueSelection selection) {
        model.selection.set(selection);
        model.summary.set(summary(selection));
        if (model.empty.get().none() && selection.rows().isEmpty() && !selection.ranking().rows().isEmpty()) {
            model.empty.set(new DeskContext.EmptyState("No account matches the filters",
                    "Filter: " + FilterText.of(selection.filter()) + ". Clear the filters to see all "
                            + selection.venueAccounts() + " accounts.", false));
        } else if (!selection.rows().isEmpty()) {
            model.empty.set(DeskContext.EmptyState.NONE);
        }
    }

    /** E.g. "Showing 3 of 5 accounts · notional 1.20M USD · equity 431,000 USD · maintenance 12,345 USD · 1 uncertain". */
    static String summary(VenueSelection s) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "Showing %,d of %,d accounts",
                s.rows().size(), s.venueAccounts()));
        out.append(" · notional ").append(ScreenFormat.compactWhole(s.shown().notional())).append(" USD");
        out.append(" · equity ").append(ScreenFormat.compactWhole(s.shown().equity())).append(" USD");
        out.append(" · maintenance ").append(ScreenFormat.compactWhole(s.shown().maintenance())).append(" USD");
        if (s.shown().uncertain() > 0) {
            out.append(" · ").append(s.shown().uncertain()).append(" on a stale price");
        }
        return out.toString();
    }

    /** Opens {@code row}'s account in the trader's view. */
    public void open(VenueRow row) {
        if (row != null) {
            open.accept(row);
        }
    }

    /** Shows every account again. */
    public void clearFilters() {
        model.mode.set(ModeFilter.ANY);
        model.minNotional.set("");
        model.maxNotional.set("");
        model.asset.set(VenueAccountsModel.ANY_ASSET);
        model.health.addAll(List.of(HealthChoice.values()));
    }

    /** Shows only the accounts in {@code choices} (other filters kept). */
    public void showOnly(HealthChoice... choices) {
        model.health.retainAll(List.of(choices));
        model.health.addAll(List.of(choices));
    }

    /** The rows shown, as the file {@code format} would hold them; empty text when nothing is shown. */
    public String exportText(ExportFormat format) {
        VenueSelection selection = model.selection.get();
        if (selection == null) {
            return "";
        }
        return text(selection, format);
    }

    private static String text(VenueSelection selection, ExportFormat format) {
        return switch (format) {
            case CSV -> VenueAccountsCsv.COLUMNS.format(selection.rows());
            case JSON -> RiskOutput.json(VenueAccountsJson.of(selection));
        };
    }

    /** Asks for a file and saves the rows shown. */
    public void export(Window owner, ExportFormat format) {
        VenueSelection selection = model.selection.get();
        if (selection != null) {
            desk.export().export(owner, "venue-accounts", format, () -> text(selection, format));
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
