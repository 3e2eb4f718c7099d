package com.solvent.app.cli.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Deployment files to point the chain commands at. */
final class Deployments {
    private Deployments() {
    }

    /** A well-formed deployment file (addresses of the devnet's first deployment) on chain {@code chainId}. */
    static Path deployment(Path dir, long chainId) throws IOException {
        String json = """
                {
                  "httpUrl" : "http://127.0.0.1:8545", "wsUrl" : "ws://127.0.0.1:8545", "chainId" : %d,
                  "venue" : "0x5FC8d32690cc91D4c39d9d3abcBD16989F875707",
                  "multicall3" : "0xcA11bde05977b3631167028862bE2a173976CA11",
                  "tokens" : { "USDC" : "0x5FbDB2315678afecb367f032d93F642f64180aa3" },
                  "priceFeeds" : { "ETH" : "0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9" },
                  "markets" : [ "ETH-PERP" ], "deployer" : "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
                  "liquidator" : "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "seed" : 1, "startBlock" : 1,
                  "keeperIntervalMs" : 0, "accounts" : [ ]
                }
                """.formatted(chainId);
        Path file = dir.resolve("dep.json");
        Files.writeString(file, json);
        return file;
    }
}
