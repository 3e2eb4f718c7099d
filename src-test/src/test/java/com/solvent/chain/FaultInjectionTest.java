package com.solvent.chain;

import com.solvent.chain.devnet.SeededAccount;
import com.solvent.chain.health.ConnectionHealth;
import com.solvent.chain.snapshot.ChainSnapshot;
import com.solvent.chain.snapshot.ChainWatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The watcher behind a misbehaving proxy: every fault shows as a clear connection state while
 * the last good snapshot is kept and marked aging, and after the fault clears the watcher's state
 * equals a fresh full read, including what changed on chain during the fault.
 */
class FaultInjectionTest {
    private static DevnetFixture fx;
    private FaultyProxy proxy;

    @BeforeAll
    static void startDevnet() {
        fx = new DevnetFixture(10);
    }

    @AfterAll
    static void stopDevnet() {
        fx.close();
    }

    @BeforeEach
    void startProxy() throws Exception {
        proxy = new FaultyProxy(FaultyProxy.portOf(fx.info.httpUrl()));
    }

    @AfterEach
    void stopProxy() {
        proxy.close();
    }

    private void fault(FaultyProxy.Mode mode) {
        proxy.mode(mode);
        proxy.dropAll(); // kept-alive connections would otherwise keep working
    }

    private static ConnectionHealth awaitHealth(ChainWatcher watcher, Predicate<ConnectionHealth> condition, String what) {
        long deadline = System.nanoTime() + DevnetFixture.WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            ConnectionHealth h = watcher.health();
            if (condition.test(h)) {
                return h;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("health never became " + what + "; it is " + watcher.health());
    }

    /** Runs one fault over HTTP: the reason must match, the snapshot age, and recovery must be complete. */
    private void httpFault(FaultyProxy.Mode mode, String expectedReason, String newEthPrice) throws Exception {
        try (ChainWatcher watcher = ChainWatcher.start(fx.config(proxy.httpUrl()))) {
            ChainSnapshot before = fx.assertEqualsFreshRead(watcher);

            fault(mode);
            ConnectionHealth h = awaitHealth(watcher, x -> x instanceof ConnectionHealth.Reconnecting, "RECONNECTING");
            assertThat(((ConnectionHealth.Reconnecting) h).reason()).containsIgnoringCase(expectedReason);
            fx.setPrice("ETH", newEthPrice); // changes on chain while the watcher cannot see them

            ChainSnapshot aging = DevnetFixture.await(watcher, ChainSnapshot::aging, "aging snapshot");
            assertThat(aging.blockNumber()).isEqualTo(before.blockNumber());
            assertThat(aging.accounts()).isEqualTo(before.accounts());
            assertThat(aging.priceUncertain("ETH")).isTrue();

            fault(FaultyProxy.Mode.PASS);
            ChainSnapshot after = fx.assertEqualsFreshRead(watcher);
            assertThat(after.prices().get("ETH").orElseThrow().mark()).isEqualTo(Double.parseDouble(newEthPrice));
        }
    }

    @Test
    void rateLimitedByHttp429() throws Exception {
        httpFault(FaultyProxy.Mode.RATE_LIMIT, "429", "3010");
    }

    @Test
    void malformedJson() throws Exception {
        httpFault(FaultyProxy.Mode.MALFORMED_JSON, "malformed JSON", "3020");
    }

    @Test
    void oversizedResponseIsRefusedWithoutBufferingIt() throws Exception {
        httpFault(FaultyProxy.Mode.OVERSIZED, "above the cap", "3030");
    }

    @Test
    void stalledNodeTimesOut() throws Exception {
        httpFault(FaultyProxy.Mode.STALL, "stalled", "3040");
    }

    @Test
    void webSocketDropsAndRefusalsLoseNoEvent() throws Exception {
        try (ChainWatcher watcher = ChainWatcher.start(fx.config(proxy.wsUrl()))) {
            fx.assertEqualsFreshRead(watcher);
            String whale = fx.info.requireAccount(SeededAccount.WHALE).address();
            double whaleUsdc = watcher.latest().orElseThrow().account(whale).orElseThrow().balance("USDC");

            fault(FaultyProxy.Mode.REFUSE);
            awaitHealth(watcher, x -> x instanceof ConnectionHealth.Reconnecting r && r.attempt() >= 2, "RECONNECTING twice");
            // events the watcher cannot see while it is cut off
            fx.deposit(SeededAccount.WHALE, 250);
            fx.setPrice("BTC", "97000");
            fx.setPrice("ETH", "2990");

            fault(FaultyProxy.Mode.PASS);
            ChainSnapshot after = fx.assertEqualsFreshRead(watcher);
            assertThat(after.account(whale).orElseThrow().balance("USDC")).isEqualTo(whaleUsdc + 250);
            assertThat(after.prices().get("BTC").orElseThrow().mark()).isEqualTo(97000.0);

            // a slow link: every chunk delayed; still complete
            proxy.delay(Duration.ofMillis(30));
            fx.setPrice("ETH", "2995");
            fx.assertEqualsFreshRead(watcher);
            proxy.delay(Duration.ZERO);

            // a drop in the middle of a burst of blocks
            fx.setPrice("BTC", "96190");
            proxy.dropAll();
            fx.setPrice("BTC", "96191");
            fx.deposit(SeededAccount.WHALE, 5);
            ChainSnapshot end = fx.assertEqualsFreshRead(watcher);
            assertThat(end.account(whale).orElseThrow().balance("USDC")).isEqualTo(whaleUsdc + 255);
            assertThat(proxy.connectionsAccepted()).isGreaterThan(2);
        }
    }
}
