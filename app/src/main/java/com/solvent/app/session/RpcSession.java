package com.solvent.app.session;

import com.solvent.app.fx.EngineRiskService;
import com.solvent.app.fx.SnapshotStates;
import com.solvent.app.watchlist.AccountAddress;
import com.solvent.app.watchlist.WatchedAccount;
import com.solvent.chain.aave.AaveV3Adapter;
import com.solvent.chain.contracts.ContractCaller;
import com.solvent.chain.contracts.SolventVenueClient;
import com.solvent.chain.devnet.DevnetInfo;
import com.solvent.chain.rpc.ChainIdMismatchException;
import com.solvent.chain.rpc.ChainRpc;
import com.solvent.chain.rpc.RedactedUrl;
import com.solvent.chain.rpc.RequestMeter;
import com.solvent.chain.rpc.RpcLimits;
import com.solvent.chain.snapshot.ChainWatcher;
import com.solvent.chain.snapshot.Subscription;
import com.solvent.chain.snapshot.WatchConfig;
import com.solvent.chain.venue.VenueDeployment;
import com.solvent.chain.venue.VenueRegistry;
import com.solvent.model.policy.CollateralAsset;
import com.solvent.model.policy.LiquidationRules;
import com.solvent.model.policy.MarginPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.web3j.protocol.Web3j;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A node the user names: {@code --rpc URL --venue ID}. The reference venue is located by its
 * deployment JSON ({@code --deployment}); an Aave v3 market by the venue registry, either by id
 * ({@code aave-v3-ethereum}) or, with plain {@code aave-v3}, by the node's chain id. The node's chain
 * id must be the deployment's: a mismatch is refused before anything is read.
 *
 * <p>The URL may hold an API key: it is shown and logged only as its {@link RedactedUrl} form.
 */
public final class RpcSession implements Session {
    /**
     * An Aave price older than this at the block read is STALE: 24 h is the longest heartbeat of the
     * Chainlink feeds behind Aave's main markets (stablecoins); ETH/BTC feeds update far more often.
     */
    static final Duration AAVE_HEARTBEAT = Duration.ofHours(24);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Logger LOG = LoggerFactory.getLogger(RpcSession.class);

    private final RedactedUrl url;
    private final String description;
    private final List<WatchedAccount> firstAccounts;
    private final ChainRpc reads;
    private final AutoCloseable watch;
    private final AaveWatch aaveWatch;
    private final Subscription headSubscription;
    private final java.util.Optional<com.solvent.app.venue.VenueFeed> venueFeed;

    private RpcSession(RedactedUrl url, String description, List<WatchedAccount> firstAccounts, ChainRpc reads,
                       AutoCloseable watch, AaveWatch aaveWatch, Subscription headSubscription) {
        this.url = url;
        this.description = description;
        this.firstAccounts = firstAccounts;
        this.reads = reads;
        this.watch = watch;
        this.aaveWatch = aaveWatch;
        this.headSubscription = headSubscription;
        this.venueFeed = watch instanceof ReferenceVenueWatch reference ? java.util.Optional.of(reference.venueFeed())
                : java.util.Optional.empty();
    }

    /**
     * Connects, checks the chain id and starts watching; blocking (one round trip, plus reading the
     * venue's parameters). Fails with a message for the user: bad URL, node unreachable, unknown
     * venue, wrong chain, bad deployment file.
     *
     * @param restored  addresses of the restored workspace, read besides {@code options.accounts()}
     */
    public static RpcSession open(RpcOptions options, EngineRiskService service, Set<String> restored) {
        return open(options, service, restored, VenueRegistry.bundled());
    }

    /** Like {@link #open(RpcOptions, EngineRiskService, Set)}, locating Aave markets in {@code registry}. */
    public static RpcSession open(RpcOptions options, EngineRiskService service, Set<String> restored,
                                  VenueRegistry registry) {
        RedactedUrl url = RedactedUrl.of(options.rpcUrl());
        ChainRpc rpc;
        long chainId;
        try {
            rpc = ChainRpc.connect(url, RpcLimits.defaults(), POLL, new RequestMeter());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot connect to " + url + ": " + url.scrub(String.valueOf(e.getMessage())));
        }
        try {
            chainId = rpc.chainId();
        } catch (IOException | RuntimeException e) {
            rpc.close();
            throw new IllegalStateException("no answer to eth_chainId from " + url + ": "
                    + url.scrub(String.valueOf(e.getMessage())));
        }
        try {
            Set<String> accounts = new LinkedHashSet<>(options.accounts());
            accounts.addAll(restored);
            RpcSession session = options.isAave()
                    ? openAave(options, url, rpc, chainId, service, accounts, registry)
                    : openReference(options, url, rpc, chainId, service, accounts, registry);
            LOG.info("session open: {}", session.describe());
            return session;
        } catch (RuntimeException e) {
            rpc.close();
            throw e;
        }
    }

