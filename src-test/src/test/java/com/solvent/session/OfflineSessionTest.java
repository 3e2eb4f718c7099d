package com.solvent.session;

import com.solvent.app.fx.ConnectionState;
import com.solvent.app.fx.EngineRiskService;
import com.solvent.app.fx.LiveRisk;
import com.solvent.app.portfolio.Portfolio;
import com.solvent.app.portfolio.PortfolioReader;
import com.solvent.app.portfolio.Venues;
import com.solvent.app.session.OfflineSession;
import com.solvent.model.account.Account;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.RiskReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --offline [FILE]}: the bundled demo book (the CLI's) or any portfolio file; a broken file is named, not fatal. */
class OfflineSessionTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void withoutAFileTheWorkstationShowsTheDemoBookTheReportCommandReads() throws Exception {
        // the CLI's book: examples/demo-portfolio.json in the repository, read by the CLI's reader
        Portfolio cli = new PortfolioReader(Venues.presets(), CLOCK).read(Path.of("..", "examples", "demo-portfolio.json"));
        RiskReport expected = new MarginEngine().evaluate(cli.accounts(), cli.prices(), cli.policy());

        BlockingQueue<LiveRisk> published = new LinkedBlockingQueue<>();
        try (EngineRiskService service = new EngineRiskService(new MarginEngine())) {
            OfflineSession session = OfflineSession.open(Optional.empty(), service, CLOCK);
            service.subscribe(published::add);
            service.watch(session.firstAccounts().stream().map(a -> a.address().checksummed()).toList());
            LiveRisk live = AaveInWorkstationTest.await(published, l -> l.report().accounts().size() == cli.accounts().size());

            assertThat(session.problem()).isEmpty();
            assertThat(live.inputs().status().connection()).isEqualTo(ConnectionState.OFFLINE);
            assertThat(session.firstAccounts()).extracting(a -> a.label())
                    .containsExactlyElementsOf(cli.accounts().stream().map(Account::id).toList());
            for (Account account : cli.accounts()) {
                AccountRisk want = (AccountRisk) expected.accounts().stream()
                        .filter(r -> r.accountId().equals(account.id())).findFirst().orElseThrow();
                AccountRisk got = (AccountRisk) live.result(OfflineSession.addressOf(account.id())).orElseThrow();
                assertThat(got.equity()).as(account.id()).isEqualTo(want.equity());
                assertThat(got.marginRatio()).as(account.id()).isEqualTo(want.marginRatio());
                assertThat(got.health()).as(account.id()).isEqualTo(want.health());
            }
        }
    }

    @Test
    void aBrokenFileGivesAMessageWithLineAndColumnAndAnEmptyBook() throws Exception {
        Path broken = dir.resolve("book.json");
        Files.writeString(broken, """
                {
                  "venue": "reference",
                  "prices": {"ETH": {"mark": 3000, "dailyVolatility": 0.03,}},
                  "accounts": []
                }
                """);
        BlockingQueue<LiveRisk> published = new LinkedBlockingQueue<>();
        try (EngineRiskService service = new EngineRiskService(new MarginEngine())) {
            OfflineSession session = OfflineSession.open(Optional.of(broken), service, CLOCK);
            service.subscribe(published::add);
            service.watch(List.of());
            LiveRisk live = AaveInWorkstationTest.await(published, l -> true);

            assertThat(session.problem()).get().asString()
                    .contains(broken.toString()).contains("line 3").contains("column").endsWith("Showing an empty book.");
            assertThat(session.firstAccounts()).isEmpty();
            assertThat(live.inputs().accounts()).isEmpty();
            assertThat(live.inputs().status().connection()).isEqualTo(ConnectionState.OFFLINE);
        }
    }
}
