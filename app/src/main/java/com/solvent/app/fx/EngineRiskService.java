package com.solvent.app.fx;

import com.solvent.app.session.LendingRiskMapping;
import com.solvent.model.account.Account;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.risk.AccountFailure;
import com.solvent.model.risk.AccountResult;
import com.solvent.model.risk.RiskReport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * {@link LiveRiskService} on the {@link MarginEngine}: a source calls {@link #accept(MarketState)}
 * once per block (from any thread); one worker thread evaluates the watched accounts and
 * publishes the report.
 *
 * <p>The pool has one thread and a queue of one with discard-oldest: while an evaluation runs,
 * newer blocks replace the pending one, so the worker always moves to the newest block and work
 * never piles up behind a slow evaluation.
 */
public final class EngineRiskService implements LiveRiskService {
    /** Daily volatility assumed for lending reserves (distances in daily vols), a typical ETH figure. */
    static final double LENDING_DAILY_VOLATILITY = 0.04;

    private final MarginEngine engine;
    private final ThreadPoolExecutor worker;
    private final List<Consumer<? super LiveRisk>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicReference<Set<String>> watched = new AtomicReference<>(Set.of());
    private final AtomicReference<MarketState> lastState = new AtomicReference<>();
    private final AtomicReference<LiveRisk> lastPublished = new AtomicReference<>();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicReference<Consumer<Set<String>>> onWatchChanged = new AtomicReference<>(ids -> { });

    public EngineRiskService(MarginEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1),
                Thread.ofPlatform().daemon().name("risk-evaluator").factory(),
                new ThreadPoolExecutor.DiscardOldestPolicy());
    }

    /** Tells the source which accounts are watched now (lower-case), so it can read them on chain. */
    public void onWatchChanged(Consumer<Set<String>> action) {
        onWatchChanged.set(Objects.requireNonNull(action, "action"));
        action.accept(watched.get());
    }

    /** Offers the inputs of a new block; evaluated on the worker, latest wins. */
    public void accept(MarketState state) {
        lastState.set(Objects.requireNonNull(state, "state"));
        schedule();
    }

    @Override
    public void watch(Collection<String> accountIds) {
        Set<String> ids = accountIds.stream().map(id -> id.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        watched.set(ids);
        onWatchChanged.get().accept(ids);
        schedule();
    }

    @Override
    public Subscription subscribe(Consumer<? super LiveRisk> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        LiveRisk last = lastPublished.get();
        if (last != null) {
            listener.accept(last);
        }
        return () -> listeners.remove(listener);
    }

    @Override
    public void close() {
        worker.shutdownNow();
        listeners.clear();
    }

    private void schedule() {
        if (lastState.get() != null && !worker.isShutdown()) {
            worker.execute(this::evaluateLatest);
        }
    }

    private void evaluateLatest() {
        MarketState state = lastState.get();
        if (state == null) {
            return;
        }
        Set<String> ids = watched.get();
        // an address read both as a margin account and as a lending account is the lending one
        // (the margin venue reads any watched address and finds it empty)
        Set<String> lendingIds = state.lending().stream().map(h -> h.id().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        List<Account> accounts = state.accounts().stream()
                .filter(a -> ids.contains(a.id().toLowerCase(Locale.ROOT)))
                .filter(a -> !lendingIds.contains(a.id().toLowerCase(Locale.ROOT)))
                .toList();
        RiskReport report;
        try {
            report = engine.evaluate(accounts, state.prices(), state.policy());
        } catch (RuntimeException e) {
            // The engine returns bad accounts as failures; anything thrown is a defect. Show it on
            // every row rather than freeze the screen on old numbers.
            String reason = "engine error: " + e;
            report = new RiskReport(state.prices().asOf(), state.policy().name(), accounts.stream()
                    .<AccountResult>map(a -> new AccountFailure(a.id(), reason)).toList());
        }
        report = withLending(report, state, ids);
        LiveRisk published = new LiveRisk(state, report, sequence.incrementAndGet());
        lastPublished.set(published);
        for (Consumer<? super LiveRisk> listener : listeners) {
            listener.accept(published);
        }
    }

    /** Appends the watched lending accounts, in margin terms (see {@link LendingRiskMapping}). */
    private static RiskReport withLending(RiskReport report, MarketState state, Set<String> ids) {
        if (state.lending().isEmpty()) {
            return report;
        }
        List<AccountResult> all = new ArrayList<>(report.accounts());
        state.lending().stream().filter(h -> ids.contains(h.id().toLowerCase(Locale.ROOT))).forEach(h -> {
            try {
                all.add(LendingRiskMapping.of(h, state.policy().warningLevel(), LENDING_DAILY_VOLATILITY));
            } catch (RuntimeException e) {
                all.add(new AccountFailure(h.id(), "lending account could not be evaluated: " + e.getMessage()));
            }
        });
        return new RiskReport(report.asOf(), report.policy(), all);
    }
}
