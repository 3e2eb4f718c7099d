package com.solvent.app.cli;

import com.solvent.app.format.DisplayFormat;
import com.solvent.app.portfolio.Portfolio;
import com.solvent.app.portfolio.PortfolioReader;
import com.solvent.app.portfolio.Venues;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.PositionRisk;
import com.solvent.model.risk.RiskReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code solvent report} on the example portfolio. Expected figures are worked by hand from the
 * definitions in MarginEngine's Javadoc and the reference venue's parameters (VenuePresets.reference:
 * ETH-PERP and BTC-PERP 50x / MMF 1% below 1M and 2M notional; ETH future 20x / 2.5%; WETH and
 * WBTC weighted 0.9), with the prices of examples/demo-portfolio.json (ETH 3,200, BTC 96,500, USDC 1).
 */
class ReportCommandTest {
    /** Surefire runs in the module directory; the example lives at the repository root. */
    static final Path DEMO = Path.of("..", "examples", "demo-portfolio.json");

    @Test
    void safeCrossAccountShowsHandSummedEquityAndRequirements() {
        CliRun run = CliRun.of("report", DEMO.toString());

        assertThat(run.exitCode()).isEqualTo(ReportCommand.OK);
        assertThat(run.err()).isEmpty();
        // equity = 250,000 USDC + 10 x (3,200 - 3,050) + (-0.5) x (96,500 - 98,000) + 12.40 funding
        double equity = 250_000 + 10 * (3_200 - 3_050) + -0.5 * (96_500 - 98_000) + 12.40;
        // IM = notional / 50 for both (tier 0); MM = notional x 1%
        double im = 10 * 3_200 / 50.0 + 0.5 * 96_500 / 50.0;
        double mm = 10 * 3_200 * 0.01 + 0.5 * 96_500 * 0.01;
        assertThat(cells(run.out(), "treasury-safe")).startsWith("treasury-safe", "252,262.40", "1,605.00",
                "802.50", DisplayFormat.percent(mm / equity), DisplayFormat.money(equity - im));
        assertThat(equity).isEqualTo(252_262.40, within(1e-9));
    }

    @Test
    void nearLiquidationAccountShowsItsLiquidationAndBankruptcyPrice() {
        CliRun run = CliRun.of("report", DEMO.toString());

        // 4,753 USDC, long 20 ETH-PERP from 3,400, funding -18.75: equity = 4,753 - 4,000 - 18.75 = 734.25,
        // MM = 1% of 64,000 = 640, margin ratio = 640 / 734.25 = 87.16 %, WARNING (>= 0.8).
        assertThat(cells(run.out(), "degen-near-liquidation"))
                .containsExactly("degen-near-liquidation", "734.25", "1,280.00", "640.00", "87.16%", "-545.75",
                        "0.00", "87.16x", "WARNING");
        // Liquidation: 4,734.25 + 20 (P - 3,400) = 0.01 x 20 x P  =>  P = 63,265.75 / 19.8
        // Bankruptcy:  4,734.25 + 20 (P - 3,400) = 0               =>  P = 63,265.75 / 20
        double liquidation = 63_265.75 / 19.8;
        double bankruptcy = 63_265.75 / 20;
        List<String> position = cells(run.out(), "eth-50x-long");
        assertThat(position).containsSubsequence(DisplayFormat.price(liquidation),
                DisplayFormat.signedPercent(liquidation / 3_200 - 1),
                DisplayFormat.dailyVols(Math.log(liquidation / 3_200) / 0.035), DisplayFormat.price(bankruptcy));
        assertThat(position).containsSubsequence("3,195.24", "-0.15%", "-0.04", "3,163.29");
    }

    @Test
    void isolatedPositionIsLiquidatedOnItsOwnMargin() {
        CliRun run = CliRun.of("report", DEMO.toString());

        // isolated 4,000 USDC, long 15 ETH future from 3,100, MMF 2.5%:
        // 4,000 + 15 (P - 3,100) = 0.025 x 15 x P  =>  P = 42,500 / 14.625 ; bankruptcy P = 42,500 / 15
        assertThat(cells(run.out(), "eth-dec-future")).containsExactly("eth-dec-future", "ETH-FUT-20261225", "long",
                "+15", "3,100.00", "3,200.00", "48,000.00", "1,500.00", "isolated", "2,400.00", "1,200.00",
                DisplayFormat.price(42_500 / 14.625), "-9.19%", "-2.75", DisplayFormat.price(42_500 / 15.0),
                // Greeks of a future: delta = size, nothing else (docs/OPTIONS.md)
                "15.00", "0.00", "0.00", "0.00");
    }

