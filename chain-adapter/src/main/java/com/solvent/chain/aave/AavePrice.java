package com.solvent.chain.aave;

import com.solvent.model.price.Freshness;

import java.math.BigInteger;
import java.time.Instant;

/**
 * The price the Pool uses for one reserve, with the state of the feed behind it. AaveOracle itself
 * never checks staleness (it returns Chainlink's {@code latestAnswer}), so the workstation does.
 *
 * @param asset        token symbol
 * @param oraclePrice  {@code AaveOracle.getAssetPrice}, base currency with 8 decimals
 * @param source       the aggregator AaveOracle reads
 * @param answer       the aggregator's latest answer
 * @param updatedAt    when the aggregator last updated
 * @param freshness    FRESH when the answer is positive and at most a heartbeat old at the block read;
 *                     STALE when older; INVALID when not positive
 */
public record AavePrice(String asset, BigInteger oraclePrice, String source, BigInteger answer, Instant updatedAt,
                        Freshness freshness) {
}
