package com.solvent.chain.rpc;

import java.io.IOException;

/**
 * An eth_getLogs answer (or a whole backfill) held more logs than {@link RpcLimits#maxLogsPerQuery()}
 * allows this client to keep: the range must be asked in smaller pieces, or not held at once.
 */
public final class TooManyLogsException extends IOException {
    private static final long serialVersionUID = 1L;

    public TooManyLogsException(String message) {
        super(message);
    }
}
