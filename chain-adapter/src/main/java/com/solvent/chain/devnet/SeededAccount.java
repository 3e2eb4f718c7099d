package com.solvent.chain.devnet;

/**
 * A demo account the devnet created, with the story it tells.
 *
 * @param label    short stable label, e.g. {@code "doomed"}, {@code "filler-017"}
 * @param address  its address on the devnet (checksummed); no key exists, the devnet impersonates it
 * @param story    one sentence for a user: what to watch on this account
 */
public record SeededAccount(String label, String address, String story) {
    /** Label of the account that the keepers liquidate within the first minutes. */
    public static final String DOOMED = "doomed";
    public static final String SAFE_CROSS = "safe-cross";
    public static final String NEAR_LIQUIDATION = "near-liquidation";
    public static final String ISOLATED_BESIDE_CROSS = "isolated-beside-cross";
    public static final String WHALE = "whale";

    public boolean isFiller() {
        return label.startsWith("filler-");
    }
}
