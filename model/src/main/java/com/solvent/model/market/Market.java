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
 */
public record Market(String id, String underlying, Instrument instrument, List<MaintenanceTier> tiers) {
    public Market {
        Checks.nonBlank(id, "market.id");
        Checks.nonBlank(underlying, "market.underlying");
        Checks.required(instrument, "market.instrument");
        Checks.required(tiers, "market.tiers");
        tiers = List.copyOf(tiers);
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
}