    @Test
    void haircutCollateralCountsAtItsWeight() {
        CliRun run = CliRun.of("report", DEMO.toString());

        // 5,000 USDC + 20 WETH x 3,200 x 0.9 + 0.5 WBTC x 96,500 x 0.9 + (-25)(3,200 - 3,300) + 1 x (96,500 - 97,000)
        double equity = 5_000 + 20 * 3_200 * 0.9 + 0.5 * 96_500 * 0.9 + 2_500 - 500;
        assertThat(cells(run.out(), "multi-collateral-haircut").get(1)).isEqualTo(DisplayFormat.money(equity))
                .isEqualTo("108,025.00");
    }

    @Test
    void everyTableCellIsTheEngineOwnFigure() throws Exception {
        Portfolio portfolio = new PortfolioReader(Venues.presets(), Clock.systemUTC()).read(DEMO);
        RiskReport report = new MarginEngine().evaluate(portfolio.accounts(), portfolio.prices(), portfolio.policy());
        String out = CliRun.of("report", DEMO.toString()).out();

        for (var result : report.accounts()) {
            AccountRisk a = (AccountRisk) result;
            assertThat(cells(out, a.accountId())).containsExactly(a.accountId(), DisplayFormat.money(a.equity()),
                    DisplayFormat.money(a.initialRequirement()), DisplayFormat.money(a.maintenanceRequirement()),
                    DisplayFormat.percent(a.marginRatio()), DisplayFormat.money(a.freeCollateral()),
                    DisplayFormat.money(a.maxWithdrawable()), DisplayFormat.multiple(a.leverage()), a.health().name());
            for (PositionRisk p : a.positions()) {
                List<String> row = cells(out, p.positionId());
                assertThat(row.get(3)).isEqualTo(DisplayFormat.size(p.size()));
                assertThat(row.get(6)).isEqualTo(DisplayFormat.money(p.notional()));
                assertThat(row.get(7)).isEqualTo(DisplayFormat.money(p.unrealizedPnl()));
                assertThat(row.get(9)).isEqualTo(DisplayFormat.money(p.initialRequirement()));
                assertThat(row.get(10)).isEqualTo(DisplayFormat.money(p.maintenanceRequirement()));
                if (p.liquidationPrice().exists()) {
                    assertThat(row.get(11)).isEqualTo(DisplayFormat.price(p.liquidationPrice().price()));
                } else {
                    assertThat(row.get(11)).isEqualTo(p.liquidationPrice().kind().name().toLowerCase());
                }
            }
        }
    }

