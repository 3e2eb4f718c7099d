package com.solvent.app.session;

import com.solvent.chain.aave.AaveAccountSnapshot;
import com.solvent.chain.aave.AaveV3Adapter;
import com.solvent.chain.rpc.RedactedUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Reads watched Aave v3 accounts once per block ({@link AaveV3Adapter#read(String, long)}, every call
 * pinned to the block) on a virtual thread and hands the result on. Latest wins: while a read
 * runs, newer blocks replace the pending one, so reads never pile up behind a slow node.
 * Read-only: nothing here sends a transaction.
 */
public final class AaveWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AaveWatch.class);

    private final AaveV3Adapter adapter;
    private final String venue;
    private final RedactedUrl rpc;
    private final Consumer<List<LendingHolding>> sink;
    private final AtomicReference<Set<String>> accounts = new AtomicReference<>(Set.of());
    private final AtomicLong pending = new AtomicLong(-1);
    private final AtomicBoolean reading = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    /** The last good read per account, so one failed read keeps the account on screen at its last block. */
    private final Map<String, LendingHolding> last = new LinkedHashMap<>();

    /**
     * @param adapter  the market's adapter
     * @param venue    its name on screen, e.g. {@code "aave-v3-ethereum"}
     * @param rpc      the endpoint, only to scrub it from messages
     * @param sink     receives every read (all watched accounts at one block), on the reading thread
     */
    public AaveWatch(AaveV3Adapter adapter, String venue, RedactedUrl rpc, Consumer<List<LendingHolding>> sink) {
        this.adapter = adapter;
        this.venue = venue;
        this.rpc = rpc;
        this.sink = sink;
    }

    /** Replaces the watched accounts (any case); read from the next block on. */
    public void watch(Set<String> addresses) {
        Set<String> lower = new LinkedHashSet<>();
        addresses.forEach(a -> lower.add(a.toLowerCase(Locale.ROOT)));
        accounts.set(Set.copyOf(lower));
    }

    /** Asks for a read at {@code block}; returns at once. */
    public void readAt(long block) {
        pending.accumulateAndGet(block, Math::max);
        if (!closed.get() && reading.compareAndSet(false, true)) {
            Thread.ofVirtual().name("aave-read").start(this::drain);
        }
    }

    private void drain() {
        while (!closed.get()) {
            long block = pending.getAndSet(-1);
            if (block >= 0) {
                sink.accept(readAll(block));
                continue;
            }
            reading.set(false);
            // a block offered between the getAndSet and the set above would otherwise wait for the next one
            if (pending.get() < 0 || !reading.compareAndSet(false, true)) {
                return;
            }
        }
    }

    private List<LendingHolding> readAll(long block) {
        Set<String> watched = accounts.get();
        synchronized (last) {
            last.keySet().retainAll(watched);
            for (String address : watched) {
                if (closed.get()) {
                    break;
                }
                try {
                    last.put(address, holding(adapter.read(address, block)));
                } catch (RuntimeException e) {
                    if (closed.get()) {
                        break; // the node went away because the session is closing: not a failed read
                    }
                    LOG.warn("{}: reading {} at block {} failed: {}", venue, address, block, rpc.scrub(String.valueOf(e.getMessage())));
                }
            }
            return List.copyOf(new ArrayList<>(last.values()));
        }
    }

    private LendingHolding holding(AaveAccountSnapshot snapshot) {
        List<String> uncertainty = snapshot.prices().values().stream()
                .filter(p -> !p.freshness().isTrusted())
                .map(p -> p.asset() + " price " + p.freshness())
                .sorted().toList();
        return new LendingHolding(venue, snapshot.block(), snapshot.account(), uncertainty);
    }

    @Override
    public void close() {
        closed.set(true);
    }
}
