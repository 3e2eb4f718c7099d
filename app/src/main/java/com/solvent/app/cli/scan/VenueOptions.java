package com.solvent.app.cli.scan;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Which node and which deployment: the options every chain command shares (a picocli mixin). */
public final class VenueOptions {
    @Option(names = "--rpc", required = true, paramLabel = "URL",
            description = "The node (http(s):// or ws(s)://). It may hold an API key: it is shown redacted.")
    String rpc;

    @Option(names = "--deployment", required = true, paramLabel = "FILE",
            description = "The reference venue's deployment JSON, as `solvent devnet --json` prints it "
                    + "(venue, feeds, Multicall3, chain id, deployment block).")
    Path deployment;
}
