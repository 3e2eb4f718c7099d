package com.solvent.app.status;

import com.solvent.app.fx.Attachment;
import com.solvent.app.fx.ChainStatus;
import com.solvent.app.fx.LiveRisk;
import com.solvent.model.price.AssetPrice;
import com.solvent.model.price.PriceSet;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ChangeListener;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The status bar's only entry point: shows the connection and feeds of the latest report. */
public final class StatusController {
    private final StatusModel model = new StatusModel();
    private final ReadOnlyObjectProperty<LiveRisk> live;
    private final ChangeListener<LiveRisk> onLive = (o, a, b) -> apply(b);
    private StatusView view;

    public StatusController(ReadOnlyObjectProperty<LiveRisk> live) {
        this.live = Objects.requireNonNull(live, "live");
    }

    public StatusModel model() {
        return model;
    }

    public StatusView view() {
        if (view == null) {
            view = new StatusView(model);
            Attachment.whileAttached(view, this::activate, this::deactivate);
        }
        return view;
    }

    private void activate() {
        live.addListener(onLive);
        apply(live.get());
    }

    private void deactivate() {
        live.removeListener(onLive);
    }

    void apply(LiveRisk report) {
        if (report == null) {
            return;
        }
        ChainStatus status = report.inputs().status();
        model.chain.set(status.chain());
        model.block.set(status.block());
        model.latencyMillis.set(status.latency().toMillis());
        model.connection.set(status.connection());
        model.detail.set(status.detail());
        model.policy.set(report.inputs().policy().name());
        model.feeds.setAll(feeds(report.inputs().prices()));
    }

    static List<FeedLine> feeds(PriceSet prices) {
        return prices.prices().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .map(e -> {
                    AssetPrice p = e.getValue();
                    return new FeedLine(e.getKey(), p.freshness(),
                            Duration.between(p.timestamp(), prices.asOf()).toSeconds());
                })
                .toList();
    }
}
