package com.solvent.app.profile;

import com.solvent.app.fx.Attachment;
import com.solvent.app.fx.FxBridge;
import com.solvent.app.fx.LiveRisk;
import com.solvent.app.watchlist.WatchedAccount;
import com.solvent.model.account.Account;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.market.Market;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableValue;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The risk profile's only entry point: sweeps the chosen asset's price for the selected account
 * (±50 %, 60 intervals) off the FX thread whenever the report, the account or the asset changes.
 */
public final class ProfileController implements AutoCloseable {
    static final double RANGE_PERCENT = 50;
    static final int STEPS = 60;

    private final ProfileModel model = new ProfileModel();
    private final ReadOnlyObjectProperty<LiveRisk> live;
    private final ObservableValue<WatchedAccount> selected;
    private final RiskProfile profile = new RiskProfile(MarginEngine.withoutExplanations());
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1), Thread.ofPlatform().daemon().name("risk-profile").factory(),
            new ThreadPoolExecutor.DiscardOldestPolicy());
    private final FxBridge<List<RiskProfile.Point>> bridge = FxBridge.onFxThread(model.points::set);
    private final InvalidationListener recompute = o -> recompute();
    private ProfileView view;

    public ProfileController(ReadOnlyObjectProperty<LiveRisk> live, ObservableValue<WatchedAccount> selected) {
        this.live = Objects.requireNonNull(live, "live");
        this.selected = Objects.requireNonNull(selected, "selected");
    }

    public ProfileModel model() {
        return model;
    }

    public ProfileView view() {
        if (view == null) {
            view = new ProfileView(model);
            Attachment.whileAttached(view, this::activate, this::deactivate);
        }
        return view;
    }

    private void activate() {
        live.addListener(recompute);
        selected.addListener(recompute);
        model.asset.addListener(recompute);
        recompute();
    }

    private void deactivate() {
        live.removeListener(recompute);
        selected.removeListener(recompute);
        model.asset.removeListener(recompute);
    }

    void recompute() {
        LiveRisk report = live.get();
        WatchedAccount account = selected.getValue();
        if (report == null) {
            return;
        }
        TreeSet<String> assets = new TreeSet<>();
        for (Market m : report.inputs().policy().markets().values()) {
            if (report.inputs().prices().get(m.underlying()).isPresent()) {
                assets.add(m.underlying());
            }
        }
        if (!model.assets.equals(List.copyOf(assets))) {
            model.assets.setAll(assets);
        }
        Optional<Account> inputs = account == null ? Optional.empty()
                : report.inputs().account(account.address().checksummed());
        if (inputs.isEmpty() || assets.isEmpty()) {
            model.points.set(List.of());
            return;
        }
        if (model.asset.get() == null || !assets.contains(model.asset.get())) {
            model.asset.set(mainUnderlying(inputs.get(), report, assets));
            return; // the asset listener recomputes
        }
        String asset = model.asset.get();
        model.livePrice.set(report.inputs().prices().get(asset).map(p -> p.mark()).orElse(Double.NaN));
        Account target = inputs.get();
        if (!worker.isShutdown()) {
            worker.execute(() -> bridge.publish(profile.sweep(target, report.inputs().prices(),
                    report.inputs().policy(), asset, -RANGE_PERCENT, RANGE_PERCENT, STEPS)));
        }
    }

    /** The underlying of the account's largest position, else the first asset. */
    private static String mainUnderlying(Account account, LiveRisk report, TreeSet<String> assets) {
        return account.positions().stream()
                .max((a, b) -> Double.compare(Math.abs(a.size() * a.entryPrice()), Math.abs(b.size() * b.entryPrice())))
                .flatMap(p -> report.inputs().policy().market(p.marketId()))
                .map(Market::underlying)
                .filter(assets::contains)
                .orElse(assets.first());
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
