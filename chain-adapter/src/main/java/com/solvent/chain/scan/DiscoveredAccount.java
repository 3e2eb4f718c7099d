package com.solvent.chain.scan;

import java.util.Locale;
import java.util.Objects;

/**
 * An account of the venue as its opening event names it.
 *
 * @param address lower-case 0x address
 * @param index   the venue's own index of the account (the event's {@code index}; -1 when the log carries none)
 * @param block   the block that opened it: the account does not exist before
 */
public record DiscoveredAccount(String address, long index, long block) {
    public DiscoveredAccount {
        address = Objects.requireNonNull(address, "address").toLowerCase(Locale.ROOT);
        if (block < 0) {
            throw new IllegalArgumentException("block must not be negative, was " + block);
        }
    }
}
