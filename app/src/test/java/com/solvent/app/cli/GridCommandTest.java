package com.solvent.app.cli;

import com.solvent.app.portfolio.Portfolio;
import com.solvent.app.portfolio.PortfolioReader;
import com.solvent.app.portfolio.Venues;
import com.solvent.model.scenario.StressCell;
import com.solvent.model.scenario.StressGrid;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import static com.solvent.app.format.DisplayFormat.money;
import static com.solvent.app.format.DisplayFormat.percent;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code solvent grid}: every CSV cell parses back to the model's {@link StressGrid} for the same inputs. */
class GridCommandTest {
    @Test
    void csvCellsAreTheModelGridOfTheWholeBook() throws Exception {
        Portfolio portfolio = new PortfolioReader(Venues.presets(), Clock.systemUTC()).read(ReportCommandTest.DEMO);
        double[] prices = {-30, 0, 15};
        double[] vols = {-10, 0, 25};
        StressGrid model = GridCommand.grid(portfolio, portfolio.accounts(), prices, vols);

        CliRun run = CliRun.of("grid", ReportCommandTest.DEMO.toString(), "--price-shocks=-30,0,15",
                "--vol-shocks=-10,0,25", "--csv");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = Arrays.asList(run.out().split("\r\n"));
        assertThat(lines.getFirst()).isEqualTo("price_shock_percent,vol_shock_points,pnl_usd,margin_ratio,liquidatable_accounts");
        assertThat(lines).hasSize(1 + 9);
        for (int k = 0; k < 9; k++) {
            StressCell cell = model.cells().get(k);
            String[] fields = lines.get(k + 1).split(",");
            assertThat(Double.parseDouble(fields[0])).isEqualTo(cell.pricePercent());
            assertThat(Double.parseDouble(fields[1])).isEqualTo(cell.volPoints());
            assertThat(Double.parseDouble(fields[2])).isEqualTo(cell.pnl());
            assertThat(Double.parseDouble(fields[3])).isEqualTo(cell.marginRatio());
            assertThat(Integer.parseInt(fields[4])).isEqualTo(cell.liquidatable());
        }
        // no shock: nothing changed, so no PnL
        assertThat(model.cell(1, 1).pnl()).isZero();
    }

    @Test
    void theTablesShowPnlAndMarginRatioOfOneAccount() throws Exception {
        Portfolio portfolio = new PortfolioReader(Venues.presets(), Clock.systemUTC()).read(ReportCommandTest.DEMO);
        StressGrid model = GridCommand.grid(portfolio, List.of(portfolio.account("collar-hedged-perp").orElseThrow()),
                new double[] {-20}, new double[] {0, 10});

        CliRun run = CliRun.of("grid", ReportCommandTest.DEMO.toString(), "--account", "collar-hedged-perp",
                "--price-shocks=-20", "--vol-shocks=0,10");

        assertThat(run.exitCode()).isZero();
        List<List<String>> rows = run.out().lines().filter(l -> l.startsWith("-20%"))
                .map(l -> Arrays.asList(l.trim().split(" {2,}"))).toList();
        assertThat(rows).containsExactly(
                List.of("-20%", money(model.cell(0, 0).pnl()), money(model.cell(0, 1).pnl())),
                List.of("-20%", percent(model.cell(0, 0).marginRatio()), percent(model.cell(0, 1).marginRatio())));
    }
}
