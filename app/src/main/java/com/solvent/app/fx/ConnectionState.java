package com.solvent.app.fx;

/** How the workstation is connected to its chain, as the status bar shows it. */
public enum ConnectionState {
    /** Starting: the devnet or the first connection is not up yet. */
    CONNECTING,
    /** Receiving blocks; figures are current. */
    CONNECTED,
    /** Connected but reading behind the chain head. */
    LAGGING,
    /** Connected, but the last read failed; figures are from the previous block. */
    DEGRADED,
    /** The connection dropped; retrying. Figures are from the last block received. */
    RECONNECTING,
    /** Stopped for good; the detail says what to fix. */
    FAILED,
    /** No chain at all: the numbers come from a fixed set of inputs evaluated by the engine. */
    OFFLINE;

    /** Whether figures shown under this state are current. */
    public boolean live() {
        return this == CONNECTED;
    }
}
