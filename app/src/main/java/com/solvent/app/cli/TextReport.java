package com.solvent.app.cli;

import com.solvent.app.cli.TextTable.Column;
import com.solvent.app.portfolio.Portfolio;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.risk.AccountFailure;
import com.solvent.model.risk.AccountResult;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.Explanation;
import com.solvent.model.risk.LiquidationPrice;
import com.solvent.model.risk.PositionRisk;
import com.solvent.model.risk.RiskReport;
import com.solvent.model.risk.Term;
import com.solvent.model.risk.UniformMove;

import java.util.Map;

import static com.solvent.app.format.DisplayFormat.dailyVols;
import static com.solvent.app.format.DisplayFormat.marginRatio;
import static com.solvent.app.format.DisplayFormat.money;
import static com.solvent.app.format.DisplayFormat.multiple;
import static com.solvent.app.format.DisplayFormat.number;
import static com.solvent.app.format.DisplayFormat.price;
import static com.solvent.app.format.DisplayFormat.signedPercent;
import static com.solvent.app.format.DisplayFormat.size;

/**
 * The human-readable risk report: an accounts table, then each account's positions, then (with
 * {@code --explain}) the terms behind every headline number and how each liquidation price was
 * found. It prints what the engine computed and never recomputes a figure.
 */
final class TextReport {
    /** Shown where a figure does not exist (no liquidation price, a failed account). */
    private static final String ABSENT = "-";
    /** Marks a figure that depends on a price that is not FRESH. */
    private static final String UNCERTAIN_MARK = "*";

    private TextReport() {
    }

    static String render(Portfolio portfolio, RiskReport report, boolean explain) {
        StringBuilder out = new StringBuilder();
        out.append("Solvent risk report of ").append(portfolio.source()).append('\n');
        out.append("Venue:        ").append(report.policy()).append(" - ").append(portfolio.policy().source()).append('\n');
        out.append("Prices as of: ").append(report.asOf()).append("\n\n");
        accounts(out, report);
        for (AccountResult result : report.accounts()) {
            if (result instanceof AccountRisk risk) {
                positions(out, risk);
            }
        }
        if (explain) {
            for (AccountResult result : report.accounts()) {
                if (result instanceof AccountRisk risk) {
                    explanations(out, risk);
                }
            }
        }
        return out.toString();
    }

    private static void accounts(StringBuilder out, RiskReport report) {
        TextTable table = new TextTable(Column.left("Account"), Column.right("Equity USD"), Column.right("IM USD"),
                Column.right("MM USD"), Column.right("Margin ratio"), Column.right("Free coll. USD"),
                Column.right("Max withdraw USD"), Column.right("Leverage"), Column.left("Health"));
        StringBuilder notes = new StringBuilder();
        for (AccountResult result : report.accounts()) {
            switch (result) {
                case AccountRisk a -> {
                    table.row(a.accountId(), money(a.equity()), money(a.initialRequirement()),
                            money(a.maintenanceRequirement()), marginRatio(a.marginRatio()),
                            money(a.freeCollateral()), money(a.maxWithdrawable()), leverage(a.leverage()),
                            a.health().name() + (a.uncertain() ? UNCERTAIN_MARK : ""));
                    if (a.uncertain()) {
                        notes.append(UNCERTAIN_MARK).append(' ').append(a.accountId()).append(": uncertain, ")
                                .append(String.join("; ", a.uncertainty())).append('\n');
                    }
                }
                case AccountFailure f -> {
                    table.row(f.accountId(), ABSENT, ABSENT, ABSENT, ABSENT, ABSENT, ABSENT, ABSENT, "FAILED");
                    notes.append("! ").append(f.accountId()).append(": not evaluated: ").append(f.reason()).append('\n');
                }
            }
        }
        out.append("ACCOUNTS\n").append(table.render()).append(notes).append('\n');
    }

