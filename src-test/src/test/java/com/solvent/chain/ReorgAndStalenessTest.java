package com.solvent.chain;

import com.solvent.chain.contracts.ContractArtifact;
import com.solvent.chain.contracts.VenueCalls;
import com.solvent.chain.devnet.SeededAccount;
import com.solvent.chain.feed.FeedSpec;
import com.solvent.chain.feed.SequencerSpec;
import com.solvent.chain.snapshot.ChainSnapshot;
import com.solvent.chain.snapshot.ChainWatcher;
import com.solvent.chain.snapshot.Subscription;
import com.solvent.chain.snapshot.WatchConfig;
import com.solvent.model.price.Freshness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Reorgs (evm_snapshot / evm_revert + mining), confirmation depth, stale feeds and the L2 sequencer feed on anvil. */
class ReorgAndStalenessTest {
    private static DevnetFixture fx;

    @BeforeAll
    static void startDevnet() {
        fx = new DevnetFixture(10);
    }

    @AfterAll
    static void stopDevnet() {
        fx.close();
    }

    private static double eth(ChainSnapshot s) {
        return s.prices().get("ETH").orElseThrow().mark();
    }

    @Test
    void aReorgRollsBackToTheCommonAncestorAndRereadsWhatTheDroppedBlocksTouched() throws Exception {
        try (ChainWatcher watcher = ChainWatcher.start(fx.config(fx.info.wsUrl()))) {
            ChainSnapshot base = fx.assertEqualsFreshRead(watcher);
            String safe = fx.info.requireAccount(SeededAccount.SAFE_CROSS).address();
            double usdc = base.account(safe).orElseThrow().balance("USDC");
            Object snapshotId = AnvilCalls.call(fx.info.httpUrl(), "evm_snapshot");

            fx.setPrice("ETH", "3333");
            fx.deposit(SeededAccount.SAFE_CROSS, 777);
            DevnetFixture.await(watcher, s -> eth(s) == 3333.0 && s.account(safe).orElseThrow().balance("USDC") == usdc + 777,
                    "the soon-dropped blocks seen");

            AnvilCalls.call(fx.info.httpUrl(), "evm_revert", snapshotId);
            fx.setPrice("ETH", "2888");
            for (int i = 0; i < 5; i++) {
                fx.devnet.rpc().mine();
            }

            ChainSnapshot after = fx.assertEqualsFreshRead(watcher);
            assertThat(eth(after)).isEqualTo(2888.0);
            assertThat(after.account(safe).orElseThrow().balance("USDC")).isEqualTo(usdc);
        }
    }

    @Test
    void withTwoConfirmationsAOneBlockReorgIsNeverShown() throws Exception {
        for (int i = 0; i < 3; i++) {
            fx.devnet.rpc().mine(); // a chain longer than the confirmation depth
        }
        WatchConfig config = fx.config(fx.info.wsUrl()).withConfirmations(2);
        try (ChainWatcher watcher = ChainWatcher.start(config)) {
            Set<Double> seen = ConcurrentHashMap.newKeySet();
            try (Subscription ignored = watcher.subscribe(s -> seen.add(eth(s)))) {
                long head = fx.devnet.rpc().blockNumber();
                DevnetFixture.await(watcher, s -> s.blockNumber() == head - 2, "two blocks behind the head");

                Object snapshotId = AnvilCalls.call(fx.info.httpUrl(), "evm_snapshot");
                fx.setPrice("ETH", "4444");            // head + 1, then dropped
                AnvilCalls.call(fx.info.httpUrl(), "evm_revert", snapshotId);
                fx.setPrice("ETH", "2777");            // head + 1'
                fx.devnet.rpc().mine();
                fx.devnet.rpc().mine();                // head + 3': the new price has two confirmations

                ChainSnapshot s = DevnetFixture.await(watcher, x -> x.blockNumber() == head + 1, "block head+1 confirmed");
                assertThat(eth(s)).isEqualTo(2777.0);
                assertThat(seen).doesNotContain(4444.0);
            }
        }
    }

    @Test
    void aFeedLeftAloneGoesStaleAndAccountsThatCannotBeValuedKeepTheirLastState() throws Exception {
        try (ChainWatcher watcher = ChainWatcher.start(fx.config(fx.info.wsUrl()))) {
            try {
                staleThenRefreshed(watcher);
            } finally {
                refreshAllFeeds(); // leave fresh prices for the other tests of this devnet
            }
        }
    }

