package com.solvent.chain.devnet;

import com.solvent.chain.contracts.SolventVenueClient;
import com.solvent.chain.devnet.SeedPlan.PlannedAccount;
import com.solvent.chain.reference.ReferenceVenueReader;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The local devnet: anvil on a free loopback port with the reference venue deployed, demo
 * accounts seeded and, optionally, the price and liquidation keepers running. The workstation's
 * embedded default and the ground truth of every chain test.
 *
 * <pre>{@code
 * try (Devnet devnet = Devnet.start(DevnetConfig.defaults())) {
 *     DevnetInfo info = devnet.info();                  // URLs, addresses, seeded accounts
 *     VenueAccountView view = devnet.venue().accountView(info.requireAccount("doomed").address());
 *     ReferenceVenueReader reader = devnet.referenceReader();   // the same, as the core's inputs
 *     Account account = reader.account(view);
 * }
 * }</pre>
 *
 * Closing stops the keepers and anvil; a JVM shutdown hook does the same on exit or Ctrl-C.
 */
public final class Devnet implements AutoCloseable {
    /** The devnet's chain id, anvil's default. */
    public static final long CHAIN_ID = 31337;

    private final AnvilProcess anvil;
    private final AnvilRpc rpc;
    private final DevnetInfo info;
    private final DevnetContracts contracts;
    private final SolventVenueClient venue;
    private final PriceKeeper priceKeeper;
    private final LiquidationKeeper liquidationKeeper;
    private final Duration startupTime;
    /** Work of the devnet's users to run at JVM exit before the keepers and anvil stop (see {@link #beforeShutdown}). */
    private final AtomicReference<Runnable> usersShutdown;

    private Devnet(AnvilProcess anvil, AnvilRpc rpc, DevnetInfo info, DevnetContracts contracts,
                   SolventVenueClient venue, PriceKeeper priceKeeper, LiquidationKeeper liquidationKeeper,
                   Duration startupTime, AtomicReference<Runnable> usersShutdown) {
        this.usersShutdown = usersShutdown;
        this.anvil = anvil;
        this.rpc = rpc;
        this.info = info;
        this.contracts = contracts;
        this.venue = venue;
        this.priceKeeper = priceKeeper;
        this.liquidationKeeper = liquidationKeeper;
        this.startupTime = startupTime;
    }

