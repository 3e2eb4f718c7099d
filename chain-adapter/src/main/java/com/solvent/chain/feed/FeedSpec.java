package com.solvent.chain.feed;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Chainlink-compatible price feed to watch ({@code decimals}, {@code description},
 * {@code latestRoundData}, event {@code AnswerUpdated}).
 *
 * @param asset           the asset symbol the answer prices in USD, e.g. {@code "ETH"}
 * @param address         the aggregator (or proxy) to read
 * @param heartbeat       the feed's maximum time between updates; an older answer is STALE
 * @param dailyVolatility daily log-return volatility to attach to the price (the chain has none), {@code >= 0}
 * @param sequencer       the L2 sequencer-uptime feed guarding this price, if any
 */
public record FeedSpec(String asset, String address, Duration heartbeat, double dailyVolatility,
                       Optional<SequencerSpec> sequencer) {
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");

    public FeedSpec {
        if (asset == null || asset.isBlank()) {
            throw new IllegalArgumentException("feed.asset must not be blank");
        }
        address = checkAddress(address, "feed " + asset + ".address");
        Objects.requireNonNull(heartbeat, "feed " + asset + ".heartbeat is required");
        if (heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("feed " + asset + ".heartbeat must be positive, was " + heartbeat);
        }
        if (!(dailyVolatility >= 0 && Double.isFinite(dailyVolatility))) {
            throw new IllegalArgumentException("feed " + asset + ".dailyVolatility must be finite and >= 0, was " + dailyVolatility);
        }
        Objects.requireNonNull(sequencer, "feed " + asset + ".sequencer is required (Optional.empty() for none)");
    }

    /** A feed on an L1 (no sequencer). */
    public static FeedSpec of(String asset, String address, Duration heartbeat, double dailyVolatility) {
        return new FeedSpec(asset, address, heartbeat, dailyVolatility, Optional.empty());
    }

    public FeedSpec withSequencer(SequencerSpec spec) {
        return new FeedSpec(asset, address, heartbeat, dailyVolatility, Optional.of(spec));
    }

    static String checkAddress(String address, String field) {
        if (address == null || !ADDRESS.matcher(address).matches()) {
            throw new IllegalArgumentException(field + " must be a 0x-prefixed 20-byte hex address, was " + address);
        }
        return address.toLowerCase(Locale.ROOT);
    }
}
