package com.solvent.app.venue.distribution;

import com.solvent.app.fx.Attachment;
import com.solvent.app.venue.DeskContext;
import com.solvent.app.venue.DeskJob;
import com.solvent.app.venue.ExportFormat;
import com.solvent.app.venue.VenueRanking;
import com.solvent.model.distribution.LiquidationMap;
import com.solvent.model.distribution.MarginRatioHistogram;
import com.solvent.model.task.TaskMonitor;
import javafx.beans.InvalidationListener;
import javafx.stage.Window;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The distributions view's only entry point: while shown, recomputes the histogram and every
 * asset's liquidation map in the background whenever the ranking or the range changes (one at a
 * time; a change during a run is computed right after it, with the latest ranking).
 */
public final class DistributionController implements AutoCloseable {
    private final DistributionModel model = new DistributionModel();
    private final DeskContext desk;
    private final DeskJob job;
    private final InvalidationListener changed = o -> recompute();
    private boolean pending;
    /** Whether its tab is the one shown: the desk keeps every tab in the scene, and only this one computes. */
    private boolean shown = true;
    private boolean attached;
    private DistributionView view;

    public DistributionController(DeskContext desk) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.job = new DeskJob("venue-distributions", desk.fx());
    }

    public DistributionModel model() {
        return model;
    }

    public DeskJob job() {
        return job;
    }

    public DistributionView view() {
        if (view == null) {
            view = new DistributionView(model, this);
            Attachment.whileAttached(view, this::start, this::stop);
        }
        return view;
    }

    void start() {
        attached = true;
        desk.ranking().addListener(changed);
        desk.availability().addListener(changed);
        model.range.addListener(changed);
        recompute();
    }

    void stop() {
        attached = false;
        desk.ranking().removeListener(changed);
        desk.availability().removeListener(changed);
        model.range.removeListener(changed);
    }

    /** Tells the view whether its tab is shown; a hidden view computes nothing, and catches up when shown. */
    public void setShown(boolean isShown) {
        shown = isShown;
        if (shown && attached) {
            recompute();
        }
    }

    /** Computes the distributions of the latest ranking (or remembers to, when a computation runs). */
    void recompute() {
        if (!shown) {
            return;
        }
        model.empty.set(desk.emptyState());
        VenueRanking ranking = desk.ranking().get();
        if (ranking == null || ranking.rows().isEmpty()) {
            model.distributions.set(null);
            return;
        }
        if (job.runningProperty().get()) {
            pending = true;
            return;
        }
        List<String> assets = ranking.shockableAssets();
        if (!model.assets.equals(assets)) {
            String chosen = model.asset.get();
            model.assets.setAll(assets);
            model.asset.set(assets.contains(chosen) ? chosen : assets.isEmpty() ? null : assets.getFirst());
        }
        double range = model.range.get();
        job.start("distributions", monitor -> compute(ranking, assets, range, monitor), d -> {
            model.distributions.set(d);
            if (pending) {
                pending = false;
                recompute();
            }
        });
    }

    private Distributions compute(VenueRanking ranking, List<String> assets, double range, TaskMonitor monitor) {
        MarginRatioHistogram histogram = desk.analytics().histogram(ranking.book(), ranking.prices(),
                monitor.slice(0, 1, 3));
        Map<String, LiquidationMap> maps = desk.analytics().liquidationMaps(ranking.book(), ranking.prices(), assets,
                range, DistributionModel.LEVELS, monitor.slice(1, 2, 3));
        return new Distributions(ranking, histogram, maps, range);
    }

    /** The chosen asset's map, when there is one. */
    public LiquidationMap shownMap() {
        Distributions d = model.distributions.get();
        return d == null || model.asset.get() == null ? null : d.maps().get(model.asset.get());
    }

    /** Saves the histogram (CSV), the shown asset's map (CSV) or both with every map (JSON). */
    public void export(Window owner, ExportFormat format, boolean histogram) {
        Distributions d = model.distributions.get();
        if (d == null) {
            return;
        }
        LiquidationMap map = shownMap();
        if (format == ExportFormat.JSON) {
            desk.export().export(owner, "distributions", format, () -> DistributionRows.json(d));
        } else if (histogram) {
            desk.export().export(owner, "margin-ratio-histogram", format, () -> DistributionRows.histogramCsv(d));
        } else if (map != null) {
            desk.export().export(owner, "liquidation-map-" + map.asset(), format, () -> DistributionRows.mapCsv(map));
        }
    }

    @Override
    public void close() {
        job.close();
    }
}
