package com.solvent.app.cli;

import com.solvent.app.portfolio.Portfolio;
import com.solvent.app.portfolio.PortfolioReader;
import com.solvent.app.portfolio.Venues;
import com.solvent.model.account.Account;
import com.solvent.model.scenario.ProfilePoint;
import com.solvent.model.scenario.RiskProfile;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code solvent profile}: RFC 4180 CSV (CRLF, one header, equal field counts) whose every number parses back to
 * the model's {@link RiskProfile} double for the same inputs, and the liquidation prices as trailing comment lines.
 */
class ProfileCommandTest {
    private static final String CRLF = "\r\n";

    @Test
    void defaultProfileIs201RowsUnderAHeaderEqualToTheModel() throws Exception {
        Portfolio portfolio = read();
        Account degen = portfolio.account("degen-near-liquidation").orElseThrow();
        RiskProfile model = ProfileCommand.profiles(portfolio, degen, "ETH", 3200 * 0.5, 3200 * 1.5, 201, null).getFirst();

        CliRun run = CliRun.of("profile", ReportCommandTest.DEMO.toString(), "--account", "degen-near-liquidation",
                "--asset", "ETH");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).endsWith(CRLF).doesNotContain("\r\r").doesNotContainPattern("[^\r]\n");
        List<String> lines = Arrays.asList(run.out().split(CRLF));
        assertThat(lines.getFirst()).isEqualTo("price,equity_usd,maintenance_requirement_usd,margin_ratio");
        List<String> records = lines.subList(1, 202);
        assertThat(records).hasSize(201).allSatisfy(r -> assertThat(r.split(",", -1)).hasSize(4));
        for (int i = 0; i < 201; i++) {
            ProfilePoint p = model.points().get(i);
            assertThat(Arrays.stream(records.get(i).split(",")).mapToDouble(Double::parseDouble).toArray())
                    .containsExactly(p.price(), p.equity(), p.maintenanceRequirement(), p.marginRatio());
        }
        // 20 ETH long, 4,753 USDC: the engine's liquidation price 63,265.75 / 19.8 (ReportJsonTest) is inside the span
        assertThat(model.liquidationPrices()).hasSize(1);
        assertThat(lines.subList(202, lines.size()))
                .containsExactly("# liquidation,today," + model.liquidationPrices().getFirst());
        assertThat(model.liquidationPrices().getFirst()).isCloseTo(63_265.75 / 19.8, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void withDaysEachRowAlsoHasTheProfileThatManyDaysLater() throws Exception {
        Portfolio portfolio = read();
        Account collar = portfolio.account("collar-hedged-perp").orElseThrow();
        List<RiskProfile> model = ProfileCommand.profiles(portfolio, collar, "ETH", 2000, 5000, 301, 7.0);

        CliRun run = CliRun.of("profile", ReportCommandTest.DEMO.toString(), "--account", "collar-hedged-perp",
                "--asset", "ETH", "--from", "2000", "--to", "5000", "--points", "301", "--days", "7");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = Arrays.asList(run.out().split(CRLF));
        assertThat(lines.getFirst()).isEqualTo("price,equity_usd,maintenance_requirement_usd,margin_ratio,"
                + "equity_usd_after_7d,maintenance_requirement_usd_after_7d,margin_ratio_after_7d");
        for (int i = 0; i < 301; i++) {
            ProfilePoint today = model.get(0).points().get(i);
            ProfilePoint later = model.get(1).points().get(i);
            assertThat(Arrays.stream(lines.get(i + 1).split(",")).mapToDouble(Double::parseDouble).toArray())
                    .containsExactly(today.price(), today.equity(), today.maintenanceRequirement(), today.marginRatio(),
                            later.equity(), later.maintenanceRequirement(), later.marginRatio());
        }
        // the short call's time value decays: a week later the same price shows a different equity
        assertThat(model.get(1).points().get(150).equity()).isNotEqualTo(model.get(0).points().get(150).equity());
        List<String> comments = lines.subList(302, lines.size());
        assertThat(comments).allSatisfy(c -> assertThat(c).startsWith("# liquidation,"));
        assertThat(comments).anySatisfy(c -> assertThat(c).startsWith("# liquidation,after 7 days,"));
    }

    @Test
    void fewerThan201PointsIsAUsageErrorNamingTheMinimum() {
        CliRun run = CliRun.of("profile", ReportCommandTest.DEMO.toString(), "--account", "treasury-safe",
                "--asset", "ETH", "--points", "50");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("profile.points must be at least 201, was 50");
    }

    @Test
    void anUnpricedAssetIsAUsageError() {
        CliRun run = CliRun.of("profile", ReportCommandTest.DEMO.toString(), "--account", "treasury-safe",
                "--asset", "SOL");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no price for SOL");
    }

    private static Portfolio read() throws Exception {
        return new PortfolioReader(Venues.presets(), Clock.systemUTC()).read(ReportCommandTest.DEMO);
    }
}
