package com.solvent.chain.snapshot;

import com.solvent.chain.rpc.ChainRpc;
import com.solvent.chain.rpc.EventLog;

import java.io.IOException;
import java.util.Set;

/**
 * Lets a {@link ChainWatcher}'s watched accounts grow with the venue: before a full read the
 * watcher asks for every account that exists up to the block it reads, and while it follows the
 * chain every venue log it fetches anyway is offered to {@link #openedBy}, so an account opened
 * later is read in the block that opened it. The watched set only grows, except by a reorg that drops
 * the block that opened an account ({@link #droppedAfter}).
 *
 * <p>Called on the watcher's thread only. {@link #upTo} may be long (a scan of the venue's history)
 * and is asked again after a reconnect or a deep reorg, so an implementation should resume from
 * what it already found rather than start over.
 */
public interface AccountDiscovery {
    /**
     * Every account opened in blocks up to and including {@code block} (lower-case addresses).
     *
     * @throws IOException when the node fails; the watcher reconnects and asks again
     */
    Set<String> upTo(ChainRpc rpc, long block) throws IOException;

    /** The accounts {@code log} (a log of the venue's contracts) opens; usually none. */
    Set<String> openedBy(EventLog log);

    /**
     * A reorg dropped every block after {@code ancestor}: the accounts opened in them (and only in
     * them) are forgotten, to be found again if the new chain opens them too. Returns those accounts.
     */
    default Set<String> droppedAfter(long ancestor) {
        return Set.of();
    }

    /** Progress of a full read of the watched accounts: {@code read} of {@code total} read so far. */
    default void reading(int read, int total) {
    }
}
