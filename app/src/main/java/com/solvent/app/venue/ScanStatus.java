package com.solvent.app.venue;

import java.util.Objects;

/**
 * How far a venue scan has come, published with every {@link VenueState}.
 *
 * @param phase          discovering, reading, live, offline or failed
 * @param blocksScanned  blocks of the chain's history searched for accounts so far, {@code >= 0}
 * @param blocksTotal    blocks to search in all ({@code >= blocksScanned}); 0 when there is no history to search (offline)
 * @param accountsFound  accounts discovered so far, {@code >= 0}
 * @param accountsRead   of those, accounts whose state has been read, {@code 0 <= accountsRead <= accountsFound}
 * @param lastError      the last problem the scan met (a failed read, a bad file), empty when none; RPC URLs redacted
 */
public record ScanStatus(ScanPhase phase, long blocksScanned, long blocksTotal, int accountsFound, int accountsRead,
                         String lastError) {
    public ScanStatus {
        Objects.requireNonNull(phase, "phase");
        if (blocksScanned < 0 || blocksTotal < blocksScanned) {
            throw new IllegalArgumentException("scan blocks must satisfy 0 <= scanned <= total, were " + blocksScanned
                    + " of " + blocksTotal);
        }
        if (accountsFound < 0 || accountsRead < 0 || accountsRead > accountsFound) {
            throw new IllegalArgumentException("scan accounts must satisfy 0 <= read <= found, were " + accountsRead
                    + " of " + accountsFound);
        }
        lastError = lastError == null ? "" : lastError;
    }

    /** A fixed book of {@code accounts} accounts, all read; {@code problem} empty when it opened cleanly. */
    public static ScanStatus offline(int accounts, String problem) {
        return new ScanStatus(ScanPhase.OFFLINE, 0, 0, accounts, accounts, problem);
    }

    /**
     * The share of the scan done, in [0, 1]: blocks searched while discovering, accounts read while
     * reading, 1 once complete.
     */
    public double progress() {
        return switch (phase) {
            case DISCOVERING -> blocksTotal == 0 ? 0.0 : (double) blocksScanned / blocksTotal;
            case READING -> accountsFound == 0 ? 0.0 : (double) accountsRead / accountsFound;
            case LIVE, OFFLINE -> 1.0;
            case FAILED -> 0.0;
        };
    }

    public boolean hasError() {
        return !lastError.isEmpty();
    }
}
