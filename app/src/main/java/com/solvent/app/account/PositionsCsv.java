package com.solvent.app.account;

import com.solvent.app.export.CsvColumn;
import com.solvent.app.export.TableCsv;
import com.solvent.model.account.MarginMode;
import com.solvent.model.risk.LiquidationPrice;
import com.solvent.model.risk.PositionRisk;

/** The positions table's CSV export, apart from its view so it can be checked without a window. */
public final class PositionsCsv {
    private PositionsCsv() {
    }

    /** The positions table as exported: raw numbers in full precision, units in the headers. */
    public static final TableCsv<PositionRisk> COLUMNS = TableCsv.of(
            CsvColumn.text("market", PositionRisk::marketId),
            CsvColumn.text("position", PositionRisk::positionId),
            CsvColumn.number("size", PositionRisk::size),
            CsvColumn.number("mark_usd", PositionRisk::markPrice),
            CsvColumn.number("liquidation_price_usd", p -> p.liquidationPrice().kind() == LiquidationPrice.Kind.PRICE
                    ? p.liquidationPrice().price() : Double.NaN),
            CsvColumn.text("liquidation", p -> p.liquidationPrice().kind().name().toLowerCase(java.util.Locale.ROOT)),
            CsvColumn.number("move_to_liquidation", p -> p.liquidationPrice().kind() == LiquidationPrice.Kind.PRICE
                    ? p.liquidationPrice().distanceFraction() : Double.NaN),
            CsvColumn.number("unrealized_pnl_usd", PositionRisk::unrealizedPnl),
            CsvColumn.number("entry_usd", PositionRisk::entryPrice),
            CsvColumn.text("mode", p -> p.mode() == MarginMode.CROSS ? "cross" : "isolated"),
            CsvColumn.number("initial_requirement_usd", PositionRisk::initialRequirement),
            CsvColumn.number("maintenance_requirement_usd", PositionRisk::maintenanceRequirement),
            CsvColumn.number("delta", p -> p.greeks().delta()),
            CsvColumn.number("gamma", p -> p.greeks().gamma()),
            CsvColumn.number("vega", p -> p.greeks().vega()),
            CsvColumn.number("theta", p -> p.greeks().theta()));

    /** The same export over the table's rows, as of their latest figures. */
    public static final TableCsv<PositionRow> ROWS = new TableCsv<>(COLUMNS.columns().stream()
            .map(c -> new CsvColumn<PositionRow>(c.header(), row -> c.value().apply(row.risk())))
            .toList());
}
