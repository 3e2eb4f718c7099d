package com.solvent.app.fx;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The chain connection as of one snapshot.
 *
 * @param chain        the chain's name, e.g. {@code "devnet (anvil)"}, {@code "Arbitrum One"}
 * @param chainId      EIP-155 chain id, 0 when offline
 * @param block        the block the inputs were read at, 0 when offline
 * @param blockTime    that block's timestamp
 * @param latency      round trip of the last RPC read
 * @param connection   connection state
 */
public record ChainStatus(String chain, long chainId, long block, Instant blockTime, Duration latency,
                          ConnectionState connection) {
    public ChainStatus {
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(blockTime, "blockTime");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(connection, "connection");
    }

    /** No chain: inputs given by hand (a saved book, a fixture), evaluated as of {@code asOf}. */
    public static ChainStatus offline(String source, Instant asOf) {
        return new ChainStatus(source, 0, 0, asOf, Duration.ZERO, ConnectionState.OFFLINE);
    }

    public ChainStatus withConnection(ConnectionState state) {
        return new ChainStatus(chain, chainId, block, blockTime, latency, state);
    }
}
