package com.solvent.app.session;

import com.solvent.app.venue.ScanPhase;
import com.solvent.app.venue.ScanStatus;
import com.solvent.app.venue.ScanText;
import com.solvent.chain.health.ConnectionHealth;
import com.solvent.chain.scan.ScanProgress;
import com.solvent.chain.scan.VenueScan;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The chain scan's progress in the desk's terms: phases, counts, and the problem said plainly. */
class VenueScanStatesTest {
    private static final ConnectionHealth UP = new ConnectionHealth.Connected(Duration.ofMillis(5));

    private static ScanStatus status(ScanProgress progress, ConnectionHealth connection) {
        return VenueScanStates.status(new VenueScan(Optional.empty(), progress, connection), "http://node/v3/***");
    }

    @Test
    void discoveryCountsTheBlocksFromTheDeploymentToTheHead() {
        // deployed at block 100, events read up to 1,099 of 2,099
        ScanStatus s = status(new ScanProgress(com.solvent.chain.scan.ScanPhase.DISCOVERING, 100, 1_099, 2_099, 42, 0, 0, ""),
                UP);

        assertThat(s.phase()).isEqualTo(ScanPhase.DISCOVERING);
        assertThat(s.blocksScanned()).isEqualTo(1_000);
        assertThat(s.blocksTotal()).isEqualTo(2_000);
        assertThat(s.progress()).isEqualTo(0.5);
        assertThat(ScanText.progress(s)).isEqualTo("1,000 of 2,000 blocks searched · 42 accounts found");
        assertThat(s.hasError()).isFalse();
    }

    @Test
    void readingCountsTheAccountsOfTheFullRead() {
        ScanStatus s = status(new ScanProgress(com.solvent.chain.scan.ScanPhase.READING, 0, 50, 50, 120, 30, 120, ""), UP);

        assertThat(s.phase()).isEqualTo(ScanPhase.READING);
        assertThat(ScanText.progress(s)).isEqualTo("30 of 120 accounts read");
        assertThat(s.progress()).isEqualTo(0.25);
    }

    @Test
    void anUnreachableNodeIsSaidAsSuchWithTheAttempt() {
        ScanStatus s = status(new ScanProgress(com.solvent.chain.scan.ScanPhase.DISCOVERING, 0, 10, 50, 3, 0, 0,
                "Connection refused"), new ConnectionHealth.Reconnecting(3, Instant.EPOCH, "Connection refused"));

        assertThat(s.lastError()).isEqualTo("Cannot reach the node at http://node/v3/***; retrying (attempt 3): "
                + "Connection refused");
    }

    @Test
    void aScanThatStoppedSaysWhyAndIsNotWorking() {
        ScanStatus s = status(new ScanProgress(com.solvent.chain.scan.ScanPhase.FAILED, 0, -1, -1, 0, 0, 0,
                "the node serves chain id 1, the deployment is on chain id 31337"),
                new ConnectionHealth.Failed("the node serves chain id 1, the deployment is on chain id 31337"));

        assertThat(s.phase()).isEqualTo(ScanPhase.FAILED);
        assertThat(s.phase().complete()).isFalse();
        assertThat(s.lastError()).startsWith("The venue scan stopped: ").contains("chain id 1");
        assertThat(ScanText.phase(s.phase())).isEqualTo("Scan stopped");
    }

    @Test
    void aFailedReadWhileLiveIsShownUntilTheNextGoodBlock() {
        ScanStatus failing = status(new ScanProgress(com.solvent.chain.scan.ScanPhase.LIVE, 0, 80, 80, 12, 12, 12,
                "eth_call timed out"), UP);
        ScanStatus good = status(new ScanProgress(com.solvent.chain.scan.ScanPhase.LIVE, 0, 81, 81, 12, 12, 12, ""), UP);

        assertThat(failing.lastError()).isEqualTo("The last read failed: eth_call timed out");
        assertThat(good.hasError()).isFalse();
        assertThat(good.phase()).isEqualTo(ScanPhase.LIVE);
        assertThat(good.accountsFound()).isEqualTo(12);
    }
}
