package com.solvent.chain.snapshot;

import com.solvent.chain.rpc.BlockHead;
import com.solvent.chain.rpc.ChainRpc;
import com.solvent.chain.rpc.EventLog;
import com.solvent.chain.rpc.TooManyLogsException;
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
 *   <li>a block that extends the last one is checked against the header's logs bloom: feeds that may
 *       have logged are re-read directly, and only when a venue contract may have logged are the
 *       block's logs fetched (by block hash) to learn which accounts changed;</li>
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
        return advance(rpc, List.of(head));
    }

    /**
     * Brings the state to the newest of {@code heads}, pushed headers in arrival order that piled
     * up while the previous block was processed. When they chain on from the last processed block,
     * each one's bloom says what it touched and one batched read at the newest covers them all;
     * otherwise the newest alone is reconciled (gap or reorg).
     */
    boolean advance(ChainRpc rpc, List<BlockHead> heads) throws IOException {
        BlockHead newest = heads.getLast();
        if (config.confirmations() == 0 && last != null && chainsOn(last, heads)) {
            List<Touched> perBlock = new java.util.ArrayList<>(heads.size());
            for (BlockHead h : heads) {
                perBlock.add(touchedIn(rpc, h));
            }
            commit(rpc, heads, perBlock);
            return true;
        }
        BlockHead target = newest;
        if (config.confirmations() > 0) {
            if (newest.number() < config.confirmations()) {
                return false;
            }
            target = rpc.headAt(newest.number() - config.confirmations());
        }
        if (last == null) {
            fullRead(rpc, target);
            return true;
        }
        if (target.hash().equals(last.hash())) {
            return false;
        }
        if (target.extends_(last)) {
            commit(rpc, List.of(target), List.of(touchedIn(rpc, target)));
            return true;
        }
        reconcile(rpc, target);
        return true;
    }

    private static boolean chainsOn(BlockHead from, List<BlockHead> heads) {
        BlockHead previous = from;
        for (BlockHead h : heads) {
            if (!h.extends_(previous)) {
                return false;
            }
            previous = h;
        }
        return true;
    }

    private void fullRead(ChainRpc rpc, BlockHead target) throws IOException {
        state.discover(rpc, target.number());
        Touched all = state.everything();
        state.read(rpc, all, target.number(), true);
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
            state.dropOpenedAfter(ancestor);
        }
        if (target.number() > ancestor) {
            List<EventLog> logs;
            try {
                logs = rpc.logsBetween(ancestor + 1, target.number(), sources);
            } catch (TooManyLogsException e) {
                // a gap too busy to hold its logs (a long outage on a busy venue): reading everything
                // at the target gives the same state without them
                LOG.info("backfill of blocks {}..{} too large ({}); full re-read", ancestor + 1, target.number(),
                        e.getMessage());
                fullRead(rpc, target);
                return;
            }
            touched = touched.plus(state.touchedBy(logs));
        }
        commit(rpc, target, touched);
    }

    private void commit(ChainRpc rpc, BlockHead target, Touched touched) throws IOException {
        commit(rpc, List.of(target), List.of(touched));
    }

    /**
     * One read at the newest of {@code blocks} of everything they touched (and of whatever failed
     * before); only then are the blocks recorded, so a failed read leaves the follower where it was.
     */
    private void commit(ChainRpc rpc, List<BlockHead> blocks, List<Touched> perBlock) throws IOException {
        BlockHead target = blocks.getLast();
        Touched toRead = state.failing();
        for (Touched t : perBlock) {
            toRead = toRead.plus(t);
        }
        LOG.debug("block {} ({} new): re-reading {} feed(s), {} account(s)", target, blocks.size(),
                toRead.feeds().size() + toRead.sequencers().size(), toRead.accounts().size());
        if (!toRead.isEmpty()) {
            state.read(rpc, toRead, target.number());
        }
        for (int i = 0; i < blocks.size(); i++) {
            record(blocks.get(i), perBlock.get(i));
        }
    }

    private void record(BlockHead target, Touched touched) {
        recent.put(target.number(), new Processed(target.hash(), touched));
        while (recent.size() > config.reorgWindow()) {
            recent.pollFirstEntry();
        }
        last = target;
    }

    /**
     * What one new block touched, from its header's logs bloom where possible. A bloom has no false
     * negatives: a watched contract absent from it did not log. A price feed present in it is simply
     * re-read (its own state is what we want, and a false positive costs one more call in the batch),
     * so a block that only moves prices costs no eth_getLogs. Only when a venue contract may have
     * logged are the block's logs fetched, by hash, to learn which accounts its events name.
     */
    private Touched touchedIn(ChainRpc rpc, BlockHead head) throws IOException {
        if (head.logsBloom().length() != 2 + 512) {
            return state.touchedBy(rpc.logsOfBlock(head.hash(), sources)); // no usable bloom: ask
        }
        Bloom bloom = new Bloom(head.logsBloom());
        List<String> emitters = sources.stream().filter(bloom::test).toList();
        if (emitters.isEmpty()) {
            return Touched.NOTHING;
        }
        if (emitters.stream().anyMatch(state::isVenueSource)) {
            return state.touchedBy(rpc.logsOfBlock(head.hash(), sources));
        }
        return state.touchedByEmitters(emitters);
    }
}
