package com.solvent.chain.rpc;

/**
 * An eth_call reverted. Not a connection problem: the node answered, the contract refused, so
 * the watcher keeps the last good state and reports the revert rather than reconnecting.
 */
public final class CallRevertedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CallRevertedException(String message) {
        super(message);
    }
}
