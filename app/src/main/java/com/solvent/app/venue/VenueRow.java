package com.solvent.app.venue;

import com.solvent.app.watchlist.AccountAddress;
import com.solvent.model.risk.HealthState;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One account of the venue as the risk desk ranks it. The figures are the margin engine's (see
 * {@link com.solvent.model.engine.MarginEngine}); USD throughout; NaN when the account could not be
 * evaluated, and {@code failure} then says why.
 *
 * @param accountId               the account's id (its address on chain)
 * @param label                   a name for it, empty when it has none
 * @param health                  worst health over its margin groups; null when not evaluated
 * @param uncertain               true when a price it depends on is not FRESH (never shown as plainly safe)
 * @param failure                 why it could not be evaluated, empty when it was
 * @param equity                  account equity
 * @param maintenanceRequirement  account maintenance requirement
 * @param marginRatio             maintenance requirement / equity (liquidatable at {@code >= 1})
 * @param freeCollateral          cross equity - cross initial requirement
 * @param notional                sum over positions and options of their notional ({@code |size| x mark}; an option
 *                                {@code |size| x forward}; a settled future 0)
 * @param mode                    how its positions are margined
 * @param assets                  what it is exposed to, sorted: the underlyings of its positions and options and the
 *                                assets pricing its collateral (e.g. {@code [BTC, ETH, USDC]})
 * @param empty                   no position, no option and no equity (to the cent): nothing at risk
 */
public record VenueRow(String accountId, String label, HealthState health, boolean uncertain, String failure,
                       double equity, double maintenanceRequirement, double marginRatio, double freeCollateral,
                       double notional, ModeMix mode, List<String> assets, boolean empty) {
    /**
     * Worst first: BANKRUPT, LIQUIDATABLE, WARNING, SAFE; within a state, the higher margin ratio, then
     * the larger notional; accounts that could not be evaluated last (the watchlist's order); ties by id.
     */
    public static final Comparator<VenueRow> WORST_FIRST = VenueRow::worstFirst;

    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");

    public VenueRow {
        Objects.requireNonNull(accountId, "accountId");
        label = label == null ? "" : label;
        failure = failure == null ? "" : failure;
        Objects.requireNonNull(mode, "mode");
        assets = List.copyOf(assets);
        if (health == null && failure.isEmpty()) {
            throw new IllegalArgumentException("account " + accountId + ": a row without health must say why");
        }
    }

    /** A row for an account the engine could not evaluate. */
    public static VenueRow failed(String accountId, String label, String reason, ModeMix mode, List<String> assets) {
        return new VenueRow(accountId, label, null, false, reason, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, mode, assets, false);
    }

    public boolean evaluated() {
        return health != null;
    }

    /** The label, or the short address (or the id when it is not an address). */
    public String displayName() {
        return label.isEmpty() ? shortId() : label;
    }

    /** {@code 0xf39F…2266} for an address, the id otherwise. */
    public String shortId() {
        return ADDRESS.matcher(accountId).matches() ? AccountAddress.parse(accountId).shortForm() : accountId;
    }

    /** Whether it holds {@code asset} (see {@link #assets()}). */
    public boolean holds(String asset) {
        return assets.contains(asset);
    }

    /**
     * {@link #WORST_FIRST} written out on the fields: a venue's ranking sorts every account at every
     * block, and a chain of comparator combinators cost five times as much per comparison (measured,
     * 100,000 accounts: 85 ms of CPU per sort).
     */
    private static int worstFirst(VenueRow a, VenueRow b) {
        int bySeverity = Integer.compare(b.severity(), a.severity());
        if (bySeverity != 0) {
            return bySeverity;
        }
        if (a.health != null) { // then b is evaluated too
            int byRatio = Double.compare(b.marginRatio, a.marginRatio);
            if (byRatio != 0) {
                return byRatio;
            }
            int byNotional = Double.compare(b.notional, a.notional);
            if (byNotional != 0) {
                return byNotional;
            }
        }
        return a.accountId.compareTo(b.accountId);
    }

    private int severity() {
        return health == null ? -1 : health.ordinal();
    }
}