    private static void refreshAllFeeds() {
        fx.setPrice("ETH", "3001");
        fx.setPrice("BTC", "96001");
    }

    private void staleThenRefreshed(ChainWatcher watcher) throws Exception {
        {
            ChainSnapshot base = fx.assertEqualsFreshRead(watcher);
            String near = fx.info.requireAccount(SeededAccount.NEAR_LIQUIDATION).address();
            double usdc = base.account(near).orElseThrow().balance("USDC");

            fx.devnet.rpc().increaseTime(DevnetFixture.HEARTBEAT.toSeconds() + 1);
            fx.devnet.rpc().mine();
            ChainSnapshot stale = DevnetFixture.await(watcher,
                    s -> s.feed("ETH").orElseThrow().freshness() == Freshness.STALE, "ETH stale");
            assertThat(stale.feed("ETH").orElseThrow().reason()).contains("heartbeat 3600 s");
            assertThat(stale.prices().get("ETH").orElseThrow().freshness()).isEqualTo(Freshness.STALE);
            assertThat(stale.priceUncertain("ETH")).isTrue();
            assertThat(stale.health().live()).isTrue(); // the link is fine; the price is not

            // the venue refuses to value an account on stale prices: its new state cannot be read
            fx.deposit(SeededAccount.NEAR_LIQUIDATION, 100);
            ChainSnapshot refused = DevnetFixture.await(watcher, s -> s.accountIssue(near).isPresent(), "account issue");
            assertThat(refused.accountIssue(near).orElseThrow()).contains("stale oracle price");
            assertThat(refused.account(near).orElseThrow().balance("USDC")).isEqualTo(usdc);

            refreshAllFeeds();
            ChainSnapshot healed = fx.assertEqualsFreshRead(watcher);
            assertThat(healed.accountIssues()).isEmpty();
            assertThat(healed.account(near).orElseThrow().balance("USDC")).isEqualTo(usdc + 100);
            assertThat(healed.feeds().values()).allMatch(f -> f.trusted());
        }
    }

    @Test
    void anL2SequencerFeedHoldsPricesUntrustedWhileDownAndDuringItsGracePeriod() throws Exception {
        String sequencer = fx.devnet.rpc().awaitReceipt(fx.devnet.rpc().send(fx.info.deployer(), null,
                VenueCalls.aggregatorDeployment(ContractArtifact.load(ContractArtifact.AGGREGATOR), "L2 Sequencer Uptime",
                        BigInteger.ONE), null, BigInteger.valueOf(5_000_000))).getContractAddress();
        fx.setPrice("ETH", "3002");
        FeedSpec guarded = FeedSpec.of("ETH", fx.info.priceFeeds().get("ETH"), DevnetFixture.HEARTBEAT, 0.04)
                .withSequencer(new SequencerSpec(sequencer, Duration.ofSeconds(600)));
        WatchConfig config = fx.config(fx.info.wsUrl()).withFeeds(List.of(guarded));
        try (ChainWatcher watcher = ChainWatcher.start(config)) {
            ChainSnapshot down = DevnetFixture.await(watcher, s -> s.feed("ETH").isPresent(), "first snapshot");
            assertThat(down.feed("ETH").orElseThrow().freshness()).isEqualTo(Freshness.STALE);
            assertThat(down.feed("ETH").orElseThrow().reason()).contains("sequencer is down");

            fx.devnet.rpc().transact(fx.info.deployer(), sequencer, VenueCalls.submit(BigInteger.ZERO));
            ChainSnapshot grace = DevnetFixture.await(watcher,
                    s -> s.feed("ETH").orElseThrow().reason().contains("grace"), "sequencer in grace");
            assertThat(grace.priceUncertain("ETH")).isTrue();

            fx.devnet.rpc().increaseTime(601);
            fx.devnet.rpc().mine();
            ChainSnapshot up = DevnetFixture.await(watcher, s -> s.feed("ETH").orElseThrow().trusted(), "sequencer up");
            assertThat(up.prices().get("ETH").orElseThrow().mark()).isEqualTo(3002.0);
        }
    }
}
