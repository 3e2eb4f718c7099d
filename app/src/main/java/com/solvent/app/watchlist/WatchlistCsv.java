package com.solvent.app.watchlist;

import com.solvent.app.controls.AccountStanding;
import com.solvent.app.export.CsvColumn;
import com.solvent.app.export.TableCsv;
import com.solvent.model.risk.AccountRisk;

/** The watchlist's CSV export, apart from its view so it can be checked without a window. */
public final class WatchlistCsv {
    private WatchlistCsv() {
    }

    /** The watchlist as exported: raw numbers in full precision, units in the headers. */
    public static final TableCsv<WatchRow> COLUMNS = TableCsv.of(
            CsvColumn.text("label", r -> r.account().label()),
            CsvColumn.text("address", r -> r.account().address().checksummed()),
            CsvColumn.text("health", r -> r.risk().map(a -> AccountStanding.word(a, r.liquidated()))
                    .orElse(r.problem().orElse(""))),
            CsvColumn.number("equity_usd", r -> r.risk().map(AccountRisk::equity).orElse(Double.NaN)),
            CsvColumn.number("margin_ratio", r -> r.risk().map(AccountRisk::marginRatio).orElse(Double.NaN)),
            CsvColumn.number("free_collateral_usd", r -> r.risk().map(AccountRisk::freeCollateral).orElse(Double.NaN)),
            CsvColumn.number("maintenance_requirement_usd",
                    r -> r.risk().map(AccountRisk::maintenanceRequirement).orElse(Double.NaN)),
            CsvColumn.text("nearest_liquidation_market", r -> r.risk().flatMap(NearestLiquidation::of)
                    .map(NearestLiquidation::marketId).orElse("")),
            CsvColumn.number("nearest_liquidation_move", r -> r.risk().flatMap(NearestLiquidation::of)
                    .map(NearestLiquidation::distance).orElse(Double.NaN)));
}
