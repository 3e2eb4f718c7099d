package com.solvent.app.fx;

import com.solvent.chain.health.ConnectionHealth;
import com.solvent.chain.snapshot.ChainSnapshot;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.AssetPrice;
import com.solvent.model.price.PriceSet;

import java.time.Duration;
import java.util.List;

/** Maps the chain adapter's {@link ChainSnapshot} onto the engine's inputs and the status bar's terms. */
public final class SnapshotStates {
    private SnapshotStates() {
    }

    /** The engine inputs and connection of one snapshot, evaluated under {@code policy}. */
    public static MarketState of(ChainSnapshot snapshot, String chain, long chainId, MarginPolicy policy) {
        ConnectionHealth health = snapshot.health();
        ChainStatus status = new ChainStatus(chain, chainId, snapshot.blockNumber(), snapshot.blockTime(),
                latency(health), connection(health), detail(health));
        return new MarketState(List.copyOf(snapshot.accounts().values()), withSettlementAsset(snapshot, policy),
                policy, status);
    }

    /** Like {@link #of(ChainSnapshot, String, long, MarginPolicy)} with only {@code accounts} of the snapshot. */
    public static MarketState of(ChainSnapshot snapshot, String chain, long chainId, MarginPolicy policy,
                                 List<com.solvent.model.account.Account> accounts) {
        ConnectionHealth health = snapshot.health();
        ChainStatus status = new ChainStatus(chain, chainId, snapshot.blockNumber(), snapshot.blockTime(),
                latency(health), connection(health), detail(health));
        return new MarketState(accounts, withSettlementAsset(snapshot, policy), policy, status);
    }

    /**
     * The venue values its settlement asset at exactly 1 USD by contract (it has no feed; see
     * {@code VenueConfig.Collateral#isSettlementAsset}), so the snapshot carries no price for it.
     * The engine needs one: add it as a fresh 1 USD price at the block time.
     */
    static PriceSet withSettlementAsset(ChainSnapshot snapshot, MarginPolicy policy) {
        PriceSet prices = snapshot.prices();
        String settlement = policy.settlementAsset();
        if (prices.prices().containsKey(settlement)) {
            return prices;
        }
        return prices.with(settlement, AssetPrice.fresh(1.0, 0.0, snapshot.blockTime()));
    }

    /** The status bar's connection state of {@code health}. */
    public static ConnectionState connection(ConnectionHealth health) {
        return switch (health.state()) {
            case CONNECTING -> ConnectionState.CONNECTING;
            case CONNECTED -> ConnectionState.CONNECTED;
            case LAGGING -> ConnectionState.LAGGING;
            case DEGRADED -> ConnectionState.DEGRADED;
            case RECONNECTING -> ConnectionState.RECONNECTING;
            case FAILED -> ConnectionState.FAILED;
        };
    }

    static Duration latency(ConnectionHealth health) {
        return switch (health) {
            case ConnectionHealth.Connected c -> c.latency();
            case ConnectionHealth.Lagging l -> l.latency();
            case ConnectionHealth.Degraded d -> d.latency();
            default -> Duration.ZERO;
        };
    }

    static String detail(ConnectionHealth health) {
        return switch (health) {
            case ConnectionHealth.Connected c -> "";
            case ConnectionHealth.Connecting c -> "connecting to " + c.endpoint();
            case ConnectionHealth.Lagging l -> l.blocksBehind() + " blocks behind the head";
            case ConnectionHealth.Degraded d -> d.reason();
            case ConnectionHealth.Reconnecting r -> "attempt " + r.attempt() + ": " + r.reason();
            case ConnectionHealth.Failed f -> f.reason();
        };
    }
}
