package com.solvent.app.profile;

import com.solvent.app.fx.Attachment;
import com.solvent.app.fx.FxBridge;
import com.solvent.app.fx.LiveRisk;
import com.solvent.app.watchlist.WatchedAccount;
import com.solvent.model.account.Account;
import com.solvent.app.whatif.Scenario;
import com.solvent.app.whatif.WhatIf;
import com.solvent.app.whatif.WhatIfModel;
import com.solvent.model.edit.AccountEdits;
import com.solvent.model.edit.EditResult;
import com.solvent.model.market.Market;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.PriceSet;
import com.solvent.model.scenario.Portfolio;
import com.solvent.model.scenario.PortfolioEvaluator;
import com.solvent.model.scenario.RiskProfile;
import com.solvent.model.scenario.VenueRules;

import java.time.Duration;
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
 * The risk profile's only entry point: profiles the selected account against the chosen asset's
 * price ({@link RiskProfile}, ±50 %, 201 points, liquidation points refined by bisection) off the
 * FX thread whenever the report, the account, the asset, the horizon or the what-if scenario changes.
 */
public final class ProfileController implements AutoCloseable {
    static final double RANGE_PERCENT = 50;
    static final int POINTS = RiskProfile.MIN_POINTS;
    private static final PortfolioEvaluator EVALUATOR = PortfolioEvaluator.fast();

    private final ProfileModel model = new ProfileModel();
    private final ReadOnlyObjectProperty<LiveRisk> live;
    private final ObservableValue<WatchedAccount> selected;
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1), Thread.ofPlatform().daemon().name("risk-profile").factory(),
            new ThreadPoolExecutor.DiscardOldestPolicy());
    private final FxBridge<ProfileCurves> bridge = FxBridge.onFxThread(model.curves::set);
    private WhatIfModel whatIf;
    private boolean active;
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
        model.horizonDays.addListener(recompute);
        active = true;
        recompute();
    }

    private void deactivate() {
        live.removeListener(recompute);
        selected.removeListener(recompute);
        model.asset.removeListener(recompute);
        model.horizonDays.removeListener(recompute);
        active = false;
    }

    /**
     * Overlays the what-if desk's scenario on the profile and recomputes when it changes
     * (price moves, days forward, top-up).
     */
    public void followWhatIf(WhatIfModel whatIf) {
        this.whatIf = Objects.requireNonNull(whatIf, "whatIf");
        whatIf.marketMoveProperty().addListener(recompute);
        whatIf.daysForwardProperty().addListener(recompute);
        whatIf.settlementChangeProperty().addListener(recompute);
        whatIf.assetMoves().addListener((javafx.collections.ListChangeListener<WhatIfModel.AssetMove>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(m -> m.percent().addListener(recompute));
            }
            recompute();
        });
        whatIf.assetMoves().forEach(m -> m.percent().addListener(recompute));
    }

    void recompute() {
        if (view == null || !active) {
            return;
        }
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
            model.curves.set(ProfileCurves.NONE);
            return;
        }
        if (model.asset.get() == null || !assets.contains(model.asset.get())) {
            model.asset.set(mainUnderlying(inputs.get(), report, assets));
            return; // the asset listener recomputes
        }
        String asset = model.asset.get();
        double mark = report.inputs().prices().get(asset).map(p -> p.mark()).orElse(Double.NaN);
        model.livePrice.set(mark);
        Account target = inputs.get();
        int days = model.horizonDays.get() == null ? 0 : model.horizonDays.get();
        Scenario scenario = whatIf == null ? Scenario.LIVE : whatIf.scenario();
        if (!worker.isShutdown() && Double.isFinite(mark) && mark > 0) {
            worker.execute(() -> bridge.publish(curves(target, report.inputs().prices(), report.inputs().policy(),
                    asset, mark, days, scenario)));
        }
    }

    /**
     * The profile of {@code account} over {@code mark} ± {@value #RANGE_PERCENT} %, today, {@code days}
     * later and under {@code scenario} (its price moves and time; a top-up or withdrawal is
     * applied as the what-if desk applies it). Runs off the FX thread.
     */
    static ProfileCurves curves(Account account, PriceSet prices, MarginPolicy policy, String asset, double mark,
                                int days, Scenario scenario) {
        Portfolio book = Portfolio.of(account);
        VenueRules rules = VenueRules.of(policy);
        double low = mark * (1 - RANGE_PERCENT / 100);
        double high = mark * (1 + RANGE_PERCENT / 100);
        com.solvent.model.scenario.MarketState market = com.solvent.model.scenario.MarketState.of(prices);
        RiskProfile today = RiskProfile.compute(book, market, rules, asset, low, high, POINTS, EVALUATOR);
        RiskProfile later = days <= 0 ? null : RiskProfile.compute(book,
                market.withPrices(prices.withAsOf(prices.asOf().plus(Duration.ofDays(days)))), rules, asset, low, high,
                POINTS, EVALUATOR);
        RiskProfile underScenario = null;
        if (!scenario.isLive()) {
            try {
                PriceSet moved = WhatIf.move(prices, policy, scenario);
                Portfolio edited = book;
                if (scenario.settlementChange() != 0) {
                    AccountEdits edits = new AccountEdits(moved, policy);
                    EditResult r = scenario.settlementChange() > 0
                            ? edits.topUp(account, policy.settlementAsset(), scenario.settlementChange())
                            : edits.withdraw(account, policy.settlementAsset(), -scenario.settlementChange());
                    if (r instanceof EditResult.Edited e) {
                        edited = Portfolio.of(e.account());
                    }
                }
                underScenario = RiskProfile.compute(edited, market.withPrices(moved), rules, asset, low, high, POINTS,
                        EVALUATOR);
            } catch (IllegalArgumentException refused) {
                // The what-if desk shows why its scenario cannot apply; the profile just omits the overlay.
                underScenario = null;
            }
        }
        return new ProfileCurves(today, later, days, underScenario, mark);
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