    private static void positions(StringBuilder out, AccountRisk account) {
        out.append("POSITIONS of ").append(account.accountId()).append(": ").append(account.health().name())
                .append("; market-wide move to liquidation: ").append(move(account.uniformMoveToLiquidation()))
                .append('\n');
        if (account.positions().isEmpty()) {
            out.append("(no open positions)\n\n");
            return;
        }
        TextTable table = new TextTable(Column.left("Position"), Column.left("Market"), Column.left("Side"),
                Column.right("Size"), Column.right("Entry"), Column.right("Mark"), Column.right("Notional USD"),
                Column.right("uPnL USD"), Column.left("Mode"), Column.right("IM USD"), Column.right("MM USD"),
                Column.right("Liq. price"), Column.right("Distance"), Column.right("Daily vols"),
                Column.right("Bankruptcy"), Column.right("Delta"), Column.right("Gamma"), Column.right("Vega USD"),
                Column.right("Theta USD/day"));
        for (PositionRisk p : account.positions()) {
            LiquidationPrice liquidation = p.liquidationPrice();
            table.row(p.positionId() + (p.uncertain() ? UNCERTAIN_MARK : ""), p.marketId(),
                    p.size() > 0 ? "long" : "short", size(p.size()), price(p.entryPrice()), price(p.markPrice()),
                    money(p.notional()), money(p.unrealizedPnl()), p.mode().name().toLowerCase(),
                    money(p.initialRequirement()), money(p.maintenanceRequirement()), threshold(liquidation),
                    liquidation.exists() ? signedPercent(liquidation.distanceFraction()) : ABSENT,
                    liquidation.exists() ? dailyVols(liquidation.distanceInDailyVols()) : ABSENT,
                    threshold(p.bankruptcyPrice()), greek(p.greeks().delta()), greek(p.greeks().gamma()),
                    money(p.greeks().vega()), money(p.greeks().theta()));
        }
        out.append(table.render());
        TextTable greeks = new TextTable(Column.left("Underlying"), Column.right("Delta"), Column.right("Gamma"),
                Column.right("Vega USD"), Column.right("Theta USD/day"));
        account.greeksByUnderlying().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                greeks.row(e.getKey(), greek(e.getValue().delta()), greek(e.getValue().gamma()),
                        money(e.getValue().vega()), money(e.getValue().theta())));
        out.append("GREEKS of ").append(account.accountId()).append(" by underlying (options and linear positions netted)\n")
                .append(greeks.render()).append('\n');
    }

    /** Delta in underlying units and gamma per USD: small numbers that need significant digits, not cents. */
    private static String greek(double value) {
        return number(value);
    }

    private static void explanations(StringBuilder out, AccountRisk account) {
        out.append("EXPLAINED: ").append(account.accountId()).append('\n');
        explained(out, account.equityExplained());
        explained(out, account.initialExplained());
        explained(out, account.maintenanceExplained());
        explained(out, account.uniformMoveToLiquidation().how());
        for (PositionRisk p : account.positions()) {
            out.append("  position ").append(p.positionId()).append(" (").append(p.marketId()).append(")\n");
            explained(out, p.liquidationPrice().how());
            explained(out, p.bankruptcyPrice().how());
        }
        out.append('\n');
    }

    private static void explained(StringBuilder out, Explanation e) {
        out.append("    ").append(e.quantity()).append(" = ").append(number(e.value())).append('\n');
        if (!e.method().isBlank()) {
            out.append("      how: ").append(e.method()).append('\n');
        }
        int labelWidth = e.terms().stream().mapToInt(t -> t.label().length()).max().orElse(0);
        int valueWidth = e.terms().stream().mapToInt(t -> number(t.value()).length()).max().orElse(0);
        for (Term t : e.terms()) {
            String value = number(t.value());
            out.append("      ").append(t.label()).append(" ".repeat(labelWidth - t.label().length())).append("  ")
                    .append(" ".repeat(valueWidth - value.length())).append(value).append('\n');
        }
    }

    private static String threshold(LiquidationPrice p) {
        return switch (p.kind()) {
            case PRICE -> price(p.price());
            case NONE -> "none";
            case NOW -> "now";
        };
    }

    private static String move(UniformMove move) {
        return switch (move.kind()) {
            case PRICE -> signedPercent(move.fraction()) + " (first group: " + move.group() + ")";
            case NONE -> "none";
            case NOW -> "none needed, group " + move.group() + " is already at maintenance";
        };
    }

    // At the engine's caps the true figure is unbounded (equity <= 0); say so rather than print 100,000%.

    private static String leverage(double leverage) {
        return leverage >= MarginEngine.LEVERAGE_CAP ? ">= " + multiple(MarginEngine.LEVERAGE_CAP) : multiple(leverage);
    }
}
