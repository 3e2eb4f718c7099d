package com.solvent.model.market;

import com.solvent.model.Checks;

import java.util.List;

/**
 * A tradable market of a venue and its risk parameters.
 *
 * <p>Prices are USD per unit of {@code underlying}; notional = |size| x mark price, in USD.
 *
 * @param id          the venue's market identifier, e.g. {@code "ETH-PERP"}
 * @param underlying  the asset symbol whose price values the market, e.g. {@code "ETH"}
 * @param instrument  perpetual or dated future (options come later)
 * @param tiers       margin brackets ordered by strictly increasing {@code notionalFloor}, first at 0;
 *                    a single tier is a flat initial/maintenance fraction
 *
 * <p>Requirements from the tiers (definitions in {@code MarginEngine}): maintenance
 * {@code = notional x mmf(tier) - deduction(tier)}, continuous in notional; initial
 * {@code = notional / maxLeverage(tier)}.
 */
public record Market(String id, String underlying, Instrument instrument, List<MaintenanceTier> tiers) {
    public Market {
        Checks.nonBlank(id, "market.id");
        Checks.nonBlank(underlying, "market.underlying");
        Checks.required(instrument, "market.instrument");
        Checks.required(tiers, "market.tiers");
        tiers = Brackets.of(tiers);
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("market " + id + ": tiers must not be empty");
        }
        if (tiers.getFirst().notionalFloor() != 0.0) {
            throw new IllegalArgumentException("market " + id + ": tiers[0].notionalFloor must be 0");
        }
        for (int i = 1; i < tiers.size(); i++) {
            MaintenanceTier prev = tiers.get(i - 1);
            MaintenanceTier next = tiers.get(i);
            if (next.notionalFloor() <= prev.notionalFloor()) {
                throw new IllegalArgumentException("market " + id + ": tiers[" + i
                        + "].notionalFloor must be above tiers[" + (i - 1) + "] (tiers out of order)");
            }
            if (next.maintenanceFraction() < prev.maintenanceFraction()) {
                throw new IllegalArgumentException("market " + id + ": tiers[" + i
                        + "].maintenanceFraction must not be below the previous tier's");
            }
            if (next.maxLeverage() > prev.maxLeverage()) {
                throw new IllegalArgumentException("market " + id + ": tiers[" + i
                        + "].maxLeverage must not be above the previous tier's");
            }
        }
    }

    /** A market with one flat bracket: initial fraction {@code 1/maxLeverage}, maintenance {@code mmf}. */
    public static Market flat(String id, String underlying, Instrument instrument, double maxLeverage, double mmf) {
        return new Market(id, underlying, instrument, List.of(new MaintenanceTier(0.0, maxLeverage, mmf)));
    }

    /** Index of the tier a position of {@code notional} USD falls in: the last whose floor is {@code <= notional}. */
    public int tierOf(double notional) {
        return brackets().tierOf(notional);
    }

    /**
     * The maintenance deduction ("maintenance amount") of {@code tier}, USD:
     * {@code d(0) = 0}, {@code d(n) = d(n-1) + floor(n) x (mmf(n) - mmf(n-1))}, which keeps the
     * maintenance requirement continuous across tier boundaries (Hyperliquid, Binance, Bybit).
     */
    public double maintenanceDeduction(int tier) {
        return brackets().deduction(tier);
    }

    /** Maintenance requirement of a position of {@code notional} USD (absolute), USD. */
    public double maintenanceRequirement(double notional) {
        Brackets brackets = brackets();
        int tier = brackets.tierOf(notional);
        return Math.max(0.0, notional * brackets.maintenanceFraction(tier) - brackets.deduction(tier));
    }

    /** Initial requirement of a position of {@code notional} USD (absolute), USD: notional / maxLeverage of its tier. */
    public double initialRequirement(double notional) {
        return notional * tiers.get(tierOf(notional)).initialFraction();
    }

    /** The tier of index {@code tier}. */
    public MaintenanceTier tier(int tier) {
        return tiers.get(tier);
    }

    private Brackets brackets() {
        // the compact constructor always stores a Brackets; the cast is what the record's component type hides
        return (Brackets) tiers;
    }
}
