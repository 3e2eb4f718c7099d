package com.solvent.chain.contracts;

import java.math.BigInteger;
import java.util.List;

/**
 * The reference venue's parameters as read from the contract. Fractions and weights in wad.
 *
 * @param heartbeatSeconds   oldest oracle answer the venue accepts
 * @param penaltyFraction    liquidation penalty as a fraction of liquidated notional, wad
 * @param liquidatorShare    liquidator's share of the penalty, wad (the rest feeds the insurance fund)
 * @param dynamicPenalty     whether a cross penalty is capped at the group's remaining equity
 * @param targetMarginRatio  partial liquidation stops at or below this margin ratio, wad (0: full close)
 * @param partialChunk       fraction of a position's starting size closed per step, wad
 * @param collateral         collateral assets by id
 * @param markets            markets by id
 */
public record VenueConfig(long heartbeatSeconds, BigInteger penaltyFraction, BigInteger liquidatorShare,
                          boolean dynamicPenalty, BigInteger targetMarginRatio, BigInteger partialChunk,
                          List<Collateral> collateral, List<MarketConfig> markets) {
    public VenueConfig {
        collateral = List.copyOf(collateral);
        markets = List.copyOf(markets);
    }

    /**
     * A collateral asset.
     *
     * @param id        asset index (0 is the settlement asset USDC, valued at 1 USD)
     * @param token     ERC-20 address
     * @param symbol    token symbol
     * @param decimals  token decimals
     * @param feed      price feed address, the zero address for the settlement asset
     * @param weight    value weight, wad in (0, 1e18]
     */
    public record Collateral(int id, String token, String symbol, int decimals, String feed, BigInteger weight) {
        public boolean isSettlementAsset() {
            return feed.equals("0x0000000000000000000000000000000000000000");
        }
    }

    /**
     * A market.
     *
     * @param id      market index
     * @param name    e.g. {@code "ETH-PERP"}
     * @param feed    price feed of the underlying
     * @param expiry  unix seconds of a dated future's expiry, 0 for a perpetual
     * @param tiers   brackets by increasing notional floor
     */
    public record MarketConfig(int id, String name, String feed, long expiry, List<Tier> tiers) {
        public MarketConfig {
            tiers = List.copyOf(tiers);
        }

        public boolean isPerpetual() {
            return expiry == 0;
        }
    }

    /**
     * A margin bracket.
     *
     * @param notionalFloor        wad USD, inclusive lower bound
     * @param maxLeverage          whole number; initial margin = notional / maxLeverage
     * @param maintenanceFraction  wad
     * @param deduction            continuous deduction, wad USD, as the contract computed it
     */
    public record Tier(BigInteger notionalFloor, BigInteger maxLeverage, BigInteger maintenanceFraction,
                       BigInteger deduction) {
    }
}