    /**
     * Starts anvil (found by {@link AnvilLocator}), deploys and seeds, starts the keepers if the
     * config asks for them, and returns once everything is ready. Fails (with anvil stopped) when
     * any step fails.
     */
    public static Devnet start(DevnetConfig config) {
        long t0 = System.nanoTime();
        // What needs no node (the contracts' artifacts, the seed plan: a cold JVM's JSON parser
        // and Keccak) is made on another core while anvil boots.
        Instant plannedAt = Instant.now();
        CompletableFuture<DevnetDeployer> deployerReady = CompletableFuture.supplyAsync(
                () -> new DevnetDeployer(config.venue()), Devnet::prepare);
        CompletableFuture<List<PlannedAccount>> planReady = CompletableFuture.supplyAsync(
                () -> SeedPlan.plan(config.venue(), config.seed(), config.fillerAccounts(), plannedAt), Devnet::prepare);
        AnvilProcess anvil = AnvilProcess.start(AnvilLocator.locate(), CHAIN_ID);
        AnvilRpc rpc = null;
        try {
            rpc = new AnvilRpc(anvil.httpUrl());
            List<String> unlocked = rpc.web3j().ethAccounts().send().getAccounts();
            String deployer = unlocked.get(0);
            String liquidator = unlocked.get(1);
            Instant chainTime = Instant.ofEpochSecond(rpc.blockTimestamp());
            List<PlannedAccount> plan = SeedPlan.samePlan(config.venue(), plannedAt, chainTime) ? join(planReady)
                    : SeedPlan.plan(config.venue(), config.seed(), config.fillerAccounts(), chainTime);
            long startBlock = rpc.blockNumber() + 1;
            DevnetContracts contracts = join(deployerReady).deployAndSeed(rpc, deployer, liquidator, plan);
            SolventVenueClient venue = new SolventVenueClient(rpc.caller(), contracts.venue());
            DevnetInfo info = new DevnetInfo(anvil.httpUrl(), anvil.wsUrl(), rpc.chainId(), contracts.venue(),
                    contracts.multicall3(), contracts.tokens(), contracts.priceFeeds(), contracts.markets(),
                    deployer, liquidator, config.seed(), startBlock,
                    config.keepers() ? config.keeperInterval().toMillis() : 0,
                    plan.stream().map(PlannedAccount::account).toList());

            LiquidationKeeper liquidationKeeper = new LiquidationKeeper(rpc, venue, liquidator);
            Map<String, Double> start = new HashMap<>();
            config.venue().feeds().forEach(f -> start.put(f.symbol(), f.startPrice().doubleValue()));
            PriceKeeper priceKeeper = new PriceKeeper(rpc, deployer, contracts.priceFeeds(),
                    new PricePath(config.pricePath(), config.seed(), start), config.keeperInterval(),
                    liquidationKeeper::signal);
            // on JVM exit or Ctrl-C: the devnet's users (their watchers), the keepers, then anvil
            // (one hook, no race between them)
            AtomicReference<Runnable> usersShutdown = new AtomicReference<>(() -> { });
            anvil.beforeShutdown(() -> {
                usersShutdown.get().run();
                priceKeeper.close();
                liquidationKeeper.close();
            });
            if (config.keepers()) {
                liquidationKeeper.start();
                priceKeeper.start();
            }
            return new Devnet(anvil, rpc, info, contracts, venue, priceKeeper, liquidationKeeper,
                    Duration.ofNanos(System.nanoTime() - t0), usersShutdown);
        } catch (Exception e) {
            if (rpc != null) {
                rpc.close();
            }
            anvil.close();
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("devnet start failed: " + e.getMessage(), e);
        }
    }

    private static void prepare(Runnable work) {
        Thread.ofPlatform().name("devnet-prepare").daemon(true).start(work);
    }

    private static <T> T join(CompletableFuture<T> preparation) {
        try {
            return preparation.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    public DevnetInfo info() {
        return info;
    }

    public DevnetContracts contracts() {
        return contracts;
    }

    /** JSON-RPC with anvil's own methods (mining, time, impersonated sends). */
    public AnvilRpc rpc() {
        return rpc;
    }

    /** Typed reads of the venue: account views, liquidatable accounts, parameters. */
    public SolventVenueClient venue() {
        return venue;
    }

    /** Maps the venue's state onto the core's Account, PriceSet and MarginPolicy (reads the venue's parameters once). */
    public ReferenceVenueReader referenceReader() {
        return new ReferenceVenueReader(rpc.caller(), venue);
    }

    /**
     * Starts the keepers of a devnet started without them (idempotent). For a caller that sends its
     * own transactions from the deployer first (the Aave market): the price keeper sends from the
     * same address with nonces of its own, so the two must not overlap.
     */
    public void startKeepers() {
        liquidationKeeper.start();
        priceKeeper.start();
    }

    public PriceKeeper priceKeeper() {
        return priceKeeper;
    }

    public LiquidationKeeper liquidationKeeper() {
        return liquidationKeeper;
    }

    /** Wall time from {@link #start} to ready: anvil up, contracts deployed, accounts seeded, keepers started. */
    public Duration startupTime() {
        return startupTime;
    }

    public long anvilPid() {
        return anvil.pid();
    }

    public boolean isRunning() {
        return anvil.isAlive();
    }

    /**
     * Work to run when the JVM exits (Ctrl-C, SIGTERM) before the keepers and anvil stop: a watcher
     * of this devnet closes its connections first rather than logging the node's disappearance as
     * errors. Replaces an earlier registration.
     */
    public void beforeShutdown(Runnable work) {
        usersShutdown.set(Objects.requireNonNull(work, "work"));
    }

    /** Stops the keepers, then anvil (and any child process); idempotent. */
    @Override
    public void close() {
        priceKeeper.close();
        liquidationKeeper.close();
        rpc.close();
        anvil.close();
    }
}
