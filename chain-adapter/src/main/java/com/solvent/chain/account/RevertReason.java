package com.solvent.chain.account;

import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Turns revert data from a failed call into a short human text (Error(string) or a known custom error). */
final class RevertReason {
    private static final String ERROR_STRING = "0x08c379a0";
    private static final Map<String, String> KNOWN = Map.of(
            selector("StalePrice(address,uint256,uint256)"), "the venue refuses a stale oracle price (StalePrice)",
            selector("InvalidPrice(address,int256)"), "the venue refuses a non-positive oracle price (InvalidPrice)");

    private RevertReason() {
    }

    /** ": reason" or an empty string when the data says nothing. */
    static String describe(byte[] data) {
        if (data.length < 4) {
            return "";
        }
        String sel = Numeric.toHexString(data, 0, 4, true);
        if (KNOWN.containsKey(sel)) {
            return ": " + KNOWN.get(sel);
        }
        if (ERROR_STRING.equals(sel) && data.length >= 4 + 64) {
            try {
                byte[] body = java.util.Arrays.copyOfRange(data, 4, data.length);
                return ": " + com.solvent.chain.rpc.AbiReader.of(body, "revert").dynamic(0).string(256, "reason");
            } catch (IllegalArgumentException e) {
                return "";
            }
        }
        return " (custom error " + sel + ")";
    }

    private static String selector(String signature) {
        return Numeric.toHexString(Hash.sha3(signature.getBytes(StandardCharsets.US_ASCII)), 0, 4, true);
    }
}
