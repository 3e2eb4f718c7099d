package com.solvent.chain;

import com.solvent.chain.devnet.SeededAccount;
import com.solvent.chain.rpc.RequestStats;
import com.solvent.chain.snapshot.ChainSnapshot;
import com.solvent.chain.snapshot.ChainWatcher;
import com.solvent.chain.snapshot.WatchConfig;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests per block, counted at the transport, while watching 1,000 accounts: a block that moves
 * one price costs at most 3 JSON-RPC calls (it costs 1: the header's bloom names the feed, one
 * Multicall3 batch re-reads it), a block with one account event at most 3, an empty block none.
 */
class RequestBudgetTest {

    @Test
    void oneMovedPriceCostsAtMostThreeCallsWithAThousandWatchedAccounts() throws Exception {
        try (DevnetFixture fx = new DevnetFixture(100)) {
            Set<String> watched = new HashSet<>(fx.accounts());
            for (int i = 1; watched.size() < 1_000; i++) {
                // addresses without a venue account: read and decoded like any other
                watched.add(String.format("0x%040x", BigInteger.valueOf(0x5017e47L).shiftLeft(64).add(BigInteger.valueOf(i))));
            }
            WatchConfig base = fx.config(fx.info.wsUrl());
            WatchConfig config = base.withVenue(base.venue().orElseThrow(), watched);
            try (ChainWatcher watcher = ChainWatcher.start(config)) {
                ChainSnapshot first = fx.assertEqualsFreshRead(watcher);
                assertThat(first.accounts()).hasSize(1_000);

                for (String price : new String[]{"3001", "3002", "3003"}) {
                    RequestStats before = watcher.requestStats();
                    fx.setPrice("ETH", price);
                    DevnetFixture.await(watcher, s -> s.prices().get("ETH").orElseThrow().mark() == Double.parseDouble(price),
                            "ETH at " + price);
                    assertThat(watcher.requestStats().callsSince(before)).as("calls for the block moving ETH to " + price)
                            .isBetween(1L, 3L);
                }

                RequestStats beforeEmpty = watcher.requestStats();
                long head = fx.devnet.rpc().blockNumber();
                fx.devnet.rpc().mine();
                DevnetFixture.await(watcher, s -> s.blockNumber() == head + 1, "empty block");
                assertThat(watcher.requestStats().callsSince(beforeEmpty)).as("calls for an empty block").isZero();

                String whale = fx.info.requireAccount(SeededAccount.WHALE).address();
                double usdc = watcher.latest().orElseThrow().account(whale).orElseThrow().balance("USDC");
                fx.deposit(SeededAccount.WHALE, 1); // mint and approve (token events), then the deposit
                DevnetFixture.await(watcher, s -> s.account(whale).orElseThrow().balance("USDC") == usdc + 1, "deposit");
                RequestStats beforeDeposit = watcher.requestStats();
                fx.deposit(SeededAccount.WHALE, 1);
                DevnetFixture.await(watcher, s -> s.account(whale).orElseThrow().balance("USDC") == usdc + 2, "second deposit");
                // three blocks (mint, approve, deposit): only the deposit block concerns a watched contract
                RequestStats afterDeposit = watcher.requestStats();
                assertThat(afterDeposit.callsSince(beforeDeposit))
                        .as("calls for three blocks, one account event: %s -> %s", beforeDeposit.callsByMethod(),
                                afterDeposit.callsByMethod())
                        .isBetween(1L, 3L);
                fx.assertEqualsFreshRead(watcher);
            }
        }
    }
}
