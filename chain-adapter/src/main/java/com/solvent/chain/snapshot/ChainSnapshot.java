package com.solvent.chain.snapshot;

import com.solvent.chain.feed.FeedStatus;
import com.solvent.chain.health.ConnectionHealth;
import com.solvent.model.account.Account;
import com.solvent.model.price.PriceSet;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the margin core needs about the chain at one block, immutable and safe to hand to
 * any thread.
 *
 * <p>A price is in {@link #prices()} only once its feed has returned a valid answer; its
 * {@link com.solvent.model.price.AssetPrice#freshness()} and the matching entry of {@link #feeds()}
 * say whether it can be trusted now and why not. An account whose last read failed keeps its last
 * good value and has an entry in {@link #accountIssues()}.
 *
 * @param blockNumber    the block the state was read at
 * @param blockHash      its hash
 * @param blockTime      its timestamp (the "now" of every freshness verdict)
 * @param prices         last valid price per asset, with freshness
 * @param feeds          status of every watched feed by asset, with the reason when not FRESH
 * @param accounts       watched accounts by lower-case address
 * @param accountIssues  why an account's last read failed, by address
 * @param health         the connection's state when this snapshot was published
 * @param processingTime from the arrival of the block's header to publication (zero for a republished snapshot)
 */
public record ChainSnapshot(long blockNumber, String blockHash, Instant blockTime, PriceSet prices,
                            Map<String, FeedStatus> feeds, Map<String, Account> accounts,
                            Map<String, String> accountIssues, ConnectionHealth health, Duration processingTime) {
    public ChainSnapshot {
        Objects.requireNonNull(blockHash, "blockHash");
        Objects.requireNonNull(blockTime, "blockTime");
        Objects.requireNonNull(prices, "prices");
        feeds = Map.copyOf(feeds);
        accounts = Map.copyOf(accounts);
        accountIssues = Map.copyOf(accountIssues);
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(processingTime, "processingTime");
    }

    /** True when the connection is not live: the figures are the last good ones and getting older. */
    public boolean aging() {
        return !health.live();
    }

    /** The status of {@code asset}'s feed, empty when it is not watched. */
    public Optional<FeedStatus> feed(String asset) {
        return Optional.ofNullable(feeds.get(asset));
    }

    /** True unless the asset has a FRESH price on a live connection. */
    public boolean priceUncertain(String asset) {
        FeedStatus s = feeds.get(asset);
        return s == null || !s.trusted() || aging();
    }

    public Optional<Account> account(String address) {
        return Optional.ofNullable(accounts.get(address.toLowerCase(java.util.Locale.ROOT)));
    }

    /** Why {@code address}'s last read failed, empty when it read cleanly. */
    public Optional<String> accountIssue(String address) {
        return Optional.ofNullable(accountIssues.get(address.toLowerCase(java.util.Locale.ROOT)));
    }

    /** The same state under another connection health (the last good snapshot while reconnecting). */
    public ChainSnapshot withHealth(ConnectionHealth newHealth) {
        return new ChainSnapshot(blockNumber, blockHash, blockTime, prices, feeds, accounts, accountIssues,
                newHealth, Duration.ZERO);
    }
}
