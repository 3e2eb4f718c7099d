package com.solvent.chain.scan;

import com.solvent.chain.account.AccountOpening;
import com.solvent.chain.account.ReferenceVenueAdapter;
import com.solvent.chain.contracts.VenueConfig;
import com.solvent.chain.devnet.DevnetInfo;
import com.solvent.chain.feed.FeedSpec;
import com.solvent.chain.rpc.RedactedUrl;
import com.solvent.chain.snapshot.WatchConfig;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a venue scan reads and from where.
 *
 * @param watch           endpoint, chain id, feeds, the venue adapter, Multicall3, limits and timing; its
 *                        accounts (usually none) are read besides the discovered ones. The adapter must
 *                        name an {@link AccountOpening} event. {@link com.solvent.chain.rpc.RpcLimits#maxBlockRange()}
 *                        is the widest eth_getLogs page asked for (narrowed where the node refuses).
 * @param deploymentBlock the block that holds the venue's deployment: no account can be older
 */
public record ScanConfig(WatchConfig watch, long deploymentBlock) {
    /** Accounts' list lengths (collateral, positions) accepted from the reference venue, as the workstation reads it. */
    static final int MAX_LIST_LENGTH = 256;

    public ScanConfig {
        Objects.requireNonNull(watch, "watch");
        if (watch.venue().isEmpty() || watch.venue().get().accountOpening().isEmpty()) {
            throw new IllegalArgumentException("a venue scan needs a venue adapter that names the event opening "
                    + "each account (the reference venue's AccountOpened)");
        }
        if (deploymentBlock < 0) {
            throw new IllegalArgumentException("deploymentBlock must not be negative, was " + deploymentBlock);
        }
    }

    /**
     * A scan of a reference-venue deployment (the JSON {@code solvent devnet --json} prints) through
     * {@code rpc}: its feeds with the venue's heartbeat and {@code dailyVolatility} attached to each
     * price, its Multicall3, and {@link DevnetInfo#startBlock()} as the deployment block.
     *
     * @param venueConfig the venue's parameters as read from its contract
     */
    public static ScanConfig forDeployment(RedactedUrl rpc, DevnetInfo deployment, VenueConfig venueConfig,
                                           double dailyVolatility) {
        Duration heartbeat = Duration.ofSeconds(venueConfig.heartbeatSeconds());
        List<FeedSpec> feeds = deployment.priceFeeds().entrySet().stream()
                .map(e -> FeedSpec.of(e.getKey(), e.getValue(), heartbeat, dailyVolatility))
                .toList();
        WatchConfig watch = WatchConfig.of(rpc, deployment.chainId())
                .withFeeds(feeds)
                .withVenue(ReferenceVenueAdapter.of(deployment.venue(), venueConfig, MAX_LIST_LENGTH), Set.of())
                .withMulticall(deployment.multicall3());
        return new ScanConfig(watch, Math.max(0, deployment.startBlock()));
    }

    /** The event that lists the accounts. */
    public AccountOpening opening() {
        return watch.venue().orElseThrow().accountOpening().orElseThrow();
    }

    /** The same scan through another endpoint (a proxy, a restarted node). */
    public ScanConfig withWatch(WatchConfig newWatch) {
        return new ScanConfig(newWatch, deploymentBlock);
    }
}
