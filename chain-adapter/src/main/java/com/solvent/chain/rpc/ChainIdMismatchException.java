package com.solvent.chain.rpc;

/** The endpoint serves another chain than the deployment being watched; never retried. */
public final class ChainIdMismatchException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public ChainIdMismatchException(RedactedUrl url, long actual, long expected) {
        super("RPC endpoint " + url + " serves chain id " + actual + ", but the deployment to watch is on chain id "
                + expected + "; refusing to read it (check the --rpc URL or the deployment)");
    }
}
