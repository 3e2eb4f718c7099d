package com.solvent.app.fx;

import com.solvent.model.engine.MarginEngine;
import com.solvent.model.risk.RiskReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class EngineRiskServiceTest {
    private static final Instant T0 = Instant.parse("2026-11-25T02:00:00Z");
    private final EngineRiskService service = new EngineRiskService(new MarginEngine());
    private final BlockingQueue<LiveRisk> published = new LinkedBlockingQueue<>();

    @AfterEach
    void close() {
        service.close();
    }

    @Test
    void theLiveReportIsExactlyWhatTheEngineSaysForTheWatchedAccounts() throws InterruptedException {
        MarketState state = OfflineBook.at(T0);
        service.subscribe(published::add);
        service.watch(List.of(OfflineBook.BASIS_FUND.toLowerCase(), OfflineBook.DESK_A));
        service.accept(state);

        LiveRisk live = next();
        // The same engine called directly on the same inputs: the two paths must agree to the bit.
        RiskReport direct = new MarginEngine().evaluate(
                List.of(state.account(OfflineBook.DESK_A).orElseThrow(), state.account(OfflineBook.BASIS_FUND).orElseThrow()),
                state.prices(), state.policy());
        assertThat(live.report()).isEqualTo(direct);
        assertThat(live.inputs()).isSameAs(state);
    }

    @Test
    void whileAnEvaluationRunsOnlyTheNewestPendingBlockIsEvaluatedNext() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        service.watch(List.of(OfflineBook.DESK_A));
        AtomicInteger publications = new AtomicInteger();
        service.subscribe(live -> {
            // counted apart from the queue: next() may take the first report out of the queue
            // before this line runs, and the worker must still be held
            boolean firstPublication = publications.incrementAndGet() == 1;
            published.add(live);
            if (firstPublication) {
                await(release); // hold the worker inside the first publication
            }
        });
        service.accept(OfflineBook.at(T0));
        LiveRisk first = next();

        service.accept(OfflineBook.at(T0.plusSeconds(1)));
        service.accept(OfflineBook.at(T0.plusSeconds(2)));
        service.accept(OfflineBook.at(T0.plusSeconds(3)));
        release.countDown();

        LiveRisk second = next();
        assertThat(first.report().asOf()).isEqualTo(T0);
        assertThat(second.report().asOf()).isEqualTo(T0.plusSeconds(3));
        assertThat(published.poll(300, TimeUnit.MILLISECONDS)).as("blocks 1 and 2 were dropped").isNull();
    }

    @Test
    void aLateSubscriberGetsTheLatestReportAtOnce() throws InterruptedException {
        BlockingQueue<LiveRisk> early = new LinkedBlockingQueue<>();
        service.subscribe(early::add);
        service.watch(List.of(OfflineBook.DESK_A));
        service.accept(OfflineBook.at(T0));
        LiveRisk latest = early.poll(10, TimeUnit.SECONDS);

        service.subscribe(published::add);

        assertThat(published.poll()).isSameAs(latest);
    }

    private LiveRisk next() throws InterruptedException {
        LiveRisk live = published.poll(10, TimeUnit.SECONDS);
        assertThat(live).as("a report within 10 s").isNotNull();
        return live;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
