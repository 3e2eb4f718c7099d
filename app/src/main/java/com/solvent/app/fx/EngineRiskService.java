package com.solvent.app.fx;

import com.solvent.model.account.Account;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.risk.AccountFailure;
import com.solvent.model.risk.AccountResult;
import com.solvent.model.risk.RiskReport;

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
        List<Account> accounts = state.accounts().stream()
                .filter(a -> ids.contains(a.id().toLowerCase(Locale.ROOT)))
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
        LiveRisk published = new LiveRisk(state, report, sequence.incrementAndGet());
        lastPublished.set(published);
        for (Consumer<? super LiveRisk> listener : listeners) {
            listener.accept(published);
        }
    }
}
