package com.solvent.ui;

import com.solvent.app.fx.ConnectionState;
import com.solvent.app.fx.DevnetSession;
import com.solvent.app.fx.EngineRiskService;
import com.solvent.app.fx.LiveRisk;
import com.solvent.app.watchlist.WatchedAccount;
import com.solvent.chain.contracts.VenueAccountView;
import com.solvent.chain.devnet.DevnetConfig;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.GroupRisk;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The workstation's live path on the real devnet: anvil, the chain watcher, the policy read from
 * the venue contract and the engine. Each story account's cross figures on screen must equal the
 * venue contract's own view of the same account at the same block (keepers off: prices hold).
 */
class DevnetLiveRiskTest {
    @Test
    void liveFiguresOfEveryStoryAccountEqualTheVenueContractsOwnView() throws InterruptedException {
        BlockingQueue<LiveRisk> published = new LinkedBlockingQueue<>();
        try (EngineRiskService service = new EngineRiskService(new MarginEngine());
             DevnetSession session = DevnetSession.start(service, Set.of(),
                     DevnetConfig.defaults().withKeepers(false).withFillerAccounts(0))) {
            List<WatchedAccount> story = session.storyAccounts();
            assertThat(story).hasSize(5);
            service.subscribe(published::add);
            service.watch(story.stream().map(a -> a.address().checksummed()).toList());

            LiveRisk live = awaitAllEvaluated(published, story);

            assertThat(live.inputs().status().connection()).isEqualTo(ConnectionState.CONNECTED);
            for (WatchedAccount account : story) {
                AccountRisk risk = (AccountRisk) live.result(account.address().checksummed()).orElseThrow();
                VenueAccountView contract = session.venue().accountView(account.address().checksummed());
                GroupRisk cross = risk.cross();
                assertThat(cross.equity()).as(account.label() + " cross equity")
                        .isCloseTo(usd(contract.crossEquity()), within(1e-6 * Math.max(1, Math.abs(cross.equity()))));
                assertThat(cross.maintenanceRequirement()).as(account.label() + " cross maintenance")
                        .isCloseTo(usd(contract.crossMaintenanceMargin()), within(1e-6 * Math.max(1, cross.maintenanceRequirement())));
                assertThat(cross.initialRequirement()).as(account.label() + " cross initial")
                        .isCloseTo(usd(contract.crossInitialMargin()), within(1e-6 * Math.max(1, cross.initialRequirement())));
            }
        }
    }

    private static LiveRisk awaitAllEvaluated(BlockingQueue<LiveRisk> published, List<WatchedAccount> story)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        LiveRisk last = null;
        while (System.nanoTime() < deadline) {
            LiveRisk live = published.poll(1, TimeUnit.SECONDS);
            if (live == null) {
                continue;
            }
            last = live;
            boolean all = story.stream().allMatch(a -> live.result(a.address().checksummed())
                    .filter(AccountRisk.class::isInstance).isPresent());
            if (all && live.inputs().status().connection() == ConnectionState.CONNECTED) {
                return live;
            }
        }
        throw new AssertionError("the story accounts were never all evaluated; last report: "
                + (last == null ? "none" : last.report().accounts()));
    }

    /** Wad USD (18 decimals) to USD. */
    private static double usd(java.math.BigInteger wad) {
        return new BigDecimal(wad).movePointLeft(18).doubleValue();
    }
}
