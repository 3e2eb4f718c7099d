package com.solvent.app.session;

import com.solvent.app.venue.VenueFeed;
import com.solvent.app.watchlist.WatchedAccount;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the workstation's numbers come from: the embedded devnet, a node the user names
 * ({@code --rpc}), or a portfolio file (offline). A session feeds one
 * {@link com.solvent.app.fx.EngineRiskService} from the moment it is open until it is closed;
 * the views see only the {@link com.solvent.app.fx.LiveRiskService} and never which session it is.
 */
public interface Session extends AutoCloseable {
    /** One line for the user: the source, with any RPC URL redacted. */
    String describe();

    /** Labelled accounts offered on a first start (an empty watchlist). */
    List<WatchedAccount> firstAccounts();

    /**
     * Accounts that become available after opening (the devnet's Aave market, deployed in the
     * background), offered like {@link #firstAccounts()}; called at most once, on some other thread.
     */
    default void onMoreAccounts(Consumer<List<WatchedAccount>> action) {
    }

    /**
     * Every account of the venue, block by block, for the risk desk; empty when this session cannot
     * scan its venue (the desk then says so). The session owns the feed and closes it with itself.
     */
    default Optional<VenueFeed> venueFeed() {
        return Optional.empty();
    }

    /**
     * Why {@link #venueFeed()} is empty, in words for the desk; empty for the general reason (the
     * session reads only the watched accounts).
     */
    default String whyNoVenueScan() {
        return "";
    }

    /** Stops every reader and node this session started. */
    @Override
    void close();
}
