package com.solvent.chain.devnet;

import java.util.List;
import java.util.Map;

/**
 * Where the devnet deployed its contracts.
 *
 * @param venue       the SolventVenue
 * @param multicall3  Multicall3, at its canonical address
 * @param tokens      ERC-20 collateral tokens by symbol (USDC, WETH, WBTC)
 * @param priceFeeds  Chainlink-compatible aggregators by underlying symbol (ETH, BTC)
 * @param markets     market names by market id
 * @param deployer    owner of the venue and the tokens, keeper of the feeds
 * @param liquidator  the liquidation keeper's address
 */
public record DevnetContracts(String venue, String multicall3, Map<String, String> tokens,
                              Map<String, String> priceFeeds, List<String> markets, String deployer,
                              String liquidator) {
    /** Multicall3's address on every chain. */
    public static final String MULTICALL3_ADDRESS = "0xcA11bde05977b3631167028862bE2a173976CA11";

    public DevnetContracts {
        tokens = Map.copyOf(tokens);
        priceFeeds = Map.copyOf(priceFeeds);
        markets = List.copyOf(markets);
    }
}
