package com.solvent.chain.account;

/**
 * The result of one call inside a Multicall3 batch.
 *
 * @param success    false when the call reverted (then {@code returnData} holds the revert data)
 * @param returnData the ABI-encoded return data
 */
public record CallOutcome(boolean success, byte[] returnData) {
    public CallOutcome {
        returnData = returnData.clone();
    }

    @Override
    public byte[] returnData() {
        return returnData.clone();
    }
}
