package com.solvent.app.cli.devnet;

import com.solvent.chain.devnet.DevnetConfig;
import com.solvent.chain.devnet.DevnetMain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * {@code solvent devnet}: runs the embedded devnet on its own so other tools can point at it, until
 * SIGTERM or Ctrl-C, which stop anvil too.
 */
@Command(name = "devnet", mixinStandardHelpOptions = true,
        description = {"Starts the local devnet (anvil, reference venue, demo accounts, keepers) and keeps it",
                "running until stopped (SIGTERM or Ctrl-C stop anvil too)."})
public final class DevnetCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print the RPC URLs, chain id, contract addresses and accounts as JSON once ready.")
    boolean json;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the demo accounts and the price path (default: ${DEFAULT-VALUE}).")
    long seed = DevnetConfig.defaults().seed();

    @Option(names = "--accounts", paramLabel = "N", description = "Filler accounts besides the story accounts (default: ${DEFAULT-VALUE}).")
    int fillerAccounts = DevnetConfig.defaults().fillerAccounts();

    @Option(names = "--interval-ms", paramLabel = "MS", description = "Milliseconds between price moves (default: ${DEFAULT-VALUE}).")
    long intervalMillis = DevnetConfig.defaults().keeperInterval().toMillis();

    @Option(names = "--no-keepers", description = "No price moves and no liquidations.")
    boolean noKeepers;

    @Override
    public Integer call() throws InterruptedException {
        DevnetConfig config = DevnetConfig.defaults()
                .withSeed(seed)
                .withFillerAccounts(fillerAccounts)
                .withKeeperInterval(Duration.ofMillis(intervalMillis))
                .withKeepers(!noKeepers);
        DevnetMain.run(config, json, System.out, System.err);
        return 0;
    }
}
