package com.solvent.chain.contracts;

import java.math.BigInteger;

/**
 * One open position as {@code SolventVenue.accountView} reports it: raw on-chain integers, every
 * amount and price in wad (18 decimals, USD for values, underlying units for size).
 *
 * @param marketId               the venue's market index
 * @param size                   signed size, wad; {@code > 0} long
 * @param entryPrice             average entry price, wad USD
 * @param isolated               true for an isolated position
 * @param isolatedMargin         USD collateral of an isolated position, wad (0 when cross)
 * @param markPrice              the oracle price the view used, wad USD
 * @param notional               |size| x mark, wad USD
 * @param unrealizedPnl          size x (mark - entry), wad USD, signed
 * @param initialMargin          notional / maxLeverage(tier), wad USD
 * @param maintenanceMargin      notional x mmf(tier) - deduction(tier), wad USD
 * @param isolatedEquity         isolatedMargin + uPnL for an isolated position, 0 when cross
 * @param isolatedLiquidatable   whether the isolated position can be liquidated (false when cross)
 */
public record VenuePositionView(int marketId, BigInteger size, BigInteger entryPrice, boolean isolated,
                                BigInteger isolatedMargin, BigInteger markPrice, BigInteger notional,
                                BigInteger unrealizedPnl, BigInteger initialMargin, BigInteger maintenanceMargin,
                                BigInteger isolatedEquity, boolean isolatedLiquidatable) {
    /** Number of 32-byte ABI words of the contract's {@code PositionView} struct. */
    static final int WORDS = 12;
}
