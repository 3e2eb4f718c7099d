package com.solvent.chain.snapshot;

import com.solvent.chain.account.CallOutcome;
import com.solvent.chain.account.ContractCall;
import com.solvent.chain.account.Multicall3;
import com.solvent.chain.account.ProtocolAdapter;
import com.solvent.chain.feed.AggregatorAbi;
import com.solvent.chain.feed.FeedSpec;
import com.solvent.chain.feed.FeedStatus;
import com.solvent.chain.feed.FreshnessRules;
import com.solvent.chain.feed.RoundData;
import com.solvent.chain.feed.SequencerSpec;
import com.solvent.chain.feed.SequencerStatus;
import com.solvent.chain.health.ConnectionHealth;
import com.solvent.chain.rpc.AbsurdValueException;
import com.solvent.chain.rpc.BlockHead;
import com.solvent.chain.rpc.ChainRpc;
import com.solvent.chain.rpc.ChainUnits;
import com.solvent.chain.rpc.EventLog;
import com.solvent.model.account.Account;
import com.solvent.model.price.AssetPrice;
import com.solvent.model.price.PriceSet;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The watcher's view of the chain: the last read of every feed, sequencer feed and account, and
 * how to refresh a subset of them in one batched read. Confined to the watcher thread; it leaves
 * only through immutable {@link ChainSnapshot}s.
 */
final class ChainState {
    /** A feed's last read: the raw round and the last valid price it ever gave. */
    private static final class FeedState {
        final FeedSpec spec;
        Integer decimals;
        String description = "";
        RoundData round;
        String readError;
        double lastValidPrice = Double.NaN;
        Instant lastValidAt;

        FeedState(FeedSpec spec) {
            this.spec = spec;
        }
    }

    private final WatchConfig config;
    private final Multicall3 multicall;
    private final Map<String, FeedState> feeds = new LinkedHashMap<>();
    private final Map<String, List<String>> assetsByFeedAddress = new HashMap<>();
    private final Map<String, List<String>> assetsBySequencer = new HashMap<>();
    private final Map<String, SequencerSpec> sequencers = new HashMap<>();
    private final Map<String, RoundData> sequencerRounds = new HashMap<>();
    private final Map<String, String> sequencerErrors = new HashMap<>();
    private final Map<String, Account> accounts = new HashMap<>();
    private final Map<String, String> accountIssues = new HashMap<>();
    private final Set<String> venueSources = new HashSet<>();
    /** The accounts read: the configured ones plus, with a discovery, every account it found. Only grows. */
    private final Set<String> watched;
    private final AccountDiscovery discovery;

    ChainState(WatchConfig config) {
        this(config, null);
    }

    /** @param discovery grows the watched accounts with the venue's; null to read only the configured ones */
    ChainState(WatchConfig config, AccountDiscovery discovery) {
        this.config = config;
        this.discovery = discovery;
        this.watched = new java.util.LinkedHashSet<>(config.accounts());
        this.multicall = new Multicall3(config.multicall(), config.limits().maxResponseBytes());
        for (FeedSpec f : config.feeds()) {
            feeds.put(f.asset(), new FeedState(f));
            assetsByFeedAddress.computeIfAbsent(f.address(), a -> new ArrayList<>()).add(f.asset());
            f.sequencer().ifPresent(s -> {
                sequencers.put(s.address(), s);
                assetsBySequencer.computeIfAbsent(s.address(), a -> new ArrayList<>()).add(f.asset());
            });
        }
        config.venue().ifPresent(v -> v.eventSources().forEach(a -> venueSources.add(a.toLowerCase(java.util.Locale.ROOT))));
    }

    /** Everything: the initial read and the fallback after a reorg deeper than the window. */
    Touched everything() {
        return new Touched(feeds.keySet(), sequencers.keySet(), watched);
    }

    /** Adds every account the discovery finds up to {@code block} to the watched ones (nothing without one). */
    void discover(ChainRpc rpc, long block) throws IOException {
        if (discovery != null) {
            for (String a : discovery.upTo(rpc, block)) {
                watched.add(a.toLowerCase(java.util.Locale.ROOT));
            }
        }
    }

    /** A reorg dropped the blocks after {@code ancestor}: accounts they opened are no longer the venue's. */
    void dropOpenedAfter(long ancestor) {
        if (discovery == null) {
            return;
        }
        for (String gone : discovery.droppedAfter(ancestor)) {
            String account = gone.toLowerCase(java.util.Locale.ROOT);
            if (!config.accounts().contains(account)) {
                watched.remove(account);
                accounts.remove(account);
                accountIssues.remove(account);
            }
        }
    }

    /** How many accounts are watched. */
    int watchedCount() {
        return watched.size();
    }

