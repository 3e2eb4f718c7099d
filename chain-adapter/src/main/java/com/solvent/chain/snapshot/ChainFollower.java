package com.solvent.chain.snapshot;

import com.solvent.chain.rpc.BlockHead;
import com.solvent.chain.rpc.ChainRpc;
import com.solvent.chain.rpc.EventLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.web3j.utils.Bloom;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Follows the canonical chain block by block and keeps {@link ChainState} equal to a fresh read
 * at the followed block. Per block it asks only what the block can have changed:
 * <ul>
 *   <li>a block that extends the last one is checked against the header's logs bloom; only when
 *       the bloom may hold a log of a watched contract are its logs fetched (by block hash);</li>
 *   <li>a gap (missed heads, a reconnect) is backfilled with eth_getLogs from the last processed block;</li>
 *   <li>a block that does not extend the last one is a reorg: the follower walks back to the common
 *       ancestor, forgets the dropped blocks and re-reads everything they touched.</li>
 * </ul>
 * Then one batched read refreshes exactly the touched feeds and accounts.
 */
final class ChainFollower {
    private static final Logger LOG = LoggerFactory.getLogger(ChainFollower.class);

    /** A processed block: its hash and what it touched, kept for reorg rollback. */
    private record Processed(String hash, Touched touched) {
    }

    private final WatchConfig config;
    private final ChainState state;
    private final List<String> sources;
    private final NavigableMap<Long, Processed> recent = new TreeMap<>();
    private BlockHead last;

    ChainFollower(WatchConfig config, ChainState state) {
        this.config = config;
        this.state = state;
        this.sources = config.eventSources();
    }

    /** The last block the state reflects, null before the first read. */
    BlockHead last() {
        return last;
    }

    /**
     * Brings the state to {@code head} (or to {@code head - confirmations}).
     *
     * @return true when the followed block changed (a snapshot is due)
     */
    boolean advance(ChainRpc rpc, BlockHead head) throws IOException {
        BlockHead target = head;
        if (config.confirmations() > 0) {
            if (head.number() < config.confirmations()) {
                return false;
            }
            target = rpc.headAt(head.number() - config.confirmations());
        }
        if (last == null) {
            fullRead(rpc, target);
            return true;
        }
        if (target.hash().equals(last.hash())) {
            return false;
        }
        if (target.extends_(last)) {
            Touched touched = mayHoldWatchedLogs(target)
                    ? state.touchedBy(rpc.logsOfBlock(target.hash(), sources))
                    : Touched.NOTHING;
            commit(rpc, target, touched);
            return true;
        }
        reconcile(rpc, target);
        return true;
    }

    private void fullRead(ChainRpc rpc, BlockHead target) throws IOException {
        Touched all = state.everything();
        state.read(rpc, all, target.number());
        recent.clear();
        record(target, all);
    }

    /** Gap or reorg: find the newest block we processed that is still canonical, then catch up from it. */
    private void reconcile(ChainRpc rpc, BlockHead target) throws IOException {
        Long ancestor = null;
        for (Map.Entry<Long, Processed> e : recent.headMap(target.number(), true).descendingMap().entrySet()) {
            long n = e.getKey();
            String canonical = n == target.number() ? target.hash() : rpc.headAt(n).hash();
            if (canonical.equals(e.getValue().hash())) {
                ancestor = n;
                break;
            }
        }
        if (ancestor == null) {
            LOG.warn("no common ancestor with block {} within the last {} processed blocks; full re-read",
                    target, recent.size());
            fullRead(rpc, target);
            return;
        }
        NavigableMap<Long, Processed> dropped = recent.tailMap(ancestor, false);
        Touched touched = Touched.NOTHING;
        if (!dropped.isEmpty()) {
            LOG.info("reorg: {} block(s) after #{} dropped; re-reading what they touched", dropped.size(), ancestor);
            for (Processed p : dropped.values()) {
                touched = touched.plus(p.touched());
            }
            dropped.clear();
        }
        if (target.number() > ancestor) {
            List<EventLog> logs = rpc.logsBetween(ancestor + 1, target.number(), sources);
            touched = touched.plus(state.touchedBy(logs));
        }
        commit(rpc, target, touched);
    }

    private void commit(ChainRpc rpc, BlockHead target, Touched touched) throws IOException {
        Touched toRead = touched.plus(state.failing());
        LOG.debug("block {}: re-reading {} feed(s), {} account(s)", target, toRead.feeds().size() + toRead.sequencers().size(),
                toRead.accounts().size());
        if (!toRead.isEmpty()) {
            state.read(rpc, toRead, target.number());
        }
        record(target, touched);
    }

    private void record(BlockHead target, Touched touched) {
        recent.put(target.number(), new Processed(target.hash(), touched));
        while (recent.size() > config.reorgWindow()) {
            recent.pollFirstEntry();
        }
        last = target;
    }

    /** False only when the header's bloom proves no watched contract logged in the block. */
    private boolean mayHoldWatchedLogs(BlockHead head) {
        if (head.logsBloom().length() != 2 + 512) {
            return true; // no usable bloom: fetch to be safe
        }
        Bloom bloom = new Bloom(head.logsBloom());
        for (String address : sources) {
            if (bloom.test(address)) {
                return true;
            }
        }
        return false;
    }
}
