package com.solvent.app.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.solvent.app.portfolio.Portfolio;
import com.solvent.model.risk.AccountFailure;
import com.solvent.model.risk.AccountResult;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.CollateralRisk;
import com.solvent.model.option.OptionContract;
import com.solvent.model.risk.Explanation;
import com.solvent.model.risk.Greeks;
import com.solvent.model.risk.LiquidationPrice;
import com.solvent.model.risk.PositionRisk;
import com.solvent.model.risk.RiskReport;
import com.solvent.model.risk.UniformMove;

import java.util.List;
import java.util.Map;

/**
 * The {@code report --json} document. Its field names are a published interface (scripts parse
 * them), documented in {@code docs/PORTFOLIO.md}; rename nothing without bumping {@link #SCHEMA}.
 * Units are in the names: {@code ...Usd} is USD, {@code ...Fraction} and {@code marginRatio} are
 * fractions (0.25 = 25 %), prices are USD per unit of the underlying.
 *
 * @param schema    {@value #SCHEMA}
 * @param source    the portfolio file
 * @param asOf      evaluation time, ISO-8601
 * @param venue     the margin policy's name
 * @param accounts  one entry per account, in file order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ReportJson(String schema, String source, String asOf, String venue, List<Account> accounts) {
    static final String SCHEMA = "solvent.report/1";

    static ReportJson of(Portfolio portfolio, RiskReport report, boolean explain) {
        return new ReportJson(SCHEMA, portfolio.source(), report.asOf().toString(), report.policy(),
                report.accounts().stream().map(r -> Account.of(r, explain)).toList());
    }

    /** One account: figures when {@code status} is {@code ok}, only {@code failure} when {@code failed}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Account(String id, String status, String failure, Double equityUsd, Double initialRequirementUsd,
                   Double maintenanceRequirementUsd, Double marginRatio, Double freeCollateralUsd,
                   Double maxWithdrawableUsd, Double leverage, String health, Boolean uncertain,
                   List<String> uncertainty, Move uniformMoveToLiquidation, List<Collateral> collateral,
                   List<Position> positions, List<UnderlyingGreeks> greeksByUnderlying, List<Explained> explanations) {
        static Account of(AccountResult result, boolean explain) {
            return switch (result) {
                case AccountFailure f -> new Account(f.accountId(), "failed", f.reason(), null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null);
                case AccountRisk a -> new Account(a.accountId(), "ok", null, a.equity(), a.initialRequirement(),
                        a.maintenanceRequirement(), a.marginRatio(), a.freeCollateral(), a.maxWithdrawable(),
                        a.leverage(), a.health().name(), a.uncertain(), a.uncertainty(),
                        Move.of(a.uniformMoveToLiquidation()),
                        a.collateral().stream().map(Collateral::of).toList(),
                        a.positions().stream().map(p -> Position.of(p, explain)).toList(),
                        a.greeksByUnderlying().entrySet().stream().sorted(Map.Entry.comparingByKey())
                                .map(e -> UnderlyingGreeks.of(e.getKey(), e.getValue())).toList(),
                        explain ? List.of(Explained.of(a.equityExplained()), Explained.of(a.initialExplained()),
                                Explained.of(a.maintenanceExplained()),
                                Explained.of(a.uniformMoveToLiquidation().how())) : null);
            };
        }
    }

    /** A cross-pool collateral balance as valued. */
    record Collateral(String asset, double amount, double priceUsd, double weight, double weightedValueUsd,
                      double maxWithdrawable, double maxWithdrawableUsd, boolean uncertain) {
        static Collateral of(CollateralRisk c) {
            return new Collateral(c.asset(), c.amount(), c.price(), c.weight(), c.weightedValue(),
                    c.maxWithdrawable(), c.maxWithdrawableUsd(), c.uncertain());
        }
    }

    /** One position. {@code side} is {@code long} or {@code short}; {@code size} keeps its sign. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Position(String id, String market, String side, double size, double entryPrice, double markPrice,
                    double notionalUsd, double unrealizedPnlUsd, String mode, double initialRequirementUsd,
                    double maintenanceRequirementUsd, int tier, Threshold liquidation, Threshold bankruptcy,
                    double groupEquityUsd, double groupMarginRatio, String health, boolean settled, boolean uncertain,
                    List<String> uncertainty, Option option, PositionGreeks greeks, List<Explained> explanations) {
        static Position of(PositionRisk p, boolean explain) {
            return new Position(p.positionId(), p.marketId(), p.size() > 0 ? "long" : "short", p.size(),
                    p.entryPrice(), p.markPrice(), p.notional(), p.unrealizedPnl(), p.mode().name().toLowerCase(),
                    p.initialRequirement(), p.maintenanceRequirement(), p.tier(),
                    Threshold.of(p.liquidationPrice()), Threshold.of(p.bankruptcyPrice()), p.groupEquity(),
                    p.groupMarginRatio(), p.health().name(), p.settled(), p.uncertain(), p.uncertainty(),
                    Option.of(p.option()), PositionGreeks.of(p.greeks()),
                    explain ? List.of(Explained.of(p.initialExplained()), Explained.of(p.maintenanceExplained()),
                            Explained.of(p.liquidationPrice().how()), Explained.of(p.bankruptcyPrice().how())) : null);
        }
    }

    /** The contract of an option position; absent for perps and futures. */
    record Option(String underlying, double strike, String expiry, String type) {
        static Option of(OptionContract c) {
            return c == null ? null : new Option(c.underlying(), c.strike(), c.expiry().toString(),
                    c.type().name().toLowerCase());
        }
    }

    /** A position's Greeks (size included): delta in units, gamma per USD, vega USD per vol point, theta USD per day. */
    record PositionGreeks(double delta, double gamma, double vegaUsd, double thetaUsd) {
        static PositionGreeks of(Greeks g) {
            return new PositionGreeks(g.delta(), g.gamma(), g.vega(), g.theta());
        }
    }

    /** An account's Greeks netted on one underlying. */
    record UnderlyingGreeks(String underlying, double delta, double gamma, double vegaUsd, double thetaUsd) {
        static UnderlyingGreeks of(String underlying, Greeks g) {
            return new UnderlyingGreeks(underlying, g.delta(), g.gamma(), g.vega(), g.theta());
        }
    }

    /**
     * A threshold price (liquidation, bankruptcy). {@code kind}: {@code PRICE} (the numbers apply),
     * {@code NONE} (no positive price reaches it), {@code NOW} (already reached); numbers only for {@code PRICE}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Threshold(String kind, Double price, Double distanceFraction, Double distanceInDailyVols) {
        static Threshold of(LiquidationPrice p) {
            boolean exists = p.exists();
            return new Threshold(p.kind().name(), exists ? p.price() : null, exists ? p.distanceFraction() : null,
                    exists ? p.distanceInDailyVols() : null);
        }
    }

    /** The market-wide move to liquidation; {@code fraction} only when {@code kind} is {@code PRICE}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Move(String kind, Double fraction, String group) {
        static Move of(UniformMove move) {
            boolean exists = move.kind() == LiquidationPrice.Kind.PRICE;
            return new Move(move.kind().name(), exists ? move.fraction() : null, move.group());
        }
    }

    /** A headline number's explanation: its terms and the method. */
    record Explained(String quantity, double value, String method, List<Item> terms) {
        static Explained of(Explanation e) {
            return new Explained(e.quantity(), e.value(), e.method(),
                    e.terms().stream().map(t -> new Item(t.label(), t.value())).toList());
        }
    }

    /** One term of an explanation. */
    record Item(String label, double value) {
    }
}
