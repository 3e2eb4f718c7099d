package com.solvent.app.venue.stress;

import com.solvent.app.fx.Attachment;
import com.solvent.app.venue.Amounts;
import com.solvent.app.portfolio.StressLibraryFile;
import com.solvent.app.venue.DeskContext;
import com.solvent.app.venue.DeskJob;
import com.solvent.app.venue.ExportFormat;
import com.solvent.app.venue.VenueRanking;
import com.solvent.model.stress.PriceShock;
import com.solvent.model.stress.StressLibrary;
import com.solvent.model.stress.StressScenario;
import javafx.beans.InvalidationListener;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The stress view's only entry point: keeps the scenario library (the core's
 * {@link StressLibrary#standard()} on a first start, then the user's, saved in the workspace), edits
 * one scenario at a time, and runs one scenario or the whole library over the venue as a
 * cancellable background job ({@link com.solvent.app.venue.VenueAnalytics#stress}).
 */
public final class StressController implements AutoCloseable {
    private final StressModel model = new StressModel();
    private final DeskContext desk;
    private final Runnable libraryChanged;
    private final DeskJob job;
    private final InvalidationListener availability = o -> refreshEmpty();
    private StressView view;

    /**
     * @param desk            the desk's shared state
     * @param libraryChanged  called after every change of the library (to save the workspace)
     */
    public StressController(DeskContext desk, Runnable libraryChanged) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.libraryChanged = Objects.requireNonNull(libraryChanged, "libraryChanged");
        this.job = new DeskJob("venue-stress", desk.fx());
        model.library.setAll(StressLibrary.standard());
        select(0);
    }

    public StressModel model() {
        return model;
    }

    public DeskJob job() {
        return job;
    }

    public StressView view() {
        if (view == null) {
            view = new StressView(model, this);
            Attachment.whileAttached(view, this::start, this::stop);
        }
        return view;
    }

    void start() {
        desk.ranking().addListener(availability);
        desk.availability().addListener(availability);
        refreshEmpty();
    }

    void stop() {
        desk.ranking().removeListener(availability);
        desk.availability().removeListener(availability);
    }

    private void refreshEmpty() {
        DeskContext.EmptyState venue = desk.emptyState();
        model.ready.set(venue.none());
        model.empty.set(!venue.none() || model.outcome.get() != null ? venue
                : new DeskContext.EmptyState("No stress run yet", "Run the selected scenario or the whole library: each "
                + "reports the accounts and notional it liquidates, penalties, insurance-fund draw, bad debt and the "
                + "accounts auto-deleveraged.", false));
    }

    /** The library as saved. */
    public List<StressScenario> library() {
        return List.copyOf(model.library);
    }

    /** Replaces the library (a workspace restored at start) without reporting a change. */
    public void restore(List<StressScenario> scenarios) {
        model.library.setAll(scenarios);
        select(scenarios.isEmpty() ? -1 : 0);
    }

    /** Edits scenario {@code index} (-1: none); unsaved edits of the previous one are dropped. */
    public void select(int index) {
        int i = index >= 0 && index < model.library.size() ? index : -1;
        model.selected.set(i);
        model.editError.set("");
        if (i < 0) {
            model.name.set("");
            model.description.set("");
            model.shocks.clear();
            return;
        }
        StressScenario s = model.library.get(i);
        model.name.set(s.name());
        model.description.set(s.description());
        model.shocks.setAll(s.shocks().stream().map(ShockDraft::of).toList());
    }

    /** The scenario the editor describes; throws naming the field at fault. */
    StressScenario draft() {
        String name = model.name.get() == null ? "" : model.name.get().strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("The scenario needs a name");
        }
        for (int i = 0; i < model.library.size(); i++) {
            if (i != model.selected.get() && model.library.get(i).name().equals(name)) {
                throw new IllegalArgumentException("Another scenario is already called \"" + name + "\"");
            }
        }
        List<PriceShock> shocks = new ArrayList<>();
        for (int i = 0; i < model.shocks.size(); i++) {
            shocks.add(model.shocks.get(i).toShock("shock " + (i + 1)));
        }
        return new StressScenario(name, model.description.get() == null ? "" : model.description.get().strip(), shocks);
    }

    /**
     * Saves the editor into the library.
     *
     * @return false, with {@code editError} saying why, when the scenario is not valid
     */
    public boolean saveEdits() {
        int i = model.selected.get();
        if (i < 0) {
            return false;
        }
        StressScenario edited;
        try {
            edited = draft();
        } catch (IllegalArgumentException e) {
            model.editError.set(e.getMessage());
            return false;
        }
        model.editError.set("");
        if (!edited.equals(model.library.get(i))) {
            model.library.set(i, edited);
            libraryChanged.run();
        }
        return true;
    }

    /** Adds a new scenario (every risky asset -10%) after the last and edits it. */
    public void addScenario() {
        model.library.add(new StressScenario(freeName("scenario"), "every risky asset -10%",
                List.of(new PriceShock.MarketMove(-0.10))));
        select(model.library.size() - 1);
        libraryChanged.run();
    }

    /** Copies the scenario being edited (as saved) under a free name, right after it, and edits the copy. */
    public void duplicate() {
        int i = model.selected.get();
        if (i < 0) {
            return;
        }
        StressScenario s = model.library.get(i);
        // a copy of a copy is "x-copy-2", not "x-copy-copy"
        String base = s.name().replaceFirst("-copy(-\\d+)?$", "") + "-copy";
        model.library.add(i + 1, new StressScenario(freeName(base), s.description(), s.shocks()));
        select(i + 1);
        libraryChanged.run();
    }

    /** Removes the scenario being edited. */
    public void removeSelected() {
        int i = model.selected.get();
        if (i < 0) {
            return;
        }
        model.library.remove(i);
        select(Math.min(i, model.library.size() - 1));
        libraryChanged.run();
    }

    /** Puts the standard library back in place of the user's. */
    public void resetToDefaults() {
        model.library.setAll(StressLibrary.standard());
        select(0);
        libraryChanged.run();
    }

    public void addShock() {
        ShockDraft shock = new ShockDraft();
        shock.first.set("-10");
        model.shocks.add(shock);
    }

    public void removeShock(ShockDraft shock) {
        model.shocks.remove(shock);
    }

    private String freeName(String base) {
        String name = base;
        for (int n = 2; nameTaken(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    private boolean nameTaken(String name) {
        return model.library.stream().anyMatch(s -> s.name().equals(name));
    }

    /** Saves the edits, then runs the scenario being edited. */
    public boolean runSelected() {
        if (!saveEdits()) {
            return false;
        }
        return run(List.of(model.library.get(model.selected.get())), model.library.get(model.selected.get()).name());
    }

    /** Runs every scenario of the library (unsaved edits are saved first when valid). */
    public boolean runAll() {
        if (model.selected.get() >= 0 && !saveEdits()) {
            return false;
        }
        return run(List.copyOf(model.library), model.library.size() + " scenarios");
    }

    private boolean run(List<StressScenario> scenarios, String what) {
        VenueRanking ranking = desk.ranking().get();
        if (ranking == null || ranking.rows().isEmpty() || scenarios.isEmpty()) {
            return false;
        }
        double fund;
        try {
            fund = Amounts.parse(model.insuranceFund.get(), "Insurance fund").orElse(0.0);
            if (fund < 0) {
                throw new IllegalArgumentException("Insurance fund must be 0 or more USD");
            }
        } catch (IllegalArgumentException e) {
            model.editError.set(e.getMessage());
            return false;
        }
        return job.start(what, monitor -> new StressOutcome(ranking, fund,
                desk.analytics().stress(ranking.book(), ranking.prices(), scenarios, fund, monitor)), outcome -> {
                    model.outcome.set(outcome);
                    String shown = model.detailScenario.get();
                    boolean kept = outcome.results().stream().anyMatch(r -> r.scenario().name().equals(shown));
                    model.detailScenario.set(kept ? shown : outcome.results().isEmpty() ? null
                            : outcome.results().getFirst().scenario().name());
                    refreshEmpty();
                });
    }

    public void cancel() {
        job.cancel();
    }

    /** The results as the file {@code format} would hold them; empty before a run. */
    public String exportText(ExportFormat format) {
        StressOutcome outcome = model.outcome.get();
        return outcome == null ? "" : outcome.text(format);
    }

    /** The accounts of {@code scenario} in the last run as the file {@code format} holds them; empty before a run. */
    public String accountsText(String scenario, ExportFormat format) {
        StressOutcome outcome = model.outcome.get();
        return outcome == null ? "" : outcome.accountsText(scenario, format);
    }

    /** Saves the accounts of the scenario the detail shows. */
    public void exportAccounts(Window owner, ExportFormat format) {
        StressOutcome outcome = model.outcome.get();
        String scenario = model.detailScenario.get();
        if (outcome != null && scenario != null) {
            desk.export().export(owner, "stress-accounts-" + scenario, format, () -> outcome.accountsText(scenario, format));
        }
    }

    /**
     * Replaces the library by a stress-library file's scenarios (asked for, read in the background);
     * a file that is not a valid library changes nothing and the desk says where it is wrong.
     */
    public void importLibrary(Window owner) {
        desk.export().importFile(owner, "stress library", ExportFormat.JSON, StressLibraryFile::read, scenarios -> {
            model.library.setAll(scenarios);
            select(scenarios.isEmpty() ? -1 : 0);
            libraryChanged.run();
        }, scenarios -> "Imported " + scenarios.size() + " scenario" + (scenarios.size() == 1 ? "" : "s"));
    }

    /** Saves the library as a stress-library file (the format {@code solvent stress --library} reads). */
    public void exportLibrary(Window owner) {
        List<StressScenario> scenarios = library();
        desk.export().export(owner, "stress-library", ExportFormat.JSON, () -> StressLibraryFile.toJson(scenarios));
    }

    public void export(Window owner, ExportFormat format) {
        StressOutcome outcome = model.outcome.get();
        if (outcome != null) {
            desk.export().export(owner, "stress", format, () -> outcome.text(format));
        }
    }

    @Override
    public void close() {
        job.close();
    }
}
