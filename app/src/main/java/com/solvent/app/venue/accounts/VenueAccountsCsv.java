package com.solvent.app.venue.accounts;

import com.solvent.app.controls.AccountStanding;
import com.solvent.app.export.CsvColumn;
import com.solvent.app.export.TableCsv;
import com.solvent.app.venue.VenueRow;

/** The venue accounts table as exported: raw numbers in full precision, units in the headers. */
public final class VenueAccountsCsv {
    private VenueAccountsCsv() {
    }

    public static final TableCsv<VenueRow> COLUMNS = TableCsv.of(
            CsvColumn.text("account", VenueRow::accountId),
            CsvColumn.text("label", VenueRow::label),
            CsvColumn.text("health", VenueAccountsCsv::standing),
            CsvColumn.number("equity_usd", VenueRow::equity),
            CsvColumn.number("maintenance_requirement_usd", VenueRow::maintenanceRequirement),
            CsvColumn.number("margin_ratio", VenueRow::marginRatio),
            CsvColumn.number("free_collateral_usd", VenueRow::freeCollateral),
            CsvColumn.number("notional_usd", VenueRow::notional),
            CsvColumn.text("margin_mode", r -> r.mode().word()),
            CsvColumn.text("assets", r -> String.join(" ", r.assets())),
            CsvColumn.text("uncertain", r -> Boolean.toString(r.uncertain())),
            CsvColumn.text("failure", VenueRow::failure));

    /** The health word as the table shows it: "Empty" for an account with nothing in it, "Safe?" when uncertain. */
    static String standing(VenueRow row) {
        if (!row.evaluated()) {
            return AccountStanding.word((com.solvent.model.risk.HealthState) null, false);
        }
        return row.empty() ? AccountStanding.EMPTY : AccountStanding.word(row.health(), row.uncertain());
    }
}
