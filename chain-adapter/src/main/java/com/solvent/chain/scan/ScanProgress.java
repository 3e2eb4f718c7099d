package com.solvent.chain.scan;

import java.util.Objects;

/**
 * How far a venue scan got, for a status line and a progress bar.
 *
 * @param phase           what the scan is doing
 * @param deploymentBlock the first block scanned for opening events
 * @param scannedTo       the last block whose opening events are known ({@code deploymentBlock - 1} before the first page)
 * @param targetBlock     the block the discovery runs to (the head when it started; the snapshot's block when live)
 * @param accountsFound   accounts discovered so far
 * @param accountsRead    accounts read in the current full read, or in the last snapshot when live
 * @param accountsToRead  accounts the current full read covers (equal to {@code accountsRead} when live)
 * @param lastError       the last failure (connection, node refusal), redacted; empty when none since the last good snapshot
 */
public record ScanProgress(ScanPhase phase, long deploymentBlock, long scannedTo, long targetBlock, int accountsFound,
                           int accountsRead, int accountsToRead, String lastError) {
    public ScanProgress {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(lastError, "lastError");
        if (accountsFound < 0 || accountsRead < 0 || accountsToRead < 0) {
            throw new IllegalArgumentException("account counts must not be negative");
        }
    }

    /** Nothing done yet. */
    public static ScanProgress start(long deploymentBlock) {
        return new ScanProgress(ScanPhase.CONNECTING, deploymentBlock, deploymentBlock - 1, deploymentBlock - 1, 0, 0, 0, "");
    }

    /** Blocks whose opening events have been read. */
    public long blocksScanned() {
        return Math.max(0, scannedTo - deploymentBlock + 1);
    }

    /** Blocks from the deployment to the target. */
    public long blocksTotal() {
        return Math.max(0, targetBlock - deploymentBlock + 1);
    }

    /**
     * Overall completion in [0, 1]: discovery counts for the first half, the full read for the
     * second; 1 when live.
     */
    public double fraction() {
        return switch (phase) {
            case CONNECTING -> 0.0;
            case DISCOVERING -> blocksTotal() == 0 ? 0.0 : 0.5 * blocksScanned() / blocksTotal();
            case READING -> 0.5 + (accountsToRead == 0 ? 0.5 : 0.5 * accountsRead / accountsToRead);
            case LIVE -> 1.0;
            case FAILED -> 0.0;
        };
    }

    ScanProgress with(ScanPhase newPhase) {
        return new ScanProgress(newPhase, deploymentBlock, scannedTo, targetBlock, accountsFound, accountsRead,
                accountsToRead, lastError);
    }

    ScanProgress withDiscovery(long newScannedTo, long newTarget, int found) {
        return new ScanProgress(ScanPhase.DISCOVERING, deploymentBlock, newScannedTo, newTarget, found, accountsRead,
                accountsToRead, lastError);
    }

    ScanProgress withReading(int read, int toRead) {
        return new ScanProgress(ScanPhase.READING, deploymentBlock, scannedTo, targetBlock, accountsFound, read, toRead,
                lastError);
    }

    ScanProgress withFound(int found) {
        return new ScanProgress(phase, deploymentBlock, scannedTo, targetBlock, found, accountsRead, accountsToRead,
                lastError);
    }

    ScanProgress live(long block, int found, int read) {
        return new ScanProgress(ScanPhase.LIVE, deploymentBlock, block, block, found, read, read, "");
    }

    ScanProgress withError(String error) {
        return new ScanProgress(phase, deploymentBlock, scannedTo, targetBlock, accountsFound, accountsRead,
                accountsToRead, error);
    }
}
