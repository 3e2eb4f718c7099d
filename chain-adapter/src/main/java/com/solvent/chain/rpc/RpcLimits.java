package com.solvent.chain.rpc;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on what one RPC exchange may cost, so a broken or hostile endpoint can slow the
 * watcher down but never exhaust its memory or hang it.
 *
 * @param requestTimeout   an unanswered request fails after this long (a stalled node)
 * @param maxResponseBytes a larger response (HTTP body or WebSocket message) fails the connection
 * @param maxLogsPerQuery  an eth_getLogs answer with more entries is split into smaller block ranges
 * @param maxBlockRange    widest block range asked of eth_getLogs in one request
 * @param maxListLength    longest array accepted inside a contract's return data (positions, calls)
 */
public record RpcLimits(Duration requestTimeout, int maxResponseBytes, int maxLogsPerQuery,
                        int maxBlockRange, int maxListLength) {
    public RpcLimits {
        Objects.requireNonNull(requestTimeout, "requestTimeout is required");
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("requestTimeout must be positive, was " + requestTimeout);
        }
        if (maxResponseBytes < 1024) {
            throw new IllegalArgumentException("maxResponseBytes must be at least 1024, was " + maxResponseBytes);
        }
        if (maxLogsPerQuery < 1 || maxBlockRange < 1 || maxListLength < 1) {
            throw new IllegalArgumentException("maxLogsPerQuery, maxBlockRange and maxListLength must be positive");
        }
    }

    /** 5 s timeout, 16 MiB responses, 10,000 logs and 2,000 blocks per query, lists of at most 4,096. */
    public static RpcLimits defaults() {
        return new RpcLimits(Duration.ofSeconds(5), 16 << 20, 10_000, 2_000, 4_096);
    }

    public RpcLimits withRequestTimeout(Duration timeout) {
        return new RpcLimits(timeout, maxResponseBytes, maxLogsPerQuery, maxBlockRange, maxListLength);
    }

    public RpcLimits withMaxResponseBytes(int bytes) {
        return new RpcLimits(requestTimeout, bytes, maxLogsPerQuery, maxBlockRange, maxListLength);
    }
}
