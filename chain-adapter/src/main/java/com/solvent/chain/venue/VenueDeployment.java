package com.solvent.chain.venue;

/**
 * One published deployment of a venue on one chain.
 *
 * @param id                     stable key, e.g. {@code "aave-v3-ethereum"}
 * @param protocol               e.g. {@code "aave-v3"}
 * @param market                 the venue's own name for the market, e.g. {@code "AaveV3Ethereum"}
 * @param chain                  human name of the chain
 * @param chainId                EIP-155 chain id
 * @param poolAddressesProvider  Aave: the market's PoolAddressesProvider, all an adapter needs
 * @param pool                   Aave: the Pool proxy
 * @param poolDataProvider       Aave: AaveProtocolDataProvider
 * @param oracle                 Aave: AaveOracle
 * @param source                 where the addresses were read (package, version, file, fields)
 */
public record VenueDeployment(String id, String protocol, String market, String chain, long chainId,
                              String poolAddressesProvider, String pool, String poolDataProvider, String oracle,
                              String source) {
}
