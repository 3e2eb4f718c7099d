package com.solvent.app.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user asked to watch on a node of their own.
 *
 * @param rpcUrl      the endpoint as typed, key included (never logged; see {@link com.solvent.chain.rpc.RedactedUrl})
 * @param venue       {@value #REFERENCE} or an Aave venue id: {@code aave-v3} (the registry entry of the node's
 *                    chain) or {@code aave-v3-<chain>}
 * @param deployment  the reference venue's deployment JSON ({@code solvent devnet --json}); required for it only
 * @param accounts    addresses to watch besides the restored workspace
 */
public record RpcOptions(String rpcUrl, String venue, Optional<Path> deployment, List<String> accounts) {
    /** The venue id of the reference venue (its addresses come from {@code --deployment}). */
    public static final String REFERENCE = "reference";
    /** The protocol id of Aave v3 in the venue registry. */
    public static final String AAVE_V3 = "aave-v3";

    public RpcOptions {
        Objects.requireNonNull(rpcUrl, "rpcUrl");
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(deployment, "deployment");
        accounts = List.copyOf(accounts);
    }

    public boolean isAave() {
        return venue.equals(AAVE_V3) || venue.startsWith(AAVE_V3 + "-");
    }
}
