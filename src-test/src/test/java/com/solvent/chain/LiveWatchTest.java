package com.solvent.chain;

import com.solvent.chain.devnet.SeededAccount;
import com.solvent.chain.feed.FeedStatus;
import com.solvent.chain.health.ConnectionHealth;
import com.solvent.chain.rpc.RedactedUrl;
import com.solvent.chain.snapshot.ChainSnapshot;
import com.solvent.chain.snapshot.ChainWatcher;
import com.solvent.chain.snapshot.WatchConfig;
import com.solvent.model.price.Freshness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Following a real anvil block by block, over WebSocket and over HTTP polling. */
class LiveWatchTest {
    private static DevnetFixture fx;

    @BeforeAll
    static void startDevnet() {
        fx = new DevnetFixture(20);
    }

    @AfterAll
    static void stopDevnet() {
        fx.close();
    }

    @Test
    void webSocketWatcherFollowsPricesAndAccountEventsAndEqualsAFreshRead() throws Exception {
        try (ChainWatcher watcher = ChainWatcher.start(fx.config(fx.info.wsUrl()))) {
            ChainSnapshot first = fx.assertEqualsFreshRead(watcher);
            assertThat(first.accounts()).hasSize(fx.info.accounts().size());
            assertThat(first.feeds().values()).allMatch(FeedStatus::trusted);
            assertThat(first.prices().get("ETH").orElseThrow().mark()).isEqualTo(3000.0);

            fx.setPrice("ETH", "3123.45");
            ChainSnapshot moved = DevnetFixture.await(watcher,
                    s -> s.prices().get("ETH").orElseThrow().mark() == 3123.45, "ETH at 3123.45");
            assertThat(moved.feed("ETH").orElseThrow().freshness()).isEqualTo(Freshness.FRESH);

            String safe = fx.info.requireAccount(SeededAccount.SAFE_CROSS).address();
            double before = moved.account(safe).orElseThrow().balance("USDC");
            fx.deposit(SeededAccount.SAFE_CROSS, 1_000);
            DevnetFixture.await(watcher, s -> s.account(safe).orElseThrow().balance("USDC") == before + 1_000,
                    "safe-cross deposit seen");
            fx.assertEqualsFreshRead(watcher);
        }
    }

    @Test
    void httpPollingWatcherFollowsTheSameWay() throws Exception {
        try (ChainWatcher watcher = ChainWatcher.start(fx.config(fx.info.httpUrl()))) {
            fx.assertEqualsFreshRead(watcher);
            fx.setPrice("BTC", "95500");
            DevnetFixture.await(watcher, s -> s.prices().get("BTC").orElseThrow().mark() == 95500.0, "BTC at 95500");
            fx.assertEqualsFreshRead(watcher);
        }
    }

    @Test
    void anAbsurdPriceIsInvalidAndTheLastValidPriceIsKept() throws Exception {
        try (ChainWatcher watcher = ChainWatcher.start(fx.config(fx.info.wsUrl()))) {
            fx.setPrice("BTC", "96100");
            DevnetFixture.await(watcher, s -> s.prices().get("BTC").orElseThrow().mark() == 96100.0, "BTC at 96100");

            fx.setRawAnswer("BTC", BigInteger.ONE.shiftLeft(255).subtract(BigInteger.ONE));
            ChainSnapshot absurd = DevnetFixture.await(watcher,
                    s -> s.feed("BTC").orElseThrow().freshness() == Freshness.INVALID, "BTC invalid");
            assertThat(absurd.feed("BTC").orElseThrow().reason()).contains("feed BTC answer", "exceeds");
            assertThat(absurd.prices().get("BTC").orElseThrow().mark()).isEqualTo(96100.0);
            assertThat(absurd.prices().get("BTC").orElseThrow().freshness()).isEqualTo(Freshness.INVALID);
            assertThat(absurd.priceUncertain("BTC")).isTrue();

            fx.setRawAnswer("BTC", BigInteger.valueOf(-5));
            ChainSnapshot negative = DevnetFixture.await(watcher,
                    s -> s.feed("BTC").orElseThrow().reason().contains("not positive"), "BTC negative");
            assertThat(negative.prices().get("BTC").orElseThrow().mark()).isEqualTo(96100.0);

            fx.setPrice("BTC", "96000");
            DevnetFixture.await(watcher, s -> s.feed("BTC").orElseThrow().trusted(), "BTC fresh again");
            fx.assertEqualsFreshRead(watcher);
        }
    }

    @Test
    void aWrongChainIdIsRefusedWithAClearMessage() {
        WatchConfig wrongChain = new WatchConfig(RedactedUrl.of(fx.info.httpUrl()), 1, fx.feeds(),
                java.util.Optional.empty(), java.util.Set.of(), fx.info.multicall3(), 0,
                java.time.Duration.ofMillis(50), java.time.Duration.ofSeconds(2),
                com.solvent.chain.rpc.RpcLimits.defaults(), com.solvent.chain.rpc.Backoff.defaults(), 100, 16, 2);
        try (ChainWatcher watcher = ChainWatcher.start(wrongChain)) {
            long deadline = System.nanoTime() + DevnetFixture.WAIT.toNanos();
            while (!(watcher.health() instanceof ConnectionHealth.Failed) && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(watcher.health()).isInstanceOf(ConnectionHealth.Failed.class);
            assertThat(((ConnectionHealth.Failed) watcher.health()).reason())
                    .contains("serves chain id 31337", "deployment to watch is on chain id 1", "refusing");
            assertThat(watcher.latest()).isEmpty();
        }
    }
}
