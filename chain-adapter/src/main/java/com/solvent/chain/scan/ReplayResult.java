package com.solvent.chain.scan;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What a replay produced: the figures of every block it read, in block order, and whether it
 * reached the end.
 *
 * @param request the replay asked for
 * @param points  one book per replayed block (for one account, a book of that account only), in order;
 *                blocks before the account was opened are left out
 * @param status  COMPLETE, or why it stopped early
 * @param stopReason empty when COMPLETE; else the message (for HISTORY_UNAVAILABLE it names the block and says an
 *                archive RPC is needed)
 */
public record ReplayResult(ReplayRequest request, List<BookFigures> points, Status status, String stopReason) {
    /** How a replay ended. */
    public enum Status {
        /** Every requested block was replayed. */
        COMPLETE,
        /** The caller cancelled; {@code points} holds the blocks read before. */
        CANCELLED,
        /** The node has no state for a block (pruned); {@code points} holds the blocks read before it. */
        HISTORY_UNAVAILABLE
    }

    public ReplayResult {
        Objects.requireNonNull(request, "request");
        points = List.copyOf(points);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(stopReason, "stopReason");
    }

    /** The last block replayed, empty when none was. */
    public OptionalLong lastBlock() {
        return points.isEmpty() ? OptionalLong.empty() : OptionalLong.of(points.getLast().block());
    }

    public boolean complete() {
        return status == Status.COMPLETE;
    }
}
