package com.solvent.app.fx;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The chain connection as of one snapshot.
 *
 * @param chain        the chain's name, e.g. {@code "devnet (anvil)"}
 * @param chainId      EIP-155 chain id, 0 when offline
 * @param block        the block the inputs were read at, 0 when offline
 * @param blockTime    that block's timestamp
 * @param latency      smoothed RPC round trip, zero when unknown
 * @param connection   connection state
 * @param detail       why the state is not CONNECTED (a reconnect reason, blocks behind), empty otherwise
 */
public record ChainStatus(String chain, long chainId, long block, Instant blockTime, Duration latency,
                          ConnectionState connection, String detail) {
    public ChainStatus {
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(blockTime, "blockTime");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(connection, "connection");
        detail = detail == null ? "" : detail;
    }

    /** No chain: inputs given by hand (a saved book, a fixture), evaluated as of {@code asOf}. */
    public static ChainStatus offline(String source, Instant asOf) {
        return new ChainStatus(source, 0, 0, asOf, Duration.ZERO, ConnectionState.OFFLINE, "");
    }
}
