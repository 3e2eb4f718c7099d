package com.solvent.chain.scan;

import com.solvent.chain.account.ProtocolAdapter;
import com.solvent.chain.rpc.BlockHead;
import com.solvent.chain.rpc.ChainIdMismatchException;
import com.solvent.chain.rpc.ChainRpc;
import com.solvent.chain.rpc.HistoryUnavailableException;
import com.solvent.chain.rpc.RequestMeter;
import com.solvent.chain.rpc.RpcErrorException;
import com.solvent.chain.snapshot.ChainSnapshot;
import com.solvent.chain.snapshot.ChainWatcher;
import com.solvent.chain.snapshot.WatchConfig;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.task.TaskMonitor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * A venue at past blocks, over one connection: the accounts it had, the whole book read at a block
 * (eth_call at that block, feeds included, freshness judged at that block's time), and replays
 * block by block evaluated with {@link com.solvent.model.engine.MarginEngine}. Works on any node that
 * keeps the blocks' state: the devnet (anvil keeps its history) and archive RPCs. A pruning node's
 * refusal becomes one {@link HistoryUnavailableException} naming the block; a replay stops there and
 * returns what it read before.
 *
 * <p>Not thread-safe: one caller at a time (a background task).
 */
public final class VenueHistory implements AutoCloseable {
    private final ScanConfig config;
    private final ChainRpc rpc;
    private final AccountDirectory directory;
    private final ProtocolAdapter venue;

    private VenueHistory(ScanConfig config, ChainRpc rpc, AccountDirectory directory) {
        this.config = config;
        this.rpc = rpc;
        this.directory = directory;
        this.venue = config.watch().venue().orElseThrow();
    }

    /** Connects and checks the node's chain id. */
    public static VenueHistory open(ScanConfig config) throws IOException {
        return open(config, p -> { });
    }

    /**
     * Connects and checks the node's chain id; {@code progress} hears the discovery's and the reads'
     * progress (on the caller's thread).
     *
     * @throws ChainIdMismatchException when the node serves another chain than the deployment's
     */
    public static VenueHistory open(ScanConfig config, Consumer<ScanProgress> progress) throws IOException {
        WatchConfig watch = config.watch();
        ChainRpc rpc = ChainRpc.connect(watch.rpc(), watch.limits(), watch.pollInterval(), new RequestMeter());
        try {
            long chainId = rpc.chainId();
            if (chainId != watch.chainId()) {
                throw new ChainIdMismatchException(watch.rpc(), chainId, watch.chainId());
            }
        } catch (IOException | RuntimeException e) {
            rpc.close();
            throw e;
        }
        ScanProgress[] state = {ScanProgress.start(config.deploymentBlock())};
        AccountDirectory directory = new AccountDirectory(config, new AccountDirectory.Listener() {
            @Override
            public void discovering(long scannedTo, long target, int found) {
                state[0] = state[0].withDiscovery(scannedTo, target, found);
                progress.accept(state[0]);
            }

            @Override
            public void reading(int read, int total) {
                state[0] = state[0].withReading(read, total);
                progress.accept(state[0]);
            }
        });
        return new VenueHistory(config, rpc, directory);
    }

    /** The node's newest block. */
    public BlockHead head() throws IOException {
        return rpc.latestHead();
    }

    /** Every account the venue had opened up to and including {@code block}, in order of opening. */
    public List<DiscoveredAccount> accountsUpTo(long block) throws IOException {
        directory.upTo(rpc, block);
        return directory.accounts().stream().filter(a -> a.block() <= block).toList();
    }

    /**
     * The whole book at {@code block}: every account opened up to it, and the feeds, read at that
     * block (the snapshot's health is the connection's at the time of the read).
     *
     * @throws IllegalArgumentException when the block is beyond the node's head
     * @throws HistoryUnavailableException when the node has pruned that block's state
     */
    public ChainSnapshot book(long block) throws IOException {
        requireMined(block);
        BlockHead head = headAt(block);
        return pinned(block, () -> ChainWatcher.readAt(rpc, config.watch(), directory, head));
    }

    /**
     * {@code accounts} (any case) and the feeds at {@code block}.
     *
     * @throws IllegalArgumentException when the block is beyond the node's head
     * @throws HistoryUnavailableException when the node has pruned that block's state
     */
    public ChainSnapshot read(long block, Collection<String> accounts) throws IOException {
        requireMined(block);
        return readMined(block, accounts);
    }

    private ChainSnapshot readMined(long block, Collection<String> accounts) throws IOException {
        BlockHead head = headAt(block);
        WatchConfig watch = config.watch().withVenue(venue, new LinkedHashSet<>(accounts));
        return pinned(block, () -> ChainWatcher.readAt(rpc, watch, null, head));
    }

    /** A read at {@code block}, a pruned node's refusal named as such whatever its wording reached us through. */
    private ChainSnapshot pinned(long block, Read read) throws IOException {
        try {
            return read.run();
        } catch (HistoryUnavailableException e) {
            throw e;
        } catch (RpcErrorException e) {
            if (HistoryUnavailableException.matches(e.getMessage())) {
                throw new HistoryUnavailableException(block, config.watch().rpc(), e.getMessage(), e.code());
            }
            throw e;
        }
    }

    @FunctionalInterface
    private interface Read {
        ChainSnapshot run() throws IOException;
    }

    /**
     * Replays {@code request}: at each of its blocks, reads the account (or every account opened by
     * then) and the feeds at that block and evaluates them under {@code policy}; each block's figures
     * go to {@code onPoint} as soon as they are read, and all of them into the result.
     *
     * @param monitor progress in blocks; cancelling stops after the current block (status CANCELLED)
     * @throws IllegalArgumentException when the range goes beyond the head, or the account was never opened in it
     * @throws IOException on a connection failure (a pruned block is not one: the result says HISTORY_UNAVAILABLE)
     */
    public ReplayResult replay(ReplayRequest request, MarginPolicy policy, TaskMonitor monitor,
                               Consumer<BookFigures> onPoint) throws IOException {
        requireMined(request.to());
        List<DiscoveredAccount> accounts = accountsUpTo(request.to());
        if (request.account().isPresent()) {
            String wanted = request.account().get();
            accounts = accounts.stream().filter(a -> a.address().equals(wanted)).toList();
            if (accounts.isEmpty()) {
                throw new IllegalArgumentException("account " + wanted + " was not opened on the venue "
                        + config.opening().contract() + " up to block " + request.to());
            }
        }
        List<Long> blocks = request.blocks();
        List<BookFigures> points = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            long block = blocks.get(i);
            try {
                monitor.checkpoint(i, blocks.size());
            } catch (CancellationException e) {
                return new ReplayResult(request, points, ReplayResult.Status.CANCELLED,
                        "cancelled after " + points.size() + " of " + blocks.size() + " blocks");
            }
            Set<String> open = new LinkedHashSet<>();
            accounts.stream().filter(a -> a.block() <= block).forEach(a -> open.add(a.address()));
            if (request.account().isPresent() && open.isEmpty()) {
                continue; // the account does not exist yet
            }
            ChainSnapshot snapshot;
            try {
                snapshot = readMined(block, open);
            } catch (HistoryUnavailableException e) {
                return new ReplayResult(request, points, ReplayResult.Status.HISTORY_UNAVAILABLE, e.getMessage());
            }
            BookFigures figures = BookFigures.of(snapshot, policy);
            points.add(figures);
            onPoint.accept(figures);
        }
        monitor.progress(blocks.size(), blocks.size());
        return new ReplayResult(request, points, ReplayResult.Status.COMPLETE, "");
    }

    public ScanConfig config() {
        return config;
    }

    @Override
    public void close() {
        rpc.close();
    }

    private void requireMined(long block) throws IOException {
        long head = rpc.blockNumber();
        if (block > head) {
            throw new IllegalArgumentException("block " + block + " is beyond the node's head, block " + head);
        }
    }

    /** The header at {@code block} (at or below the head): missing or refused means the node's history ends later. */
    private BlockHead headAt(long block) throws IOException {
        try {
            return rpc.findHeadAt(block).orElseThrow(() -> new HistoryUnavailableException(block, config.watch().rpc(),
                    "eth_getBlockByNumber returned no block", 0));
        } catch (RpcErrorException e) {
            if (!(e instanceof HistoryUnavailableException) && HistoryUnavailableException.matches(e.getMessage())) {
                throw new HistoryUnavailableException(block, config.watch().rpc(), e.getMessage(), e.code());
            }
            throw e;
        }
    }
}
