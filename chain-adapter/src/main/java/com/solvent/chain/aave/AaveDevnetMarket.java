package com.solvent.chain.aave;

import java.time.Duration;
import java.util.Map;

/**
 * An Aave v3 market deployed on the devnet from Aave's published bytecode.
 *
 * @param poolAddressesProvider  the market's registry: the adapter needs only this address
 * @param pool                   the Pool proxy (users' entry point)
 * @param poolConfigurator       the PoolConfigurator proxy
 * @param oracle                 AaveOracle over the devnet's Chainlink-compatible aggregators
 * @param dataProvider           AaveProtocolDataProvider
 * @param aclManager             ACLManager (the devnet deployer is pool admin)
 * @param assets                 underlying token addresses by symbol
 * @param priceFeeds             the aggregator behind each asset, by token symbol (the deployer is their keeper)
 * @param accounts               opened accounts' addresses by label
 * @param liquidator             an address holding every asset and approving the Pool, for liquidation calls
 * @param treasury               receives the protocol's share of liquidation bonuses
 * @param deployTime             wall time of the deployment and the account seeding
 * @param transactions           transactions it took
 */
public record AaveDevnetMarket(String poolAddressesProvider, String pool, String poolConfigurator, String oracle,
                               String dataProvider, String aclManager, Map<String, String> assets,
                               Map<String, String> priceFeeds, Map<String, String> accounts, String liquidator,
                               String treasury, Duration deployTime, int transactions) {
    public AaveDevnetMarket {
        assets = Map.copyOf(assets);
        priceFeeds = Map.copyOf(priceFeeds);
        accounts = Map.copyOf(accounts);
    }

    /** The address of the account labelled {@code label}; fails naming it when absent. */
    public String account(String label) {
        String address = accounts.get(label);
        if (address == null) {
            throw new IllegalArgumentException("no Aave devnet account labelled " + label);
        }
        return address;
    }

    public String asset(String symbol) {
        String address = assets.get(symbol);
        if (address == null) {
            throw new IllegalArgumentException("no Aave devnet reserve " + symbol);
        }
        return address;
    }
}
