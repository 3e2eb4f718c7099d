package com.solvent.chain.devnet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a client needs to use a running devnet: where to connect, what is deployed where, and
 * which demo accounts exist with their stories. Immutable; {@link #toJson()} renders it for
 * {@code solvent devnet --json}.
 *
 * @param httpUrl          JSON-RPC over HTTP
 * @param wsUrl            JSON-RPC over WebSocket (subscriptions)
 * @param chainId          the chain id (31337)
 * @param venue            the SolventVenue address
 * @param multicall3       Multicall3 (canonical address)
 * @param tokens           collateral ERC-20s by symbol
 * @param priceFeeds       Chainlink-compatible aggregators by underlying symbol
 * @param markets          market names, index = the venue's market id
 * @param deployer         venue owner, token minter, feed keeper (the price keeper sends from it)
 * @param liquidator       the liquidation keeper's address
 * @param seed             seed of the accounts and the price path
 * @param startBlock       the block that holds the deployment and the seeded accounts
 * @param keeperIntervalMs time between price moves, milliseconds (0 when the keepers are off)
 * @param accounts         seeded accounts with their stories: the five story accounts first, then fillers
 */
public record DevnetInfo(String httpUrl, String wsUrl, long chainId, String venue, String multicall3,
                         Map<String, String> tokens, Map<String, String> priceFeeds, List<String> markets,
                         String deployer, String liquidator, long seed, long startBlock, long keeperIntervalMs,
                         List<SeededAccount> accounts) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public DevnetInfo {
        tokens = Collections.unmodifiableMap(new TreeMap<>(tokens));
        priceFeeds = Collections.unmodifiableMap(new TreeMap<>(priceFeeds));
        markets = List.copyOf(markets);
        accounts = List.copyOf(accounts);
    }

    /** The seeded account with {@code label}, e.g. {@link SeededAccount#DOOMED}. */
    public Optional<SeededAccount> account(String label) {
        return accounts.stream().filter(a -> a.label().equals(label)).findFirst();
    }

    /** The account with {@code label}; fails naming the label when there is none. */
    public SeededAccount requireAccount(String label) {
        return account(label).orElseThrow(() -> new IllegalArgumentException("no seeded account labelled " + label));
    }

    /** Pretty-printed JSON with every field of this record. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render DevnetInfo as JSON", e);
        }
    }
}
