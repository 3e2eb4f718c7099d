package com.solvent.chain.rpc;

/**
 * An on-chain value that cannot be a real price, balance or list (a price of 2^255, a list of a
 * million positions, a malformed ABI word). The message names the field and the offending value.
 */
public final class AbsurdValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public AbsurdValueException(String message) {
        super(message);
    }
}
