package com.solvent.app.venue;

/** Where a venue scan stands, as the risk desk shows it. */
public enum ScanPhase {
    /** Walking the chain's history for accounts (deposit and trade events); the list is still growing. */
    DISCOVERING,
    /** Every account is known; their state is being read in batches. */
    READING,
    /** Every account known is read and followed block by block. */
    LIVE,
    /** No chain: a fixed set of accounts (a portfolio file), evaluated once. */
    OFFLINE,
    /** The scan stopped for good (the node serves another chain, or refuses the venue's history); the error says why. */
    FAILED;

    /** Whether the accounts shown are all of the venue's, read at one block (or from one file). */
    public boolean complete() {
        return this == LIVE || this == OFFLINE;
    }
}
