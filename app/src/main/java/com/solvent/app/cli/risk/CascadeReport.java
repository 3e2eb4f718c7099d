package com.solvent.app.cli.risk;

import com.solvent.app.cli.TextTable;
import com.solvent.app.cli.TextTable.Column;
import com.solvent.app.portfolio.Portfolio;
import com.solvent.model.cascade.CascadeResult;
import com.solvent.model.cascade.CascadeRound;
import com.solvent.model.cascade.CascadeSettings;
import com.solvent.model.cascade.CascadeSimulation;
import com.solvent.model.stress.LiquidationTotals;
import com.solvent.model.stress.StressBook;
import com.solvent.model.stress.StressScenario;
import com.solvent.model.task.TaskMonitor;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import static com.solvent.app.format.DisplayFormat.money;
import static com.solvent.app.format.DisplayFormat.price;
import static com.solvent.app.format.DisplayFormat.signedPercent;
import static com.solvent.app.format.DisplayFormat.usd;

/**
 * A liquidation cascade over a book and its three renderings (table, {@code solvent.cascade/1} JSON,
 * one CSV line per round): what {@code solvent cascade} prints and {@code solvent scan --cascade}
 * writes, from one place.
 *
 * @param portfolio     the book, its prices and policy
 * @param options       the shock, depths and limits asked for
 * @param insuranceFund insurance fund at the start, USD
 * @param result        the cascade
 */
public record CascadeReport(Portfolio portfolio, CascadeOptions options, double insuranceFund, CascadeResult result) {
    public CascadeReport {
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(result, "result");
    }

    /**
     * Checks the options against the book, then runs the cascade.
     *
     * @throws IllegalArgumentException naming the option at fault (a bad shock or depth, an asset the book has no price for)
     */
    public static CascadeReport run(Portfolio portfolio, CascadeOptions options, double insuranceFund) {
        CascadeSettings settings;
        StressScenario scenario;
        try {
            settings = options.settings(insuranceFund);
            scenario = options.scenario();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad option: " + e.getMessage(), e);
        }
        if (portfolio.prices().get(options.asset()).isEmpty()) {
            throw new IllegalArgumentException("--asset: " + portfolio.source() + " has no price for " + options.asset()
                    + "; priced: " + String.join(", ", new TreeSet<>(portfolio.prices().prices().keySet())));
        }
        CascadeResult result = new CascadeSimulation(1).run(StressBook.of(portfolio.accounts(), portfolio.policy()),
                portfolio.prices(), scenario, settings, TaskMonitor.NONE);
        return new CascadeReport(portfolio, options, insuranceFund, result);
    }

    /** True when some account could not be evaluated in some round (the others were run). */
    public boolean anyAccountFailed() {
        return result.rounds().stream().anyMatch(r -> r.sweep().accountsFailed() > 0);
    }

    /** The {@code solvent.cascade/1} document. */
    public String json() {
        return RiskOutput.json(CascadeJson.of(portfolio, options.asset(), options.shock(), result));
    }

    /** One line per round with a header. */
    public String csv() {
        return RiskOutput.csv(CascadeRow.class, rows());
    }

    /** The round table and the totals. */
    public String text() {
        String asset = options.asset();
        double before = portfolio.prices().get(asset).orElseThrow().mark();
        double after = result.finalMarks().get(asset);
        double impact = result.settings().depth().impact();
        StringBuilder out = new StringBuilder();
        out.append("Solvent liquidation cascade on ").append(portfolio.source()).append('\n');
        out.append("Venue:          ").append(portfolio.policy().name()).append('\n');
        out.append("Shock:          ").append(asset).append(' ').append(signedPercent(options.shock())).append(" from ")
                .append(price(before)).append(" USD\n");
        out.append("Depth:          ").append(usd(options.depth())).append(" moves ").append(asset).append(" by ")
                .append(signedPercent(-impact)).append('\n');
        out.append("Insurance fund: ").append(usd(insuranceFund)).append("\n\n");
        TextTable table = new TextTable(Column.right("Round"), Column.right(asset + " USD"), Column.right("Liquidated"),
                Column.right("Notional USD"), Column.right("Net sold " + asset + " USD"), Column.right("Fund draw USD"),
                Column.right("Bad debt USD"), Column.right("ADL accounts"));
        for (CascadeRow r : rows()) {
            table.row(Integer.toString(r.round()), price(r.priceUsd()), Integer.toString(r.accountsLiquidated()),
                    money(r.notionalLiquidatedUsd()), money(r.netSoldUsd()), money(r.insuranceDrawUsd()),
                    money(r.badDebtUsd()), Integer.toString(r.accountsDeleveraged()));
        }
        out.append(table.render()).append('\n');
        LiquidationTotals t = result.totals();
        out.append(result.converged() ? "Converged" : "NOT converged (round limit reached)")
                .append(" after ").append(result.rounds().size()).append(" rounds.\n");
        out.append("Final ").append(asset).append(" price: ").append(price(after)).append(" USD (")
                .append(signedPercent(after / before - 1)).append(" from before the shock)\n");
        out.append("Liquidations:   ").append(t.accountsLiquidated()).append(" (account-rounds), notional ")
                .append(usd(t.notionalLiquidated())).append('\n');
        out.append("Penalties:      ").append(usd(t.penalties())).append(" (liquidators ")
                .append(usd(t.penaltyToLiquidators())).append(", fund ").append(usd(t.penaltyToInsuranceFund()))
                .append(")\n");
        out.append("Fund draw:      ").append(usd(t.insuranceDraw())).append("; fund after ")
                .append(usd(result.insuranceFundAfter())).append('\n');
        out.append("Bad debt:       ").append(usd(t.badDebt())).append("; auto-deleveraged accounts ")
                .append(t.accountsDeleveraged()).append(", recovered ").append(usd(t.adlRecovered())).append('\n');
        List<String> moved = result.finalMarks().keySet().stream().filter(a -> !a.equals(asset))
                .filter(a -> result.finalMarks().get(a) != firstMark(a)).sorted().toList();
        for (String other : moved) {
            out.append("Also moved:     ").append(other).append(' ').append(price(firstMark(other)))
                    .append(" -> ").append(price(result.finalMarks().get(other))).append(" USD\n");
        }
        return out.toString();
    }

    private List<CascadeRow> rows() {
        return result.rounds().stream().map(r -> CascadeRow.of(r, options.asset())).toList();
    }

    private double firstMark(String a) {
        CascadeRound first = result.rounds().getFirst();
        return first.marks().getOrDefault(a, 0.0);
    }
}