    private static RpcSession openReference(RpcOptions options, RedactedUrl url, ChainRpc rpc, long chainId,
                                            EngineRiskService service, Set<String> accounts, VenueRegistry registry) {
        if (!options.venue().equals(RpcOptions.REFERENCE)) {
            throw new IllegalArgumentException("--venue " + options.venue() + " is not known: use " + RpcOptions.REFERENCE
                    + " (with --deployment) or one of " + ids(registry));
        }
        DevnetInfo deployment = DeploymentFile.read(options.deployment().orElseThrow(() ->
                new IllegalArgumentException("--venue " + RpcOptions.REFERENCE
                        + " needs --deployment FILE (the JSON that `solvent devnet --json` prints)")));
        if (deployment.chainId() != chainId) {
            throw new ChainIdMismatchException(url, chainId, deployment.chainId());
        }
        SolventVenueClient venue = new SolventVenueClient(new ContractCaller(Web3j.build(rpc.service())), deployment.venue());
        List<WatchedAccount> first = options.accounts().isEmpty()
                ? deployment.accounts().stream().filter(a -> !a.isFiller())
                        .map(a -> new WatchedAccount(AccountAddress.parse(a.address()), a.label())).toList()
                : unlabelled(options.accounts());
        // read the accounts a first start will watch from the first block (no watcher restart for them)
        first.forEach(a -> accounts.add(a.address().checksummed()));
        LendingJoin join = new LendingJoin(service);
        ReferenceVenueWatch watch = new ReferenceVenueWatch(url, deployment, venue.config(),
                "chain " + chainId + " · " + url, accounts, join::base, snapshot -> { });
        service.onWatchChanged(watch::watchAlso);
        return new RpcSession(url, "reference venue " + deployment.venue() + " on chain " + chainId + " at " + url,
                first, rpc, watch, null, null);
    }

    private static RpcSession openAave(RpcOptions options, RedactedUrl url, ChainRpc rpc, long chainId,
                                       EngineRiskService service, Set<String> accounts, VenueRegistry registry) {
        options.deployment().ifPresent(f -> {
            throw new IllegalArgumentException("--deployment is for the reference venue; the registry locates "
                    + options.venue());
        });
        VenueDeployment market = aaveMarket(registry, options.venue(), url, chainId);
        AaveV3Adapter adapter = AaveV3Adapter.of(new ContractCaller(Web3j.build(rpc.service())), market, AAVE_HEARTBEAT);
        LendingJoin join = new LendingJoin(service);
        AaveWatch aave = new AaveWatch(adapter, market.id(), url, join::lending);
        aave.watch(accounts);
        service.onWatchChanged(ids -> {
            Set<String> all = new LinkedHashSet<>(accounts);
            all.addAll(ids);
            aave.watch(all);
        });
        MarginPolicy policy = healthFactorPolicy(market);
        // No feeds or venue: the watcher supplies heads, health and the chain-id check; each head
        // triggers one Aave read pinned to it.
        ChainWatcher heads = ChainWatcher.start(WatchConfig.of(url, chainId));
        Subscription subscription = heads.subscribe(snapshot -> {
            join.base(SnapshotStates.of(snapshot, market.chain() + " · " + url, chainId, policy));
            aave.readAt(snapshot.blockNumber());
        });
        return new RpcSession(url, market.id() + " (" + market.market() + ") on chain " + chainId + " at " + url,
                unlabelled(options.accounts()), rpc, heads, aave, subscription);
    }

    /** The registry entry named, or for plain {@code aave-v3} the one on the node's chain; refuses another chain. */
    static VenueDeployment aaveMarket(VenueRegistry registry, String venue, RedactedUrl url, long chainId) {
        if (venue.equals(RpcOptions.AAVE_V3)) {
            List<VenueDeployment> here = registry.on(chainId, RpcOptions.AAVE_V3);
            if (here.isEmpty()) {
                throw new IllegalArgumentException("the node at " + url + " serves chain id " + chainId
                        + ", where no Aave v3 market is registered; registered: " + ids(registry));
            }
            if (here.size() > 1) {
                throw new IllegalArgumentException("chain id " + chainId + " has several Aave v3 markets; name one with --venue: "
                        + here.stream().map(VenueDeployment::id).collect(Collectors.joining(", ")));
            }
            return here.getFirst();
        }
        VenueDeployment market = registry.byId(venue).orElseThrow(() ->
                new IllegalArgumentException("--venue " + venue + " is not in the venue registry; registered: " + ids(registry)));
        if (market.chainId() != chainId) {
            throw new ChainIdMismatchException(url, chainId, market.chainId());
        }
        return market;
    }

    /** A policy with no markets: the status bar names it; lending accounts use only its warning level. */
    private static MarginPolicy healthFactorPolicy(VenueDeployment market) {
        return MarginPolicy.of(market.id() + " (health factor)", market.source(), List.of(),
                List.of(CollateralAsset.fullValue("USD")), new LiquidationRules(0.01, 0.5, false, 0.0, 1.0), 0.8, "USD");
    }

    private static String ids(VenueRegistry registry) {
        return registry.deployments().stream().map(VenueDeployment::id).collect(Collectors.joining(", "));
    }

    private static List<WatchedAccount> unlabelled(List<String> addresses) {
        return addresses.stream().map(a -> new WatchedAccount(AccountAddress.parse(a), "")).toList();
    }

    /** The redacted endpoint. */
    public RedactedUrl url() {
        return url;
    }

    @Override
    public String describe() {
        return description;
    }

    /** The reference venue's every account, scanned from its events; none for an Aave market. */
    @Override
    public java.util.Optional<com.solvent.app.venue.VenueFeed> venueFeed() {
        return venueFeed;
    }

    @Override
    public String whyNoVenueScan() {
        return venueFeed.isPresent() ? "" : "A venue scan is supported for the reference venue only: it finds every "
                + "account from the venue's AccountOpened events. An Aave v3 market is watched account by account "
                + "here; the trader's view shows the accounts you watch.";
    }

    @Override
    public List<WatchedAccount> firstAccounts() {
        return firstAccounts;
    }

    @Override
    public void close() {
        if (headSubscription != null) {
            headSubscription.close();
        }
        if (aaveWatch != null) {
            aaveWatch.close();
        }
        try {
            watch.close();
        } catch (Exception e) {
            LOG.debug("closing the watcher failed", e);
        }
        reads.close();
    }
}
