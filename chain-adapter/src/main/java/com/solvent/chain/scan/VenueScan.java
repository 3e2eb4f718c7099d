package com.solvent.chain.scan;

import com.solvent.chain.health.ConnectionHealth;
import com.solvent.chain.snapshot.ChainSnapshot;

import java.util.Objects;
import java.util.Optional;

/**
 * The state of a whole venue as a scan last published it: immutable, safe to hand to any thread.
 *
 * @param snapshot   the newest snapshot of every discovered account, feeds and prices; empty until the first
 *                   full read finished (then only the progress moves)
 * @param progress   discovery and reading progress
 * @param connection the link to the node now (the snapshot's own health is the one it was published with)
 */
public record VenueScan(Optional<ChainSnapshot> snapshot, ScanProgress progress, ConnectionHealth connection) {
    public VenueScan {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(connection, "connection");
    }

    /** True once every discovered account has been read at least once and the scan follows the chain. */
    public boolean live() {
        return progress.phase() == ScanPhase.LIVE && snapshot.isPresent();
    }
}