    @Test
    void numbersAreRightAlignedUnderTheirHeader() {
        String out = CliRun.of("report", DEMO.toString()).out();
        List<String> lines = out.lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("Account ")).findFirst().orElseThrow());
        int equityEnd = lines.get(header).indexOf("Equity USD") + "Equity USD".length();
        for (String account : List.of("treasury-safe", "degen-near-liquidation", "multi-collateral-haircut")) {
            String line = lines.stream().filter(l -> l.startsWith(account + " ")).findFirst().orElseThrow();
            String equity = cells(out, account).get(1);
            assertThat(line.indexOf(equity) + equity.length()).as(account).isEqualTo(equityEnd);
        }
    }

    @Test
    void aStalePriceMarksEveryAccountThatDependsOnIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("stale.json");
        Files.writeString(file, Files.readString(DEMO)
                .replace("\"BTC\":  {\"mark\": 96500.00,", "\"BTC\":  {\"freshness\": \"stale\", \"mark\": 96500.00,"));

        CliRun run = CliRun.of("report", file.toString());

        assertThat(run.exitCode()).isEqualTo(ReportCommand.OK);
        assertThat(cells(run.out(), "treasury-safe")).last().isEqualTo("SAFE*");
        assertThat(cells(run.out(), "degen-near-liquidation")).as("holds no BTC").last().isEqualTo("WARNING");
        assertThat(run.out()).contains("* treasury-safe: uncertain, BTC price STALE");
    }

    @Test
    void accountOptionReportsOneAccount() {
        CliRun run = CliRun.of("report", DEMO.toString(), "--account", "degen-near-liquidation");

        assertThat(run.exitCode()).isEqualTo(ReportCommand.OK);
        assertThat(run.out()).contains("degen-near-liquidation").doesNotContain("treasury-safe");
    }

    @Test
    void explainShowsTheTermsAndHowEachLiquidationPriceWasFound() {
        CliRun run = CliRun.of("report", DEMO.toString(), "--explain", "--account", "treasury-safe");

        assertThat(run.exitCode()).isEqualTo(ReportCommand.OK);
        String explained = run.out().substring(run.out().indexOf("EXPLAINED: treasury-safe"));
        assertThat(explained).contains("equity = 252,262.40", "initial requirement = 1,605.00",
                "maintenance requirement = 802.50");
        // the equity terms are the collateral and each cross uPnL: 250,000 ; 1,500 ; 762.40 (uPnL incl. funding)
        assertThat(explained).contains("250,000.00", "1,500.00", "762.40");
        assertThat(explained.lines().filter(l -> l.contains("how:"))).hasSizeGreaterThanOrEqualTo(3 + 1 + 2 * 2);
        assertThat(explained).contains("position eth-core-long (ETH-PERP)", "position btc-hedge-short (BTC-PERP)");
        assertThat(explained).contains("liquidation price", "bankruptcy price");
    }

    @Test
    void anAccountTheEngineCannotEvaluateIsShownWithItsReasonAndExitsOne(@TempDir Path dir) throws IOException {
        // DOGE is priced, but the reference venue does not accept it as collateral: that account fails alone.
        String text = Files.readString(DEMO)
                .replace("\"USDC\": {\"mark\": 1.00,", "\"DOGE\": {\"mark\": 0.40, \"dailyVolatility\": 0.06},\n"
                        + "    \"USDC\": {\"mark\": 1.00,")
                .replace("\"collateral\": {\"USDC\": 4753}", "\"collateral\": {\"USDC\": 4753, \"DOGE\": 1000}");
        Path file = dir.resolve("with-doge.json");
        Files.writeString(file, text);

        CliRun run = CliRun.of("report", file.toString());

        assertThat(run.exitCode()).isEqualTo(ReportCommand.ACCOUNT_FAILED);
        assertThat(cells(run.out(), "degen-near-liquidation")).endsWith("FAILED");
        assertThat(run.out()).contains("degen-near-liquidation: not evaluated: collateral DOGE");
        assertThat(cells(run.out(), "treasury-safe").get(1)).isEqualTo("252,262.40");
    }

    @Test
    void aBadFileExitsTwoWithFileLineAndColumn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, Files.readString(DEMO).replace("\"mark\": 3200.00", "\"mark\": -3200.00"));

        CliRun run = CliRun.of("report", file.toString());

        assertThat(run.exitCode()).isEqualTo(ReportCommand.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(file + ":5:13: prices.ETH: price.mark must be positive");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRun.of("report").exitCode()).isEqualTo(ReportCommand.BAD_INPUT);
        assertThat(CliRun.of("report", DEMO.toString(), "--bogus").exitCode()).isEqualTo(ReportCommand.BAD_INPUT);
        assertThat(CliRun.of("frobnicate").exitCode()).isEqualTo(ReportCommand.BAD_INPUT);
        CliRun unknownAccount = CliRun.of("report", DEMO.toString(), "--account", "nobody");
        assertThat(unknownAccount.exitCode()).isEqualTo(ReportCommand.BAD_INPUT);
        assertThat(unknownAccount.err()).contains("no account \"nobody\"", "treasury-safe");
    }

    /** The cells of the first table row starting with {@code firstCell} (cells are separated by 2+ spaces). */
    static List<String> cells(String report, String firstCell) {
        String row = report.lines()
                .filter(l -> l.startsWith(firstCell + " ") || l.startsWith(firstCell + "* "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + firstCell + " in\n" + report));
        return Arrays.asList(row.trim().split(" {2,}"));
    }
}