    /** Items whose last read failed; they are retried at every block until they read cleanly. */
    Touched failing() {
        if (accountIssues.isEmpty() && sequencerErrors.isEmpty() && feeds.values().stream().allMatch(f -> f.readError == null)) {
            return Touched.NOTHING;
        }
        Set<String> f = new HashSet<>();
        feeds.forEach((asset, fs) -> {
            if (fs.readError != null) {
                f.add(asset);
            }
        });
        return new Touched(f, sequencerErrors.keySet(), accountIssues.keySet());
    }

    /** True for a contract of the venue (whose logs name the accounts they change). */
    boolean isVenueSource(String address) {
        return venueSources.contains(address);
    }

    /** The feeds and sequencer feeds among {@code addresses} (contracts known to have logged). */
    Touched touchedByEmitters(List<String> addresses) {
        Set<String> f = new HashSet<>();
        Set<String> s = new HashSet<>();
        for (String address : addresses) {
            f.addAll(assetsByFeedAddress.getOrDefault(address, List.of()));
            if (sequencers.containsKey(address)) {
                s.add(address);
            }
        }
        return new Touched(f, s, Set.of());
    }

    /** What {@code logs} changed. A feed's own event touches the feed; a venue event, the accounts it names. */
    Touched touchedBy(List<EventLog> logs) {
        Set<String> f = new HashSet<>();
        Set<String> s = new HashSet<>();
        Set<String> a = new HashSet<>();
        for (EventLog log : logs) {
            List<String> assets = assetsByFeedAddress.get(log.address());
            if (assets != null) {
                f.addAll(assets);
            }
            if (sequencers.containsKey(log.address())) {
                s.add(log.address());
            }
            if (venueSources.contains(log.address())) {
                if (discovery != null) {
                    // an account opened in this block is read in this block
                    for (String opened : discovery.openedBy(log)) {
                        String account = opened.toLowerCase(java.util.Locale.ROOT);
                        watched.add(account);
                        a.add(account);
                    }
                }
                config.venue().ifPresent(v -> a.addAll(v.accountsTouchedBy(log, watched)));
            }
        }
        a.retainAll(watched);
        return new Touched(f, s, a);
    }

    /**
     * Re-reads what {@code touched} names at {@code block}, in one Multicall3 request per
     * {@link WatchConfig#maxCallsPerBatch()} calls. All results are fetched before any is applied,
     * so a failed request leaves the state as it was. A single reverting or absurd item is
     * recorded against that item (an account issue, an INVALID feed) and the rest applied.
     *
     * @throws IOException on a transport failure
     * @throws AbsurdValueException or {@link com.solvent.chain.rpc.CallRevertedException} when the batch as a whole is unusable
     */
    void read(ChainRpc rpc, Touched touched, long block) throws IOException {
        read(rpc, touched, block, false);
    }

    /**
     * The same; with {@code reportProgress} the discovery (if any) hears how many of the accounts
     * have been read after each batch, for the progress of a long full read.
     */
    void read(ChainRpc rpc, Touched touched, long block, boolean reportProgress) throws IOException {
        List<ContractCall> calls = new ArrayList<>();
        List<Consumer<List<CallOutcome>>> appliers = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        List<Integer> accountEnds = new ArrayList<>(); // call index after each account's last call

        for (String asset : touched.feeds()) {
            FeedState fs = feeds.get(asset);
            if (fs == null) {
                continue;
            }
            boolean first = fs.decimals == null;
            if (first) {
                calls.add(new ContractCall(fs.spec.address(), AggregatorAbi.DECIMALS));
                calls.add(new ContractCall(fs.spec.address(), AggregatorAbi.DESCRIPTION));
            }
            calls.add(new ContractCall(fs.spec.address(), AggregatorAbi.LATEST_ROUND_DATA));
            widths.add(first ? 3 : 1);
            appliers.add(outcomes -> applyFeed(fs, outcomes));
        }
        for (String address : touched.sequencers()) {
            calls.add(new ContractCall(address, AggregatorAbi.LATEST_ROUND_DATA));
            widths.add(1);
            appliers.add(outcomes -> applySequencer(address, outcomes.getFirst()));
        }
        if (config.venue().isPresent()) {
            ProtocolAdapter venue = config.venue().get();
            Set<String> toRead = new HashSet<>(touched.accounts());
            for (String asset : touched.feeds()) {
                toRead.addAll(venue.accountsRepricedBy(asset, accounts));
            }
            toRead.retainAll(watched);
            for (String account : toRead) {
                List<ContractCall> accountCalls = venue.readCalls(account);
                calls.addAll(accountCalls);
                accountEnds.add(calls.size());
                widths.add(accountCalls.size());
                appliers.add(outcomes -> applyAccount(venue, account, outcomes));
            }
        }

        List<CallOutcome> outcomes = new ArrayList<>(calls.size());
        boolean report = reportProgress && discovery != null;
        int accountsRead = 0;
        if (report) {
            discovery.reading(0, accountEnds.size());
        }
        for (int start = 0; start < calls.size(); start += config.maxCallsPerBatch()) {
            int end = Math.min(calls.size(), start + config.maxCallsPerBatch());
            outcomes.addAll(multicall.run(rpc, calls.subList(start, end), block));
            if (report) {
                while (accountsRead < accountEnds.size() && accountEnds.get(accountsRead) <= end) {
                    accountsRead++;
                }
                discovery.reading(accountsRead, accountEnds.size());
            }
        }
        int at = 0;
        for (int i = 0; i < appliers.size(); i++) {
            int w = widths.get(i);
            appliers.get(i).accept(outcomes.subList(at, at + w));
            at += w;
        }
    }

