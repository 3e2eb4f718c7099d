package com.solvent.chain.contracts;

import java.util.List;

/**
 * A contract call or transaction that the contract refused, with its decoded custom error.
 *
 * @see RevertDecoder
 */
public final class ContractRevertException extends RuntimeException {
    private final String errorName;
    private final List<Object> arguments;
    private final String revertData;

    public ContractRevertException(String errorName, List<Object> arguments, String revertData, String context) {
        super(context + " reverted: " + errorName + arguments);
        this.errorName = errorName;
        this.arguments = List.copyOf(arguments);
        this.revertData = revertData;
    }

    /** The custom error's name, e.g. {@code "BelowInitialMargin"}, {@code "Error"} for a require string. */
    public String errorName() {
        return errorName;
    }

    /** Decoded arguments: {@code BigInteger} for integers, {@code String} for addresses and strings, {@code Boolean}. */
    public List<Object> arguments() {
        return arguments;
    }

    /** The raw revert data, {@code 0x}-prefixed hex ({@code 0x} when the contract gave none). */
    public String revertData() {
        return revertData;
    }
}
