package com.solvent.app.cli.scan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.solvent.chain.scan.BookFigures;
import com.solvent.chain.scan.BookTotals;

import java.util.List;

/**
 * The {@code solvent scan --json} document ({@value #SCHEMA}), also written as {@code scan.json}: every
 * account of the venue at one block ranked worst first, the totals, the accounts that could not be
 * evaluated, and, when asked, the stress ({@code solvent.stress/1}) and cascade ({@code solvent.cascade/1})
 * documents of the scanned book. USD in fields named {@code ...Usd}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ScanJson(String schema, String source, String rpc, long chainId, String venue, long block, String blockTime,
                String policy, Totals totals, List<FiguresRow> accounts, List<Failure> failures,
                @JsonRawValue String stress, @JsonRawValue String cascade) {
    static final String SCHEMA = "solvent.scan/1";

    static ScanJson of(VenueConnection venue, BookFigures book, String stress, String cascade) {
        return new ScanJson(SCHEMA, venue.source(), venue.url().toString(), venue.deployment().chainId(),
                venue.deployment().venue(), book.block(), book.blockTime().toString(), venue.policy().name(),
                Totals.of(book.totals()), FiguresRow.of(book), Failure.of(book), stress, cascade);
    }

    /**
     * Sums over the evaluated accounts.
     *
     * @param accounts                   accounts evaluated (in {@code accounts})
     * @param failed                     accounts that could not be read or evaluated (in {@code failures})
     * @param equityUsd                  sum of equity
     * @param maintenanceRequirementUsd  sum of maintenance requirement
     * @param warning                    accounts in WARNING
     * @param liquidatable               accounts LIQUIDATABLE
     * @param bankrupt                   accounts BANKRUPT
     * @param uncertain                  accounts valued with a price that is not FRESH
     */
    record Totals(int accounts, int failed, double equityUsd, double maintenanceRequirementUsd, int warning,
                  int liquidatable, int bankrupt, int uncertain) {
        static Totals of(BookTotals t) {
            return new Totals(t.accounts(), t.failed(), t.equity(), t.maintenanceRequirement(), t.warning(),
                    t.liquidatable(), t.bankrupt(), t.uncertain());
        }
    }

    /** An account that could not be read or evaluated, and why. */
    record Failure(String account, String reason) {
        static List<Failure> of(BookFigures book) {
            return book.failures().entrySet().stream().map(e -> new Failure(e.getKey(), e.getValue())).toList();
        }
    }
}
