package com.solvent.app.fx;

import com.solvent.app.session.AaveWatch;
import com.solvent.app.session.LendingJoin;
import com.solvent.app.session.ReferenceVenueWatch;
import com.solvent.app.session.Session;
import com.solvent.app.venue.VenueFeed;
import com.solvent.app.watchlist.AccountAddress;
import com.solvent.app.watchlist.WatchedAccount;
import com.solvent.chain.aave.AaveDevnetDeployer;
import com.solvent.chain.aave.AaveDevnetMarket;
import com.solvent.chain.aave.AaveDevnetSpec;
import com.solvent.chain.aave.AaveV3Adapter;
import com.solvent.chain.contracts.SolventVenueClient;
import com.solvent.chain.devnet.Devnet;
import com.solvent.chain.devnet.DevnetConfig;
import com.solvent.chain.devnet.DevnetInfo;
import com.solvent.chain.rpc.RedactedUrl;
import com.solvent.model.policy.MarginPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The embedded devnet feeding the workstation: anvil with the reference venue and its keepers,
 * watched by a {@link ReferenceVenueWatch}, and an Aave v3 market deployed beside it whose seeded
 * accounts are read at every block by an {@link AaveWatch}; both are joined into one state per block.
 *
 * <p>The Aave market is deployed in the background once the reference venue is live: at its first
 * snapshot (or {@link #AAVE_AT_THE_LATEST} after the session opened, if none has come), so that
 * its 86 transactions do not compete for the two cores with the first reads. Measured on
 * two shared cores (warm JVM): reference numbers 0.55-2.1 s after start, the Aave deployment 1.2-2.1 s
 * (86 transactions, log line "Aave devnet market deployed"), Aave numbers 1.8-3.3 s after start.
 * In the foreground it would still fit the 5 s budget, but would hold back the first numbers by
 * that much for accounts the user may not look at first. The keepers start only after it, because
 * the price keeper and the Aave deployer send from the same address with nonces of their own.
 */
public final class DevnetSession implements Session {
    /** Daily volatility assumed for the devnet feeds, used for distances in daily vols (a typical ETH figure). */
    static final double FEED_DAILY_VOLATILITY = ReferenceVenueWatch.FEED_DAILY_VOLATILITY;
    /** Chainlink's ETH/USD heartbeat: an Aave devnet price older than this at the block read is STALE. */
    static final Duration AAVE_HEARTBEAT = Duration.ofHours(1);
    private static final String CHAIN_NAME = "devnet (anvil)";
    private static final String AAVE_VENUE = "aave-v3 (devnet)";
    /** The seeded Aave accounts, in the order the watchlist offers them. */
    private static final List<String> AAVE_LABELS = List.of(AaveDevnetSpec.STEADY, AaveDevnetSpec.MIXED,
            AaveDevnetSpec.EDGE, AaveDevnetSpec.SHORT_ETH, AaveDevnetSpec.STABLE_EMODE);
    private static final Logger LOG = LoggerFactory.getLogger(DevnetSession.class);
    /** When the Aave deployment begins even though the reference venue has shown no snapshot yet. */
    static final Duration AAVE_AT_THE_LATEST = Duration.ofSeconds(3);

    private final Devnet devnet;
    private final DevnetInfo info;
    private final LendingJoin join;
    private final ReferenceVenueWatch venueWatch;
    private final CompletableFuture<AaveDevnetMarket> aave = new CompletableFuture<>();
    private final CompletableFuture<List<WatchedAccount>> aaveAccounts = new CompletableFuture<>();
    private volatile AaveWatch aaveWatch;
    private volatile boolean closed;
    private final AtomicBoolean aaveBegun = new AtomicBoolean();

    private DevnetSession(Devnet devnet, EngineRiskService service, Set<String> extraAccounts, boolean keepers,
                          boolean withAave) {
        this.devnet = devnet;
        this.info = devnet.info();
        this.join = new LendingJoin(service);
        Set<String> all = new LinkedHashSet<>();
        info.accounts().forEach(a -> all.add(a.address().toLowerCase(Locale.ROOT)));
        extraAccounts.forEach(a -> all.add(a.toLowerCase(Locale.ROOT)));
        AAVE_LABELS.forEach(label -> all.remove(AaveDevnetDeployer.labelledAddress(label).toLowerCase(Locale.ROOT)));
        this.venueWatch = new ReferenceVenueWatch(RedactedUrl.of(info.wsUrl()), info, devnet.venue().config(),
                CHAIN_NAME, all, join::base, snapshot -> {
                    if (withAave) {
                        beginAave(keepers);
                    }
                    AaveWatch reader = aaveWatch;
                    if (reader != null) {
                        reader.readAt(snapshot.blockNumber());
                    }
                });
        // the Aave accounts' addresses are known before the market exists: the reference venue
        // must not read them (it would show them as empty margin accounts until Aave is up)
        Set<String> aaveAddresses = AAVE_LABELS.stream()
                .map(label -> AaveDevnetDeployer.labelledAddress(label).toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        service.onWatchChanged(ids -> venueWatch.watchAlso(ids.stream()
                .filter(id -> !aaveAddresses.contains(id.toLowerCase(Locale.ROOT))).collect(Collectors.toSet())));
        // Ctrl-C or SIGTERM stop anvil from a shutdown hook, without the window's close: the
        // watchers close first, so the node's disappearance is not logged as connection errors
        devnet.beforeShutdown(this::closeWatchers);
        if (withAave) {
            CompletableFuture.delayedExecutor(AAVE_AT_THE_LATEST.toMillis(), TimeUnit.MILLISECONDS)
                    .execute(() -> beginAave(keepers));
        } else {
            aave.completeExceptionally(new IllegalStateException("Aave not deployed on this devnet"));
            aaveAccounts.complete(List.of());
            if (keepers) {
                devnet.startKeepers();
            }
        }
    }

    /**
     * Starts the devnet (blocking: anvil, deployment, seeding) and the watcher; the Aave market and
     * the keepers follow in the background.
     *
     * @param extraAccounts addresses watched besides the seeded ones (the restored workspace)
     */
    public static DevnetSession start(EngineRiskService service, Set<String> extraAccounts) {
        Optional<Devnet> early = EarlyDevnet.take();
        if (early.isEmpty()) {
            return start(service, extraAccounts, DevnetConfig.defaults(), true);
        }
        return around(early.get(), service, extraAccounts, DevnetConfig.defaults().keepers(), true);
    }

    /** Like {@link #start(EngineRiskService, Set)} with a devnet configuration of its own (tests: keepers off), no Aave. */
    public static DevnetSession start(EngineRiskService service, Set<String> extraAccounts, DevnetConfig config) {
        return start(service, extraAccounts, config, false);
    }

    /** Like {@link #start(EngineRiskService, Set, DevnetConfig)}, with or without the Aave market. */
    public static DevnetSession start(EngineRiskService service, Set<String> extraAccounts, DevnetConfig config,
                                      boolean withAave) {
        return around(Devnet.start(config.withKeepers(false)), service, extraAccounts, config.keepers(), withAave);
    }

    /** The session around a devnet started without keepers; closes the devnet if the session cannot be built. */
    private static DevnetSession around(Devnet devnet, EngineRiskService service, Set<String> extraAccounts,
                                        boolean keepers, boolean withAave) {
        try {
            return new DevnetSession(devnet, service, extraAccounts, keepers, withAave);
        } catch (RuntimeException e) {
            devnet.close();
            throw e;
        }
    }

    private void beginAave(boolean keepers) {
        if (!closed && aaveBegun.compareAndSet(false, true)) {
            Thread.ofVirtual().name("aave-deploy").start(() -> deployAave(keepers));
        }
    }

    private void deployAave(boolean keepers) {
        try {
            long t0 = System.nanoTime();
            AaveDevnetMarket market = AaveDevnetDeployer.deploy(devnet, AaveDevnetSpec.reference());
            LOG.info("Aave devnet market deployed in {} ms ({} transactions)",
                    Duration.ofNanos(System.nanoTime() - t0).toMillis(), market.transactions());
            AaveV3Adapter adapter = new AaveV3Adapter(devnet.rpc().caller(), market.poolAddressesProvider(), AAVE_HEARTBEAT);
            AaveWatch reader = new AaveWatch(adapter, AAVE_VENUE, RedactedUrl.of(info.httpUrl()), join::lending);
            List<WatchedAccount> accounts = AAVE_LABELS.stream()
                    .map(label -> new WatchedAccount(AccountAddress.parse(market.account(label)), "Aave " + label))
                    .toList();
            reader.watch(Set.copyOf(accounts.stream().map(a -> a.address().checksummed()).toList()));
            if (closed) {
                return;
            }
            aaveWatch = reader;
            reader.readAt(devnet.rpc().blockNumber());
            aave.complete(market);
            aaveAccounts.complete(accounts);
        } catch (RuntimeException e) {
            if (!closed) {
                LOG.warn("the Aave devnet market could not be deployed: {}", e.getMessage());
            }
            aave.completeExceptionally(e);
            aaveAccounts.complete(List.of());
        } finally {
            if (keepers && !closed) {
                devnet.startKeepers();
            }
        }
    }

    @Override
    public String describe() {
        return CHAIN_NAME + ": reference venue and Aave v3";
    }

    /** The five story accounts (not the fillers), labelled, for a first start's watchlist. */
    public List<WatchedAccount> storyAccounts() {
        return info.accounts().stream().filter(a -> !a.isFiller())
                .map(a -> new WatchedAccount(AccountAddress.parse(a.address()), a.label()))
                .toList();
    }

    @Override
    public List<WatchedAccount> firstAccounts() {
        return storyAccounts();
    }

    /** Every account of the devnet's reference venue, scanned from its events and followed block by block. */
    @Override
    public Optional<VenueFeed> venueFeed() {
        return Optional.of(venueWatch.venueFeed());
    }

    /** The seeded Aave accounts once the market is deployed (none if it failed). */
    @Override
    public void onMoreAccounts(Consumer<List<WatchedAccount>> action) {
        aaveAccounts.thenAccept(action);
    }

    /** The Aave market, once deployed in the background. */
    public CompletableFuture<AaveDevnetMarket> aave() {
        return aave;
    }

    public DevnetInfo info() {
        return info;
    }

    /** The devnet itself (tests move prices with it). */
    public Devnet devnet() {
        return devnet;
    }

    /** Typed reads of the venue contract (its own account views), for checks against the engine. */
    public SolventVenueClient venue() {
        return devnet.venue();
    }

    /** The policy the workstation evaluates the devnet with (read from the venue contract). */
    public MarginPolicy policy() {
        return venueWatch.policy();
    }

    /** Stops the watchers, the keepers and anvil. */
    @Override
    public void close() {
        closeWatchers();
        devnet.close();
    }

    private void closeWatchers() {
        closed = true;
        AaveWatch reader = aaveWatch;
        if (reader != null) {
            reader.close();
        }
        venueWatch.close();
    }
}
