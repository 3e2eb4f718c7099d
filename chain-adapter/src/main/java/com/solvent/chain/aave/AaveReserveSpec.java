package com.solvent.chain.aave;

/**
 * A reserve the devnet lists on its Aave market, with Aave's risk parameters in basis points.
 *
 * @param symbol                   the devnet token (USDC, WETH, WBTC)
 * @param feed                     symbol of the devnet price feed that prices it (ETH, BTC), null for a new 1 USD feed
 * @param ltvBps                   loan to value, 8000 = 80%
 * @param liquidationThresholdBps  liquidation threshold, 8250 = 82.5%
 * @param liquidationBonusBps      collateral paid per unit of debt value repaid, Aave's form: 10500 = 5% bonus
 * @param protocolFeeBps           share of the bonus the treasury takes, 1000 = 10%
 */
public record AaveReserveSpec(String symbol, String feed, int ltvBps, int liquidationThresholdBps,
                              int liquidationBonusBps, int protocolFeeBps) {
    public AaveReserveSpec {
        if (ltvBps < 0 || ltvBps > liquidationThresholdBps || liquidationThresholdBps > 10_000) {
            throw new IllegalArgumentException("reserve " + symbol + ": need 0 <= ltvBps <= liquidationThresholdBps <= 10000, was "
                    + ltvBps + " / " + liquidationThresholdBps);
        }
        if (liquidationBonusBps < 10_000) {
            throw new IllegalArgumentException("reserve " + symbol + ".liquidationBonusBps is in Aave's form (10500 = 5%), was "
                    + liquidationBonusBps);
        }
    }
}
