package com.solvent.chain.scan;

import com.solvent.chain.account.AccountOpening;
import com.solvent.chain.account.ProtocolAdapter;
import com.solvent.chain.rpc.ChainRpc;
import com.solvent.chain.rpc.EventLog;
import com.solvent.chain.snapshot.AccountDiscovery;
import org.web3j.utils.Numeric;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every account of a venue, from its opening events: the history from the deployment block in
 * eth_getLogs pages ({@link ChainRpc#logsInPages}), then the opening logs a watcher offers block by
 * block. It resumes where it stopped: a reconnect or a second read does not scan the history again.
 * Thread-safe (the watcher thread writes, anyone may read).
 */
final class AccountDirectory implements AccountDiscovery {
    /** Hears the discovery's and the full read's progress, on the thread doing the work. */
    interface Listener {
        Listener NONE = new Listener() { };

        default void discovering(long scannedTo, long target, int found) {
        }

        default void reading(int read, int total) {
        }

        default void opened(DiscoveredAccount account, int total) {
        }
    }

    private final ProtocolAdapter venue;
    private final AccountOpening opening;
    private final long deploymentBlock;
    private final Listener listener;
    private final Map<String, DiscoveredAccount> found = new LinkedHashMap<>();
    private long scannedTo;

    AccountDirectory(ScanConfig config, Listener listener) {
        this.venue = config.watch().venue().orElseThrow();
        this.opening = config.opening();
        this.deploymentBlock = config.deploymentBlock();
        this.listener = listener;
        this.scannedTo = deploymentBlock - 1;
    }

    @Override
    public Set<String> upTo(ChainRpc rpc, long block) throws IOException {
        long from;
        int count;
        synchronized (this) {
            from = scannedTo + 1;
            count = found.size();
        }
        // listeners are called outside this lock: they may take their own and then read this directory
        listener.discovering(from - 1, Math.max(block, from - 1), count);
        if (block >= from) {
            rpc.logsInPages(from, block, List.of(opening.contract()), List.of(opening.topic()), (start, end, logs) -> {
                long scanned;
                int total;
                synchronized (this) {
                    for (EventLog log : logs) {
                        add(log);
                    }
                    scannedTo = Math.max(scannedTo, end);
                    scanned = scannedTo;
                    total = found.size();
                }
                listener.discovering(scanned, block, total);
            });
        }
        Set<String> out = new LinkedHashSet<>();
        synchronized (this) {
            for (DiscoveredAccount a : found.values()) {
                if (a.block() <= block) {
                    out.add(a.address());
                }
            }
        }
        return out;
    }

    @Override
    public Set<String> openedBy(EventLog log) {
        Set<String> opened = venue.accountsOpenedBy(log);
        if (!opened.isEmpty()) {
            List<DiscoveredAccount> added;
            int total;
            synchronized (this) {
                added = add(log);
                total = found.size();
            }
            added.forEach(a -> listener.opened(a, total));
        }
        return opened;
    }

    @Override
    public synchronized Set<String> droppedAfter(long ancestor) {
        Set<String> gone = new LinkedHashSet<>();
        found.values().removeIf(a -> {
            if (a.block() > ancestor) {
                gone.add(a.address());
                return true;
            }
            return false;
        });
        scannedTo = Math.min(scannedTo, ancestor);
        return gone;
    }

    @Override
    public void reading(int read, int total) {
        listener.reading(read, total);
    }

    /** The accounts found so far, in the order they were opened (as far as the logs came in order). */
    synchronized List<DiscoveredAccount> accounts() {
        return new ArrayList<>(found.values());
    }

    /** The account {@code address} (any case), if found. */
    synchronized java.util.Optional<DiscoveredAccount> account(String address) {
        return java.util.Optional.ofNullable(found.get(address.toLowerCase(java.util.Locale.ROOT)));
    }

    synchronized int size() {
        return found.size();
    }

    /** The last block whose opening events are all known. */
    synchronized long scannedTo() {
        return scannedTo;
    }

    /** Records the accounts {@code log} opens; returns the ones not known before. */
    private List<DiscoveredAccount> add(EventLog log) {
        List<DiscoveredAccount> added = new ArrayList<>(1);
        for (String address : venue.accountsOpenedBy(log)) {
            DiscoveredAccount account = new DiscoveredAccount(address, index(log), log.blockNumber());
            DiscoveredAccount before = found.putIfAbsent(account.address(), account);
            if (before == null) {
                added.add(account);
            } else if (account.block() < before.block()) {
                found.put(account.address(), account); // a reorg re-included it earlier
            }
        }
        return added;
    }

    private static long index(EventLog log) {
        String data = log.data();
        if (data.length() != 66) {
            return -1;
        }
        BigInteger index = Numeric.toBigInt(data);
        return index.bitLength() < 63 ? index.longValue() : -1;
    }
}
