package com.solvent.app.workspace;

import com.solvent.chain.rpc.RedactedUrl;

import java.util.Objects;

/**
 * The node the workstation last watched, remembered in the workspace file.
 *
 * <p>The URL is stored as the user typed it, key included: it is their own setting, kept in their
 * own workspace file (like a wallet's RPC setting), so a later start can reconnect. It is never
 * logged or shown: {@link #shown()} is the redacted form for the screen.
 *
 * @param rpcUrl      the endpoint as typed
 * @param venue       the venue id ({@code reference}, {@code aave-v3}, {@code aave-v3-ethereum}, ...)
 * @param deployment  the reference venue's deployment file, empty for Aave
 */
public record LastConnection(String rpcUrl, String venue, String deployment) {
    public LastConnection {
        Objects.requireNonNull(rpcUrl, "rpcUrl");
        Objects.requireNonNull(venue, "venue");
        deployment = deployment == null ? "" : deployment;
    }

    /** For the screen: venue and redacted URL, e.g. {@code aave-v3 at https://eth.example.com/v2/***}. */
    public String shown() {
        return venue + " at " + RedactedUrl.of(rpcUrl);
    }

    @Override
    public String toString() {
        return "LastConnection[" + shown() + "]";
    }
}
