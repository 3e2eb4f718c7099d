package com.solvent.chain.snapshot;

import com.solvent.chain.account.Multicall3;
import com.solvent.chain.account.ProtocolAdapter;
import com.solvent.chain.feed.FeedSpec;
import com.solvent.chain.rpc.Backoff;
import com.solvent.chain.rpc.RedactedUrl;
import com.solvent.chain.rpc.RpcLimits;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a {@link ChainWatcher} watches and how.
 *
 * @param rpc              endpoint (ws:// pushes new heads; http:// is polled)
 * @param chainId          chain id of the deployment; a different endpoint chain is refused
 * @param feeds            price feeds, one per asset
 * @param venue            the venue adapter reading the accounts, if any
 * @param accounts         watched account addresses (lower-cased)
 * @param multicall        Multicall3 address
 * @param confirmations    blocks to wait before reading a block (0 = read the head; reorgs are rolled back either way)
 * @param pollInterval     HTTP polling period (Web3j's default of 15 s is far too slow)
 * @param stallTimeout     with no new head for this long the node is probed; an unanswered probe reconnects
 * @param limits           request timeout and response caps
 * @param backoff          reconnect delays
 * @param maxCallsPerBatch calls per Multicall3 request (keeps each eth_call under the node's gas cap)
 * @param reorgWindow      processed blocks remembered for reorg detection; deeper reorgs cause a full re-read
 * @param lagThreshold     blocks behind the head above which the health is LAGGING
 */
public record WatchConfig(RedactedUrl rpc, long chainId, List<FeedSpec> feeds, Optional<ProtocolAdapter> venue,
                          Set<String> accounts, String multicall, int confirmations, Duration pollInterval,
                          Duration stallTimeout, RpcLimits limits, Backoff backoff, int maxCallsPerBatch,
                          int reorgWindow, int lagThreshold) {
    public WatchConfig {
        Objects.requireNonNull(rpc, "rpc");
        feeds = List.copyOf(feeds);
        Objects.requireNonNull(venue, "venue");
        Set<String> lower = new LinkedHashSet<>();
        for (String a : accounts) {
            if (a == null || !a.matches("0x[0-9a-fA-F]{40}")) {
                throw new IllegalArgumentException("watched account must be a 0x-prefixed 20-byte hex address, was " + a);
            }
            lower.add(a.toLowerCase(Locale.ROOT));
        }
        accounts = java.util.Collections.unmodifiableSet(lower);
        if (!lower.isEmpty() && venue.isEmpty()) {
            throw new IllegalArgumentException("accounts are watched but no venue adapter reads them");
        }
        Set<String> assets = new HashSet<>();
        for (FeedSpec f : feeds) {
            if (!assets.add(f.asset())) {
                throw new IllegalArgumentException("two feeds price asset " + f.asset());
            }
        }
        Objects.requireNonNull(multicall, "multicall");
        if (confirmations < 0 || confirmations > 64) {
            throw new IllegalArgumentException("confirmations must lie in [0, 64], was " + confirmations);
        }
        positive(pollInterval, "pollInterval");
        positive(stallTimeout, "stallTimeout");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(backoff, "backoff");
        if (maxCallsPerBatch < 1 || reorgWindow < 2 || lagThreshold < 1) {
            throw new IllegalArgumentException("maxCallsPerBatch >= 1, reorgWindow >= 2 and lagThreshold >= 1 are required");
        }
    }

    private static void positive(Duration d, String field) {
        Objects.requireNonNull(d, field);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(field + " must be positive, was " + d);
        }
    }

    /** Defaults: no feeds or accounts, canonical Multicall3, head reads, 250 ms polling, 10 s stall probe. */
    public static WatchConfig of(RedactedUrl rpc, long chainId) {
        return new WatchConfig(rpc, chainId, List.of(), Optional.empty(), Set.of(), Multicall3.CANONICAL_ADDRESS, 0,
                Duration.ofMillis(250), Duration.ofSeconds(10), RpcLimits.defaults(), Backoff.defaults(), 250, 128, 2);
    }

    public WatchConfig withFeeds(List<FeedSpec> newFeeds) {
        return new WatchConfig(rpc, chainId, newFeeds, venue, accounts, multicall, confirmations, pollInterval,
                stallTimeout, limits, backoff, maxCallsPerBatch, reorgWindow, lagThreshold);
    }

    public WatchConfig withVenue(ProtocolAdapter adapter, Set<String> watched) {
        return new WatchConfig(rpc, chainId, feeds, Optional.of(adapter), watched, multicall, confirmations, pollInterval,
                stallTimeout, limits, backoff, maxCallsPerBatch, reorgWindow, lagThreshold);
    }

    public WatchConfig withRpc(RedactedUrl url) {
        return new WatchConfig(url, chainId, feeds, venue, accounts, multicall, confirmations, pollInterval,
                stallTimeout, limits, backoff, maxCallsPerBatch, reorgWindow, lagThreshold);
    }

    public WatchConfig withMulticall(String address) {
        return new WatchConfig(rpc, chainId, feeds, venue, accounts, address, confirmations, pollInterval,
                stallTimeout, limits, backoff, maxCallsPerBatch, reorgWindow, lagThreshold);
    }

    public WatchConfig withConfirmations(int depth) {
        return new WatchConfig(rpc, chainId, feeds, venue, accounts, multicall, depth, pollInterval,
                stallTimeout, limits, backoff, maxCallsPerBatch, reorgWindow, lagThreshold);
    }

    public WatchConfig withTiming(Duration poll, Duration stall, Backoff newBackoff) {
        return new WatchConfig(rpc, chainId, feeds, venue, accounts, multicall, confirmations, poll,
                stall, limits, newBackoff, maxCallsPerBatch, reorgWindow, lagThreshold);
    }

    public WatchConfig withLimits(RpcLimits newLimits) {
        return new WatchConfig(rpc, chainId, feeds, venue, accounts, multicall, confirmations, pollInterval,
                stallTimeout, newLimits, backoff, maxCallsPerBatch, reorgWindow, lagThreshold);
    }

    public WatchConfig withMaxCallsPerBatch(int calls) {
        return new WatchConfig(rpc, chainId, feeds, venue, accounts, multicall, confirmations, pollInterval,
                stallTimeout, limits, backoff, calls, reorgWindow, lagThreshold);
    }

    /** Every contract whose logs the watcher fetches: feeds, sequencer feeds and the venue's sources. */
    List<String> eventSources() {
        Set<String> out = new LinkedHashSet<>();
        for (FeedSpec f : feeds) {
            out.add(f.address());
            f.sequencer().ifPresent(s -> out.add(s.address()));
        }
        venue.ifPresent(v -> v.eventSources().forEach(a -> out.add(a.toLowerCase(Locale.ROOT))));
        return new ArrayList<>(out);
    }
}
