package com.solvent.chain.feed;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;

/**
 * Judges a Chainlink round: the rules GMX and Chainlink's own guidance apply (VENUES.md TV-OR-1,
 * TV-OR-2), as pure functions of the round, the heartbeat and the time.
 */
public final class FreshnessRules {
    /** Clock skew tolerated between an answer's updatedAt and the block time, in seconds. */
    static final long FUTURE_TOLERANCE_SECONDS = 900;

    private FreshnessRules() {
    }

    /**
     * The status of a price round at chain time {@code now}.
     * INVALID: answer {@code <= 0}, {@code updatedAt == 0}, {@code answeredInRound < roundId} or an
     * update time more than 15 minutes after {@code now};
     * STALE: sequencer not UP, or {@code now - updatedAt > heartbeat}; FRESH otherwise.
     */
    public static FeedStatus judge(RoundData round, Duration heartbeat, Instant now, SequencerStatus sequencer) {
        if (round.answer().signum() <= 0) {
            return FeedStatus.invalid("answer " + round.answer() + " is not positive");
        }
        if (round.updatedAt().signum() == 0) {
            return FeedStatus.invalid("round " + round.roundId() + " is incomplete (updatedAt = 0)");
        }
        if (round.answeredInRound().compareTo(round.roundId()) < 0) {
            return FeedStatus.invalid("round " + round.roundId() + " carries the answer of earlier round "
                    + round.answeredInRound());
        }
        if (round.updatedAt().compareTo(BigInteger.valueOf(now.getEpochSecond() + FUTURE_TOLERANCE_SECONDS)) > 0) {
            return FeedStatus.invalid("round " + round.roundId() + " claims an update time after the block time");
        }
        switch (sequencer) {
            case DOWN -> {
                return FeedStatus.stale("L2 sequencer is down");
            }
            case IN_GRACE -> {
                return FeedStatus.stale("L2 sequencer restarted recently; within its grace period");
            }
            case UP -> {
                // judged on the feed's own age below
            }
        }
        long age = now.getEpochSecond() - clampSeconds(round.updatedAt());
        if (age > heartbeat.toSeconds()) {
            return FeedStatus.stale("last update " + age + " s ago, heartbeat " + heartbeat.toSeconds() + " s");
        }
        return FeedStatus.FRESH;
    }

    /**
     * The sequencer state from its uptime feed's round: answer 1 is DOWN; answer 0 with
     * {@code now - startedAt <= grace} is IN_GRACE; answer 0 otherwise is UP. Any other answer, or a
     * round that never started, is treated as DOWN (unknown means untrusted).
     */
    public static SequencerStatus sequencer(RoundData round, Duration grace, Instant now) {
        if (round.answer().equals(BigInteger.ONE) || !round.answer().equals(BigInteger.ZERO)
                || round.startedAt().signum() == 0) {
            return SequencerStatus.DOWN;
        }
        long sinceRestart = now.getEpochSecond() - clampSeconds(round.startedAt());
        return sinceRestart <= grace.toSeconds() ? SequencerStatus.IN_GRACE : SequencerStatus.UP;
    }

    /** Seconds since epoch, saturated: a timestamp of 2^255 is as good as "far future". */
    static long clampSeconds(BigInteger seconds) {
        return seconds.bitLength() < 63 ? seconds.longValue() : Long.MAX_VALUE / 2;
    }
}