    private void applyFeed(FeedState fs, List<CallOutcome> outcomes) {
        String asset = fs.spec.asset();
        try {
            if (outcomes.size() == 3) {
                fs.decimals = AggregatorAbi.decodeDecimals(success(outcomes.get(0), "feed " + asset + " decimals()"), asset);
                CallOutcome d = outcomes.get(1);
                fs.description = d.success() ? safeDescription(d, asset) : "";
            }
            if (fs.decimals == null) {
                throw new AbsurdValueException("feed " + asset + " decimals() unknown");
            }
            RoundData round = AggregatorAbi.decodeRound(success(outcomes.getLast(), "feed " + asset + " latestRoundData()"), asset);
            boolean complete = round.answer().signum() > 0 && round.updatedAt().signum() > 0
                    && round.answeredInRound().compareTo(round.roundId()) >= 0;
            if (complete) {
                if (round.updatedAt().bitLength() > 40) {
                    throw new AbsurdValueException("feed " + asset + " updatedAt = " + round.updatedAt() + " is not a plausible time");
                }
                fs.lastValidPrice = ChainUnits.toDouble(round.answer(), fs.decimals, "feed " + asset + " answer");
                fs.lastValidAt = Instant.ofEpochSecond(round.updatedAt().longValueExact());
            }
            fs.round = round;
            fs.readError = null;
        } catch (IllegalArgumentException e) {
            fs.readError = e.getMessage();
        }
    }

    private static String safeDescription(CallOutcome d, String asset) {
        try {
            return AggregatorAbi.decodeDescription(d.returnData(), asset);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private void applySequencer(String address, CallOutcome outcome) {
        try {
            sequencerRounds.put(address, AggregatorAbi.decodeRound(success(outcome, "sequencer feed " + address), address));
            sequencerErrors.remove(address);
        } catch (IllegalArgumentException e) {
            sequencerErrors.put(address, e.getMessage());
        }
    }

    private void applyAccount(ProtocolAdapter venue, String account, List<CallOutcome> outcomes) {
        try {
            accounts.put(account, venue.decode(account, outcomes));
            accountIssues.remove(account);
        } catch (IllegalArgumentException e) {
            accountIssues.put(account, venue.venue() + " account " + account + ": " + e.getMessage());
        }
    }

    private static byte[] success(CallOutcome outcome, String what) {
        if (!outcome.success()) {
            throw new AbsurdValueException(what + " reverted");
        }
        return outcome.returnData();
    }

    /** The immutable snapshot of the current state at {@code head}; freshness judged at the block's time. */
    ChainSnapshot snapshot(BlockHead head, ConnectionHealth health, Duration processingTime) {
        Instant now = head.time();
        Map<String, AssetPrice> prices = new HashMap<>();
        Map<String, FeedStatus> statuses = new HashMap<>();
        for (FeedState fs : feeds.values()) {
            FeedStatus status = status(fs, now);
            statuses.put(fs.spec.asset(), status);
            if (!Double.isNaN(fs.lastValidPrice)) {
                prices.put(fs.spec.asset(), new AssetPrice(fs.lastValidPrice, fs.lastValidPrice,
                        fs.spec.dailyVolatility(), fs.lastValidAt, status.freshness()));
            }
        }
        return new ChainSnapshot(head.number(), head.hash(), now, new PriceSet(prices, now), statuses, accounts,
                accountIssues, health, processingTime);
    }

    private FeedStatus status(FeedState fs, Instant now) {
        if (fs.readError != null) {
            return FeedStatus.invalid(fs.readError);
        }
        if (fs.round == null) {
            return FeedStatus.invalid("not read yet");
        }
        SequencerStatus seq = SequencerStatus.UP;
        if (fs.spec.sequencer().isPresent()) {
            SequencerSpec s = fs.spec.sequencer().get();
            RoundData r = sequencerRounds.get(s.address());
            if (r == null || sequencerErrors.containsKey(s.address())) {
                return FeedStatus.stale("L2 sequencer status unknown: "
                        + sequencerErrors.getOrDefault(s.address(), "not read yet"));
            }
            seq = FreshnessRules.sequencer(r, s.gracePeriod(), now);
        }
        return FreshnessRules.judge(fs.round, fs.spec.heartbeat(), now, seq);
    }
}
