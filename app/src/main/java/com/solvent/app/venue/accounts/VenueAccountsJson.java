package com.solvent.app.venue.accounts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.solvent.app.venue.VenueRanking;
import com.solvent.app.venue.VenueRow;

import java.util.List;

/**
 * The venue accounts table as a JSON document ({@value #SCHEMA}): where and when it was read, the
 * filter, and one object per row shown, in order. USD in {@code ...Usd} fields; a figure the engine
 * could not compute is absent and {@code failure} says why.
 */
public record VenueAccountsJson(String schema, String chain, long block, String asOf, String venue,
                                String scan, int accountsInVenue, String filter, List<Account> accounts) {
    public static final String SCHEMA = "solvent.venue-accounts/1";

    public static VenueAccountsJson of(VenueSelection selection) {
        VenueRanking r = selection.ranking();
        return new VenueAccountsJson(SCHEMA, r.state().market().status().chain(),
                r.state().market().status().block(), r.prices().asOf().toString(), r.state().market().policy().name(),
                r.state().scan().phase().name(), selection.venueAccounts(), FilterText.of(selection.filter()),
                selection.rows().stream().map(Account::of).toList());
    }

    /** One account. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Account(String account, String label, String health, Double equityUsd,
                          Double maintenanceRequirementUsd, Double marginRatio, Double freeCollateralUsd,
                          Double notionalUsd, String marginMode, List<String> assets, boolean uncertain, String failure) {
        static Account of(VenueRow r) {
            boolean ok = r.evaluated();
            return new Account(r.accountId(), r.label(), VenueAccountsCsv.standing(r), ok ? r.equity() : null,
                    ok ? r.maintenanceRequirement() : null, ok ? r.marginRatio() : null,
                    ok ? r.freeCollateral() : null, ok ? r.notional() : null, r.mode().word(), r.assets(),
                    r.uncertain(), r.failure().isEmpty() ? null : r.failure());
        }
    }
}
