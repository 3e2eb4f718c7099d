package com.solvent.app.session;

import com.solvent.app.fx.ChainStatus;
import com.solvent.app.fx.MarketState;
import com.solvent.app.fx.SnapshotStates;
import com.solvent.app.venue.ScanPhase;
import com.solvent.app.venue.ScanStatus;
import com.solvent.app.venue.VenueState;
import com.solvent.chain.health.ConnectionHealth;
import com.solvent.chain.scan.ScanProgress;
import com.solvent.chain.scan.VenueScan;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.PriceSet;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Maps a chain {@link VenueScan} onto the risk desk's {@link VenueState}: every account read so far,
 * the prices and the connection, and the scan's progress in the desk's terms, with the problem the
 * scan last met said plainly (the node unreachable, the scan stopped).
 */
final class VenueScanStates {
    private VenueScanStates() {
    }

    /**
     * The desk's state of {@code scan}: before the first full read an empty book with the progress;
     * afterwards every account of the newest snapshot.
     *
     * @param chain   the chain's name for the status line
     * @param labels  names of some accounts by lower-case address
     */
    static VenueState of(VenueScan scan, String chain, long chainId, MarginPolicy policy, Map<String, String> labels,
                         String endpoint) {
        MarketState market = scan.snapshot()
                .map(s -> SnapshotStates.of(s.withHealth(scan.connection()), chain, chainId, policy))
                .orElseGet(() -> new MarketState(List.of(), new PriceSet(Map.of(), Instant.now()), policy,
                        new ChainStatus(chain, chainId, 0, Instant.now(), Duration.ZERO, SnapshotStates.connection(scan.connection()),
                                "")));
        return new VenueState(market, status(scan, endpoint), labels);
    }

    /** The desk's scan status of {@code scan}'s progress and connection. */
    static ScanStatus status(VenueScan scan, String endpoint) {
        ScanProgress p = scan.progress();
        String error = problem(scan, endpoint);
        long total = p.blocksTotal();
        long scanned = Math.min(p.blocksScanned(), total);
        return switch (p.phase()) {
            case CONNECTING, DISCOVERING -> new ScanStatus(ScanPhase.DISCOVERING, scanned, total, p.accountsFound(), 0, error);
            case READING -> {
                int toRead = Math.max(p.accountsToRead(), p.accountsRead());
                yield new ScanStatus(ScanPhase.READING, total, total, toRead, p.accountsRead(), error);
            }
            case LIVE -> {
                int found = Math.max(p.accountsFound(), scan.snapshot().map(s -> s.accounts().size()).orElse(0));
                int read = scan.snapshot().map(s -> s.accounts().size()).orElse(p.accountsRead());
                yield new ScanStatus(ScanPhase.LIVE, total, total, found, Math.min(read, found), error);
            }
            case FAILED -> new ScanStatus(ScanPhase.FAILED, scanned, total, p.accountsFound(),
                    Math.min(p.accountsRead(), p.accountsFound()),
                    error.isEmpty() ? "The venue scan stopped." : error);
        };
    }

    /** The problem to show: the connection's, in words a risk officer acts on, else the scan's last error. */
    private static String problem(VenueScan scan, String endpoint) {
        return switch (scan.connection()) {
            case ConnectionHealth.Reconnecting r -> "Cannot reach the node at " + endpoint + "; retrying (attempt "
                    + r.attempt() + "): " + r.reason();
            case ConnectionHealth.Failed f -> "The venue scan stopped: " + f.reason();
            case ConnectionHealth.Degraded d -> "The node answers badly: " + d.reason();
            default -> scan.progress().lastError().isEmpty() ? "" : "The last read failed: " + scan.progress().lastError();
        };
    }
}
