package com.solvent.app.venue.cascade;

import com.solvent.app.format.ScreenFormat;
import com.solvent.app.fx.Attachment;
import com.solvent.app.venue.Amounts;
import com.solvent.app.venue.DeskContext;
import com.solvent.app.venue.DeskJob;
import com.solvent.app.venue.ExportFormat;
import com.solvent.app.venue.VenueRanking;
import com.solvent.model.cascade.CascadeSettings;
import com.solvent.model.cascade.MarketDepth;
import com.solvent.model.stress.PriceShock;
import com.solvent.model.stress.StressScenario;
import javafx.beans.InvalidationListener;
import javafx.stage.Window;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The cascade view's only entry point: reads the form (the settings {@code solvent cascade} takes)
 * and runs the cascade over the venue as a cancellable background job
 * ({@link com.solvent.app.venue.VenueAnalytics#cascade}).
 */
public final class CascadeController implements AutoCloseable {
    private final CascadeModel model = new CascadeModel();
    private final DeskContext desk;
    private final DeskJob job;
    private final InvalidationListener changed = o -> refresh();
    private CascadeView view;

    public CascadeController(DeskContext desk) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.job = new DeskJob("venue-cascade", desk.fx());
    }

    public CascadeModel model() {
        return model;
    }

    public DeskJob job() {
        return job;
    }

    public CascadeView view() {
        if (view == null) {
            view = new CascadeView(model, this);
            Attachment.whileAttached(view, this::start, this::stop);
        }
        return view;
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
        List<String> assets = ranking == null ? List.of() : ranking.shockableAssets();
        if (!model.assets.equals(assets)) {
            String chosen = model.asset.get();
            model.assets.setAll(assets);
            model.asset.set(assets.contains(chosen) ? chosen : assets.isEmpty() ? null : assets.getFirst());
        }
        DeskContext.EmptyState venue = desk.emptyState();
        model.ready.set(venue.none());
        model.empty.set(!venue.none() || model.outcome.get() != null ? venue
                : new DeskContext.EmptyState("No cascade run yet", "Shock an asset and let liquidations sell into a "
                + "market of finite depth: each round's selling moves the price and may liquidate more accounts, "
                + "until nothing more is liquidated or prices stop moving.", false));
    }

    /** The shock and settings the form describes; throws naming the field at fault. */
    Run form() {
        String asset = model.asset.get();
        if (asset == null || asset.isBlank()) {
            throw new IllegalArgumentException("Choose the asset to shock");
        }
        double shock = percent(model.shock.get(), "Shock") / 100;
        double depth = Amounts.parse(model.depth.get(), "Depth")
                .orElseThrow(() -> new IllegalArgumentException("Depth is required: the USD sold that moves the price by -impact"));
        if (!(depth > 0)) {
            throw new IllegalArgumentException("Depth must be more than 0 USD");
        }
        Map<String, Double> depths = new HashMap<>();
        var other = Amounts.parse(model.otherDepth.get(), "Other assets' depth");
        if (other.isPresent()) {
            VenueRanking ranking = desk.ranking().get();
            if (ranking != null) {
                ranking.shockableAssets().forEach(a -> depths.put(a, other.getAsDouble()));
            }
        }
        depths.put(asset, depth);
        double impact = number(model.impact.get(), "Impact");
        double tolerance = percent(model.tolerance.get(), "Tolerance") / 100;
        int rounds;
        try {
            rounds = Integer.parseInt(model.maxRounds.get().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Max rounds: \"" + model.maxRounds.get().strip() + "\" is not a whole number");
        }
        double fund = Amounts.parse(model.insuranceFund.get(), "Insurance fund").orElse(0.0);
        CascadeSettings settings = new CascadeSettings(new MarketDepth(impact, depths), tolerance, rounds, fund);
        // the scenario solvent cascade builds: the asset alone moves (named like the command's)
        StressScenario scenario = new StressScenario(asset.toLowerCase(Locale.ROOT) + "-shock",
                asset + " " + ScreenFormat.signedPercent(shock), List.of(new PriceShock.AssetMove(asset, shock)));
        return new Run(asset, shock, scenario, settings);
    }

    /** What one run needs. */
    record Run(String asset, double shock, StressScenario scenario, CascadeSettings settings) {
    }

    private static double percent(String text, String field) {
        return number(text == null ? "" : text.replace("%", ""), field);
    }

    private static double number(String text, String field) {
        String t = text == null ? "" : text.strip();
        try {
            double v = Double.parseDouble(t);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(field + ": \"" + t + "\" is not a number");
    }

    /** Runs the cascade the form describes over the latest ranking; false when it cannot start. */
    public boolean run() {
        VenueRanking ranking = desk.ranking().get();
        if (ranking == null || ranking.rows().isEmpty()) {
            return false;
        }
        Run run;
        try {
            run = form();
        } catch (IllegalArgumentException e) {
            model.formError.set(e.getMessage());
            return false;
        }
        model.formError.set("");
        return job.start(run.scenario().description() + " cascade", monitor -> new CascadeOutcome(ranking, run.asset(),
                run.shock(), desk.analytics().cascade(ranking.book(), ranking.prices(), run.scenario(), run.settings(),
                        monitor)), outcome -> {
                            model.outcome.set(outcome);
                            refresh();
                        });
    }

    public void cancel() {
        job.cancel();
    }

    public String exportText(ExportFormat format) {
        CascadeOutcome outcome = model.outcome.get();
        return outcome == null ? "" : outcome.text(format);
    }

    public void export(Window owner, ExportFormat format) {
        CascadeOutcome outcome = model.outcome.get();
        if (outcome != null) {
            desk.export().export(owner, "cascade-" + outcome.asset(), format, () -> outcome.text(format));
        }
    }

    @Override
    public void close() {
        job.close();
    }
}
