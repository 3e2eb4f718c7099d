package com.solvent.app.session;

import com.solvent.app.venue.ReplaySource;
import com.solvent.chain.rpc.RedactedUrl;
import com.solvent.chain.scan.BookFigures;
import com.solvent.chain.scan.ReplayRequest;
import com.solvent.chain.scan.ReplayResult;
import com.solvent.chain.scan.ScanConfig;
import com.solvent.chain.scan.VenueHistory;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.task.TaskMonitor;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * The reference venue's past blocks through a {@link VenueHistory}, opened on first use (a session
 * whose desk never replays opens no connection for it) and reopened after a connection failure.
 * One caller at a time: the methods are synchronized.
 */
public final class ScanReplay implements ReplaySource, AutoCloseable {
    private final ScanConfig config;
    private final MarginPolicy policy;
    private final Origin origin;
    private VenueHistory history;
    private boolean closed;

    ScanReplay(ScanConfig config, MarginPolicy policy, String source, RedactedUrl rpc, long chainId, String venue) {
        this.config = config;
        this.policy = policy;
        this.origin = new Origin(source, rpc.toString(), chainId, venue, policy.name());
    }

    @Override
    public Origin origin() {
        return origin;
    }

    @Override
    public synchronized long head() throws IOException {
        return guarded(h -> h.head().number());
    }

    @Override
    public synchronized ReplayResult replay(ReplayRequest request, TaskMonitor monitor, Consumer<BookFigures> onPoint)
            throws IOException {
        return guarded(h -> h.replay(request, policy, monitor, onPoint));
    }

    private <T> T guarded(Call<T> call) throws IOException {
        if (closed) {
            throw new IOException("the session is closed");
        }
        if (history == null) {
            history = VenueHistory.open(config);
        }
        try {
            return call.on(history);
        } catch (IOException e) {
            history.close(); // the next replay connects again
            history = null;
            throw e;
        }
    }

    @FunctionalInterface
    private interface Call<T> {
        T on(VenueHistory history) throws IOException;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (history != null) {
            history.close();
            history = null;
        }
    }
}
