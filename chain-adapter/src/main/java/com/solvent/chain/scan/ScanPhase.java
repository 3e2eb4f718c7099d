package com.solvent.chain.scan;

/** Where a venue scan is. */
public enum ScanPhase {
    /** Connecting to the node; nothing read yet. */
    CONNECTING,
    /** Reading the opening events from the deployment block to the head. */
    DISCOVERING,
    /** Reading every discovered account (Multicall3 batches). */
    READING,
    /** Following the chain: every block's snapshot holds every account. */
    LIVE,
    /** Stopped for good (the node serves another chain); the last error says why. */
    FAILED
}
