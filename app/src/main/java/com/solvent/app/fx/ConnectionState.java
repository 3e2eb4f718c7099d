package com.solvent.app.fx;

/** How the workstation is connected to its chain, as the status bar shows it. */
public enum ConnectionState {
    /** Receiving blocks. */
    CONNECTED,
    /** The connection dropped; retrying. Numbers on screen are from the last block received. */
    RECONNECTING,
    /** No connection and no retry under way. */
    DISCONNECTED,
    /** No chain at all: the numbers come from a fixed set of inputs evaluated by the engine. */
    OFFLINE
}
