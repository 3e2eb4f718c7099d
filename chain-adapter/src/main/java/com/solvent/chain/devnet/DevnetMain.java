package com.solvent.chain.devnet;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a devnet until SIGTERM or Ctrl-C, which stop anvil too.
 *
 * <pre>
 * --json            print the DevnetInfo as JSON on stdout once ready (nothing else goes to stdout)
 * --seed N          seed of the accounts and price path (default 42)
 * --accounts N      filler accounts besides the five story accounts (default 100)
 * --interval-ms N   milliseconds between price moves (default 1000)
 * --no-keepers      no price moves, no liquidations
 * </pre>
 */
public final class DevnetMain {
    private DevnetMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        DevnetConfig config = DevnetConfig.defaults();
        boolean json = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--json" -> json = true;
                    case "--seed" -> config = config.withSeed(Long.parseLong(value(args, ++i, "--seed")));
                    case "--accounts" -> config = config.withFillerAccounts(Integer.parseInt(value(args, ++i, "--accounts")));
                    case "--interval-ms" -> config = config.withKeeperInterval(
                            Duration.ofMillis(Long.parseLong(value(args, ++i, "--interval-ms"))));
                    case "--no-keepers" -> config = config.withKeepers(false);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + " (expected --json, --seed N, --accounts N, --interval-ms N, --no-keepers)");
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println("devnet: " + e.getMessage());
            System.exit(2);
            return;
        }
        run(config, json, System.out, System.err);
    }

    /**
     * Starts the devnet, reports it, and blocks until the JVM shuts down: the devnet's own
     * shutdown hook then stops the keepers and anvil.
     */
    public static void run(DevnetConfig config, boolean json, PrintStream out, PrintStream err) throws InterruptedException {
        Devnet devnet = Devnet.start(config);
        if (json) {
            out.println(devnet.info().toJson());
            out.flush();
        } else {
            DevnetInfo info = devnet.info();
            out.printf("Solvent devnet ready in %d ms: %s (chain %d), venue %s, %d accounts; Ctrl-C stops it.%n",
                    devnet.startupTime().toMillis(), info.httpUrl(), info.chainId(), info.venue(), info.accounts().size());
        }
        err.flush();
        new CountDownLatch(1).await();
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }
}
