package com.solvent.app.venue;

import com.solvent.app.fx.FxBridge;
import com.solvent.app.venue.accounts.VenueAccountsController;
import com.solvent.app.venue.cascade.CascadeController;
import com.solvent.app.venue.distribution.DistributionController;
import com.solvent.app.venue.replay.ReplayController;
import com.solvent.app.venue.stress.StressController;
import javafx.scene.Node;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The risk desk's only entry point: follows the session's {@link VenueFeed} through the
 * {@link VenueRiskService}, hands each ranking to its views on the FX thread (one per pulse), and
 * owns the views' controllers: venue accounts, distributions, stress tests, cascades and historical
 * replay.
 */
public final class DeskController implements AutoCloseable {
    private final DeskModel model = new DeskModel();
    private final VenueRiskService service;
    private final VenueFeed.Subscription subscription;
    private final DeskExport export;
    private final DeskContext context;
    private final VenueAccountsController accounts;
    private final DistributionController distribution;
    private final StressController stress;
    private final CascadeController cascade;
    private final ReplayController replay;
    private DeskView view;

    /**
     * @param service         evaluates the venue (the desk subscribes; the caller owns and closes it)
     * @param fx              runs updates on the FX thread ({@code Platform::runLater})
     * @param open            opens an account in the trader's view
     * @param libraryChanged  called after every change of the stress library (to save the workspace)
     */
    public DeskController(VenueRiskService service, Executor fx, Consumer<VenueRow> open, Runnable libraryChanged) {
        this.service = Objects.requireNonNull(service, "service");
        this.export = new DeskExport(fx, model.message::set);
        this.context = new DeskContext(model.ranking, model.availability, model.session, fx, export,
                VenueAnalytics.forDesk(), model.whyNoVenue);
        FxBridge<VenueRanking> bridge = new FxBridge<>(fx, model.ranking::set);
        this.subscription = service.subscribe(bridge::publish);
        this.accounts = new VenueAccountsController(context, open);
        this.distribution = new DistributionController(context);
        this.stress = new StressController(context, libraryChanged);
        this.cascade = new CascadeController(context);
        this.replay = new ReplayController(context);
    }

    public DeskModel model() {
        return model;
    }

    /** Follows the session's venue feed, or says plainly that this session has none. Call on the FX thread. */
    public void follow(Optional<VenueFeed> feed, String session) {
        follow(feed, session, "");
    }

    /**
     * Like {@link #follow(Optional, String)}; {@code whyNot} says why the session has no venue scan
     * (empty: the general reason). Call on the FX thread.
     */
    public void follow(Optional<VenueFeed> feed, String session, String whyNot) {
        model.session.set(session);
        model.whyNoVenue.set(whyNot == null ? "" : whyNot);
        replay.setSource(feed.flatMap(VenueFeed::history));
        if (feed.isPresent()) {
            model.availability.set(DeskAvailability.AVAILABLE);
            service.follow(feed.get());
        } else {
            model.availability.set(DeskAvailability.UNAVAILABLE);
        }
    }

    public VenueAccountsController accounts() {
        return accounts;
    }

    public DistributionController distribution() {
        return distribution;
    }

    public StressController stress() {
        return stress;
    }

    public CascadeController cascade() {
        return cascade;
    }

    public ReplayController replay() {
        return replay;
    }

    /** Saves tables and results; tests replace its file chooser. */
    public DeskExport export() {
        return export;
    }

    /** The desk's view, created on first use. */
    public DeskView view() {
        if (view == null) {
            view = new DeskView(model, accounts::view, distribution::view, stress::view, cascade::view,
                    replay::view);
            view.sectionProperty().subscribe(s -> distribution.setShown(s == DeskView.Section.DISTRIBUTIONS));
        }
        return view;
    }

    @Override
    public void close() {
        subscription.cancel();
        accounts.close();
        distribution.close();
        stress.close();
        cascade.close();
        replay.close();
    }
}
