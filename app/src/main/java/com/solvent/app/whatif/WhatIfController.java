package com.solvent.app.whatif;

import com.solvent.app.fx.Attachment;
import com.solvent.app.fx.FxBridge;
import com.solvent.app.fx.LiveRisk;
import com.solvent.app.watchlist.WatchedAccount;
import com.solvent.app.session.LendingHolding;
import com.solvent.model.account.Account;
import com.solvent.model.lending.DebtPosition;
import com.solvent.model.lending.EModeCategory;
import com.solvent.model.lending.LendingAccount;
import com.solvent.model.lending.SupplyPosition;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.market.Market;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The what-if desk's only entry point. Every change of a slider, of the selected account or of
 * the live report re-evaluates the scenario on a worker thread (latest wins, like the live path)
 * and the outcome reaches the FX thread through an {@link FxBridge}.
 */
public final class WhatIfController implements AutoCloseable {
    private final WhatIfModel model = new WhatIfModel();
    private final ReadOnlyObjectProperty<LiveRisk> live;
    private final ObservableValue<WatchedAccount> selected;
    // The desk shows figures, not their derivations: building explanation text would double its latency.
    private final WhatIf whatIf = new WhatIf(MarginEngine.withoutExplanations());
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1), Thread.ofPlatform().daemon().name("what-if").factory(),
            new ThreadPoolExecutor.DiscardOldestPolicy());
    private final FxBridge<WhatIf.Outcome> bridge = FxBridge.onFxThread(model.outcome::set);
    private final FxBridge<LendingDesk.Outcome> lendingBridge = FxBridge.onFxThread(model.lendingOutcome::set);
    private final InvalidationListener recompute = o -> recompute();
    private WhatIfView view;

    public WhatIfController(ReadOnlyObjectProperty<LiveRisk> live, ObservableValue<WatchedAccount> selected) {
        this.live = Objects.requireNonNull(live, "live");
        this.selected = Objects.requireNonNull(selected, "selected");
        ListChangeListener<WhatIfModel.AssetMove> followSliders = c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(m -> m.percent().addListener(recompute));
            }
        };
        model.assetMoves.addListener(followSliders);
        model.reserveMoves.addListener(followSliders);
    }

    public WhatIfModel model() {
        return model;
    }

    public WhatIfView view() {
        if (view == null) {
            view = new WhatIfView(model, this);
            Attachment.whileAttached(view, this::activate, this::deactivate);
        }
        return view;
    }

    private void activate() {
        live.addListener(recompute);
        selected.addListener(recompute);
        model.marketMove.addListener(recompute);
        model.daysForward.addListener(recompute);
        model.settlementChange.addListener(recompute);
        model.actionKind.addListener(recompute);
        model.actionAsset.addListener(recompute);
        model.actionAmount.addListener(recompute);
        model.eMode.addListener(recompute);
        recompute();
    }

    private void deactivate() {
        live.removeListener(recompute);
        selected.removeListener(recompute);
        model.marketMove.removeListener(recompute);
        model.daysForward.removeListener(recompute);
        model.settlementChange.removeListener(recompute);
        model.actionKind.removeListener(recompute);
        model.actionAsset.removeListener(recompute);
        model.actionAmount.removeListener(recompute);
        model.eMode.removeListener(recompute);
    }

    /** Back to live: every input at zero. */
    public void reset() {
        model.marketMove.set(0);
        model.daysForward.set(0);
        model.settlementChange.set(0);
        model.assetMoves.forEach(m -> m.percent().set(0));
        model.reserveMoves.forEach(m -> m.percent().set(0));
        model.actionKind.set(LendingScenario.LendingAction.Kind.NONE);
        model.actionAmount.set(0);
        model.eMode.set(null);
    }

    /** Evaluates the current scenario off the FX thread; the newest request wins. */
    void recompute() {
        LiveRisk report = live.get();
        WatchedAccount account = selected.getValue();
        if (report != null) {
            syncAssets(report);
            model.settlementAsset.set(report.inputs().policy().settlementAsset());
        }
        Optional<LendingHolding> lending = report == null || account == null ? Optional.empty()
                : report.inputs().lendingAccount(account.address().checksummed());
        model.lending.set(lending.isPresent());
        if (lending.isPresent()) {
            recomputeLending(lending.get().account());
            return;
        }
        model.lendingOutcome.set(null);
        Optional<Account> inputs = report == null || account == null ? Optional.empty()
                : report.inputs().account(account.address().checksummed());
        model.hasAccount.set(inputs.isPresent());
        if (inputs.isEmpty()) {
            model.outcome.set(null);
            return;
        }
        Scenario scenario = model.scenario();
        Account target = inputs.get();
        if (!worker.isShutdown()) {
            worker.execute(() -> bridge.publish(whatIf.evaluate(target, report.inputs().prices(),
                    report.inputs().policy(), scenario)));
        }
    }

    /** The lending desk: same worker, so a lending request and a margin request also race latest-wins. */
    private void recomputeLending(LendingAccount account) {
        syncReserves(account);
        model.hasAccount.set(true);
        model.outcome.set(null);
        LendingScenario scenario = model.lendingScenario();
        if (!worker.isShutdown()) {
            worker.execute(() -> lendingBridge.publish(LendingDesk.evaluate(account, scenario)));
        }
    }

    /** One slider per reserve held and the e-mode choices: leaving e-mode, or the account's own category. */
    private void syncReserves(LendingAccount account) {
        TreeSet<String> assets = new TreeSet<>();
        account.supplies().stream().map(SupplyPosition::reserve).forEach(r -> assets.add(r.asset()));
        account.debts().stream().map(DebtPosition::reserve).forEach(r -> assets.add(r.asset()));
        List<String> shown = model.reserveMoves.stream().map(WhatIfModel.AssetMove::asset).toList();
        if (!shown.equals(List.copyOf(assets))) {
            List<WhatIfModel.AssetMove> moves = new ArrayList<>();
            for (String a : assets) {
                double kept = model.reserveMoves.stream().filter(m -> m.asset().equals(a)).findFirst()
                        .map(m -> m.percent().get()).orElse(0.0);
                moves.add(new WhatIfModel.AssetMove(a, new SimpleDoubleProperty(kept)));
            }
            model.reserveMoves.setAll(moves);
            model.reserveAssets.setAll(assets);
        }
        LinkedHashSet<EModeCategory> choices = new LinkedHashSet<>(List.of(EModeCategory.NONE, account.eMode()));
        if (!List.copyOf(choices).equals(model.eModeChoices)) {
            model.eModeChoices.setAll(choices);
        }
    }

    /** One slider per market underlying, kept across reports (values survive a new block). */
    private void syncAssets(LiveRisk report) {
        TreeSet<String> assets = new TreeSet<>();
        for (Market m : report.inputs().policy().markets().values()) {
            if (report.inputs().prices().get(m.underlying()).isPresent()) {
                assets.add(m.underlying());
            }
        }
        List<String> shown = model.assetMoves.stream().map(WhatIfModel.AssetMove::asset).toList();
        if (!shown.equals(List.copyOf(assets))) {
            model.assetMoves.setAll(assets.stream()
                    .map(a -> new WhatIfModel.AssetMove(a, new SimpleDoubleProperty(current(a))))
                    .toList());
        }
    }

    private double current(String asset) {
        return model.assetMoves.stream().filter(m -> m.asset().equals(asset)).findFirst()
                .map(m -> m.percent().get()).orElse(0.0);
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
