package com.solvent.chain.feed;

import java.math.BigInteger;
import java.util.Objects;

/**
 * The raw answer of {@code latestRoundData()}, exactly as the aggregator returned it.
 *
 * @param roundId         the round
 * @param answer          the price scaled by 10^decimals (int256: may be zero or negative on a broken feed)
 * @param startedAt       seconds since epoch the round started (for a sequencer feed: when the status began)
 * @param updatedAt       seconds since epoch of the answer; 0 means the round is incomplete
 * @param answeredInRound the round in which the answer was computed; below roundId means carried over
 */
public record RoundData(BigInteger roundId, BigInteger answer, BigInteger startedAt, BigInteger updatedAt,
                        BigInteger answeredInRound) {
    public RoundData {
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(answeredInRound, "answeredInRound");
    }
}
