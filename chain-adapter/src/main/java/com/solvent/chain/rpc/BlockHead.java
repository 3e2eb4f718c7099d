package com.solvent.chain.rpc;

import java.time.Instant;
import java.util.Objects;

/**
 * The header fields the watcher needs from a block.
 *
 * @param number     block number
 * @param hash       block hash, lower-case 0x hex
 * @param parentHash parent's hash; a mismatch with the previous processed block reveals a reorg
 * @param time       block timestamp (chain time, which anvil's evm_increaseTime moves)
 * @param logsBloom  the header's logs bloom, 0x hex (empty when unknown: then logs are always fetched)
 */
public record BlockHead(long number, String hash, String parentHash, Instant time, String logsBloom) {
    public BlockHead {
        if (number < 0) {
            throw new AbsurdValueException("block number must not be negative, was " + number);
        }
        Objects.requireNonNull(hash, "block hash is required");
        Objects.requireNonNull(parentHash, "block parentHash is required");
        Objects.requireNonNull(time, "block time is required");
        hash = hash.toLowerCase(java.util.Locale.ROOT);
        parentHash = parentHash.toLowerCase(java.util.Locale.ROOT);
        logsBloom = logsBloom == null ? "" : logsBloom;
    }

    /** True when this block directly follows {@code previous}. */
    public boolean extends_(BlockHead previous) {
        return number == previous.number + 1 && parentHash.equals(previous.hash);
    }

    @Override
    public String toString() {
        return "#" + number + " " + (hash.length() > 10 ? hash.substring(0, 10) : hash);
    }
}
