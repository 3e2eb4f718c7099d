package com.solvent.chain.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The state of the link to the chain, as data the UI can show next to every number: whether the
 * figures are live, lagging, or the last good ones while the watcher reconnects.
 */
public sealed interface ConnectionHealth {

    /** The coarse state, for a badge or a pseudo-class. */
    enum State { CONNECTING, CONNECTED, LAGGING, DEGRADED, RECONNECTING, FAILED }

    State state();

    /** True only when the snapshot is current: CONNECTED. Anything else means the figures are aging. */
    default boolean live() {
        return state() == State.CONNECTED;
    }

    /** Not connected yet: no snapshot has been published. */
    record Connecting(String endpoint) implements ConnectionHealth {
        @Override
        public State state() {
            return State.CONNECTING;
        }
    }

    /**
     * Following the head.
     *
     * @param latency smoothed round-trip time of the RPC requests
     */
    record Connected(Duration latency) implements ConnectionHealth {
        public Connected {
            Objects.requireNonNull(latency, "latency");
        }

        @Override
        public State state() {
            return State.CONNECTED;
        }
    }

    /**
     * Connected but behind the chain head (reading slower than blocks arrive).
     *
     * @param blocksBehind head block number minus the snapshot's (beyond the confirmation depth)
     */
    record Lagging(long blocksBehind, Duration latency) implements ConnectionHealth {
        @Override
        public State state() {
            return State.LAGGING;
        }
    }

    /**
     * Connected, but the last read failed (a revert, malformed or absurd data); the previous
     * snapshot is kept and retried on the next block.
     *
     * @param reason what failed, never containing the RPC key
     * @param since  when the first failure of this run occurred
     */
    record Degraded(String reason, Instant since, Duration latency) implements ConnectionHealth {
        @Override
        public State state() {
            return State.DEGRADED;
        }
    }

    /**
     * The connection was lost; the last snapshot is kept while the watcher retries.
     *
     * @param attempt  reconnect attempt number, from 1
     * @param nextTry  when the next attempt starts
     * @param reason   why the connection was dropped (timeout, HTTP 429, malformed JSON, closed socket)
     */
    record Reconnecting(int attempt, Instant nextTry, String reason) implements ConnectionHealth {
        @Override
        public State state() {
            return State.RECONNECTING;
        }
    }

    /** Stopped for good (wrong chain); the reason says what to fix. */
    record Failed(String reason) implements ConnectionHealth {
        @Override
        public State state() {
            return State.FAILED;
        }
    }
}
