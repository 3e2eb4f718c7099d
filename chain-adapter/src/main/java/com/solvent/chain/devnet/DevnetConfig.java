package com.solvent.chain.devnet;

import java.time.Duration;

/**
 * How to start a devnet.
 *
 * @param seed            drives the filler accounts and the price path; same seed, same devnet
 * @param fillerAccounts  random accounts seeded beside the five story accounts, {@code >= 0}
 * @param keeperInterval  time between price moves (each move is one block), {@code > 0}
 * @param keepers         whether the price and liquidation keepers run (tests of exact states turn them off)
 * @param pricePath       the keeper's price dynamics
 * @param venue           the reference venue's parameters
 */
public record DevnetConfig(long seed, int fillerAccounts, Duration keeperInterval, boolean keepers,
                           PricePath.Spec pricePath, ReferenceVenueSpec venue) {
    public DevnetConfig {
        if (fillerAccounts < 0) {
            throw new IllegalArgumentException("fillerAccounts must not be negative, was " + fillerAccounts);
        }
        if (keeperInterval == null || keeperInterval.isNegative() || keeperInterval.isZero()) {
            throw new IllegalArgumentException("keeperInterval must be positive, was " + keeperInterval);
        }
        if (pricePath == null || venue == null) {
            throw new IllegalArgumentException("pricePath and venue are required");
        }
    }

    /** The workstation's default: seed 42, 100 filler accounts, a price move every second, keepers on. */
    public static DevnetConfig defaults() {
        return new DevnetConfig(42, 100, Duration.ofSeconds(1), true, PricePath.Spec.demo(), ReferenceVenueSpec.reference());
    }

    public DevnetConfig withSeed(long newSeed) {
        return new DevnetConfig(newSeed, fillerAccounts, keeperInterval, keepers, pricePath, venue);
    }

    public DevnetConfig withFillerAccounts(int count) {
        return new DevnetConfig(seed, count, keeperInterval, keepers, pricePath, venue);
    }

    public DevnetConfig withKeeperInterval(Duration interval) {
        return new DevnetConfig(seed, fillerAccounts, interval, keepers, pricePath, venue);
    }

    public DevnetConfig withKeepers(boolean on) {
        return new DevnetConfig(seed, fillerAccounts, keeperInterval, on, pricePath, venue);
    }

    public DevnetConfig withPricePath(PricePath.Spec spec) {
        return new DevnetConfig(seed, fillerAccounts, keeperInterval, keepers, spec, venue);
    }
}
