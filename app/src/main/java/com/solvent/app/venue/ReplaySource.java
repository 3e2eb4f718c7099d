package com.solvent.app.venue;

import com.solvent.chain.scan.BookFigures;
import com.solvent.chain.scan.ReplayRequest;
import com.solvent.chain.scan.ReplayResult;
import com.solvent.model.task.TaskMonitor;

import java.io.IOException;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A venue's past blocks, for the risk desk's replay: the book (or one account) read at each block of
 * a range and evaluated by the margin engine, as {@code solvent replay} does. A chain session's
 * {@link VenueFeed} offers one; an offline book has no past.
 */
public interface ReplaySource {
    /** Who is replayed, for the desk and the exported documents' headers. */
    Origin origin();

    /** The node's newest block. */
    long head() throws IOException;

    /**
     * Replays {@code request} (see {@link com.solvent.chain.scan.VenueHistory#replay}); blocking, one
     * replay at a time.
     *
     * @param onPoint each block's figures as soon as they are read
     * @throws IllegalArgumentException when the range goes beyond the head or the account was never opened in it
     * @throws IOException on a connection failure (a pruned block is not one: the result says HISTORY_UNAVAILABLE)
     */
    ReplayResult replay(ReplayRequest request, TaskMonitor monitor, Consumer<BookFigures> onPoint) throws IOException;

    /**
     * What a replay reads, as the {@code solvent.replay/1} document names it.
     *
     * @param source  one line: the venue, chain and endpoint (redacted)
     * @param rpc     the endpoint, redacted
     * @param chainId EIP-155 chain id
     * @param venue   the venue contract's address
     * @param policy  the name of the policy the accounts are evaluated with
     */
    record Origin(String source, String rpc, long chainId, String venue, String policy) {
        public Origin {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(rpc, "rpc");
            Objects.requireNonNull(venue, "venue");
            Objects.requireNonNull(policy, "policy");
        }
    }
}
