package com.solvent.chain.account;

import java.util.Locale;
import java.util.Objects;

/**
 * One read-only call to batch through Multicall3.
 *
 * @param target   the contract, 0x address
 * @param callData ABI-encoded selector and arguments, 0x hex
 */
public record ContractCall(String target, String callData) {
    public ContractCall {
        Objects.requireNonNull(target, "call target");
        Objects.requireNonNull(callData, "call data");
        target = target.toLowerCase(Locale.ROOT);
    }
}
