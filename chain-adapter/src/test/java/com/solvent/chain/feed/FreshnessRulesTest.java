package com.solvent.chain.feed;

import com.solvent.model.price.Freshness;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The oracle vectors of VENUES.md: TV-OR-1 (sequencer uptime feed, as GMX's validateSequencerUp)
 * and TV-OR-2 (Chainlink heartbeat and non-positive answers, as GMX's ChainlinkPriceFeedUtils).
 */
class FreshnessRulesTest {
    private static final Instant NOW = Instant.ofEpochSecond(1_700_000_000L);
    private static final Duration HEARTBEAT = Duration.ofSeconds(3600);
    private static final Duration GRACE = Duration.ofSeconds(3600);

    private static RoundData round(long id, long answer, long updatedAt, long answeredIn) {
        return new RoundData(BigInteger.valueOf(id), BigInteger.valueOf(answer), BigInteger.valueOf(updatedAt),
                BigInteger.valueOf(updatedAt), BigInteger.valueOf(answeredIn));
    }

    private static RoundData sequencerRound(long answer, long startedAt) {
        return new RoundData(BigInteger.ONE, BigInteger.valueOf(answer), BigInteger.valueOf(startedAt),
                BigInteger.valueOf(startedAt), BigInteger.ONE);
    }

    @Test
    void tvOr2_withinHeartbeatIsFresh() {
        FeedStatus s = FreshnessRules.judge(round(5, 3_000_00000000L, NOW.getEpochSecond() - 3600, 5), HEARTBEAT, NOW,
                SequencerStatus.UP);
        assertThat(s.freshness()).isEqualTo(Freshness.FRESH);
        assertThat(s.reason()).isEmpty();
    }

    @Test
    void tvOr2_olderThanHeartbeatIsStaleWithTheAgeInTheReason() {
        FeedStatus s = FreshnessRules.judge(round(5, 3_000_00000000L, NOW.getEpochSecond() - 3601, 5), HEARTBEAT, NOW,
                SequencerStatus.UP);
        assertThat(s.freshness()).isEqualTo(Freshness.STALE);
        assertThat(s.reason()).contains("3601 s ago", "heartbeat 3600 s");
    }

    @Test
    void tvOr2_nonPositiveAnswerIsInvalid() {
        assertThat(FreshnessRules.judge(round(5, 0, NOW.getEpochSecond(), 5), HEARTBEAT, NOW, SequencerStatus.UP).freshness())
                .isEqualTo(Freshness.INVALID);
        FeedStatus negative = FreshnessRules.judge(round(5, -1, NOW.getEpochSecond(), 5), HEARTBEAT, NOW, SequencerStatus.UP);
        assertThat(negative.freshness()).isEqualTo(Freshness.INVALID);
        assertThat(negative.reason()).contains("not positive");
    }

    @Test
    void incompleteRoundsAreInvalid() {
        FeedStatus notUpdated = FreshnessRules.judge(round(5, 100, 0, 5), HEARTBEAT, NOW, SequencerStatus.UP);
        assertThat(notUpdated.freshness()).isEqualTo(Freshness.INVALID);
        assertThat(notUpdated.reason()).contains("updatedAt = 0");
        FeedStatus carried = FreshnessRules.judge(round(7, 100, NOW.getEpochSecond(), 6), HEARTBEAT, NOW, SequencerStatus.UP);
        assertThat(carried.freshness()).isEqualTo(Freshness.INVALID);
        assertThat(carried.reason()).contains("earlier round 6");
    }

    @Test
    void anUpdateFarInTheFutureIsInvalid() {
        FeedStatus s = FreshnessRules.judge(round(5, 100, NOW.getEpochSecond() + 86_400, 5), HEARTBEAT, NOW, SequencerStatus.UP);
        assertThat(s.freshness()).isEqualTo(Freshness.INVALID);
    }

    @Test
    void tvOr1_sequencerDownWhenAnswerIsOne() {
        assertThat(FreshnessRules.sequencer(sequencerRound(1, NOW.getEpochSecond() - 10_000), GRACE, NOW))
                .isEqualTo(SequencerStatus.DOWN);
    }

    @Test
    void tvOr1_inGraceUntilGracePeriodHasPassed() {
        // GMX: reverts SequencerGraceDurationNotYetPassed while block.timestamp - startedAt <= grace
        assertThat(FreshnessRules.sequencer(sequencerRound(0, NOW.getEpochSecond() - 3600), GRACE, NOW))
                .isEqualTo(SequencerStatus.IN_GRACE);
        assertThat(FreshnessRules.sequencer(sequencerRound(0, NOW.getEpochSecond() - 3601), GRACE, NOW))
                .isEqualTo(SequencerStatus.UP);
    }

    @Test
    void tvOr1_aFreshPriceIsStaleWhileTheSequencerIsDownOrInGrace() {
        RoundData fresh = round(5, 3_000_00000000L, NOW.getEpochSecond(), 5);
        FeedStatus down = FreshnessRules.judge(fresh, HEARTBEAT, NOW, SequencerStatus.DOWN);
        assertThat(down.freshness()).isEqualTo(Freshness.STALE);
        assertThat(down.reason()).contains("sequencer is down");
        assertThat(FreshnessRules.judge(fresh, HEARTBEAT, NOW, SequencerStatus.IN_GRACE).freshness())
                .isEqualTo(Freshness.STALE);
    }

    @Test
    void unknownSequencerAnswersCountAsDown() {
        assertThat(FreshnessRules.sequencer(sequencerRound(2, NOW.getEpochSecond() - 99_999), GRACE, NOW))
                .isEqualTo(SequencerStatus.DOWN);
        assertThat(FreshnessRules.sequencer(sequencerRound(0, 0), GRACE, NOW)).isEqualTo(SequencerStatus.DOWN);
    }
}
