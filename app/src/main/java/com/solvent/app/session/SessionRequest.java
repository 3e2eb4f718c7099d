package com.solvent.app.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which session the user asked for on the command line, carried from {@code solvent} (picocli) to
 * the JavaFX application as {@code --key=value} arguments.
 */
public sealed interface SessionRequest {
    /** The embedded devnet (the default). */
    record Devnet() implements SessionRequest {
    }

    /** A portfolio file, or the bundled demo book when empty. */
    record Offline(Optional<Path> file) implements SessionRequest {
    }

    /** A node the user names. */
    record Rpc(RpcOptions options) implements SessionRequest {
    }

    String OFFLINE = "--offline";
    String OFFLINE_FILE = "--offline-file=";
    String RPC = "--rpc=";
    String VENUE = "--venue=";
    String DEPLOYMENT = "--deployment=";
    String ACCOUNT = "--account=";

    /** The arguments that {@link #parse} reads back as this request. */
    default List<String> toArgs() {
        List<String> args = new ArrayList<>();
        switch (this) {
            case Devnet d -> { }
            case Offline o -> o.file().ifPresentOrElse(f -> args.add(OFFLINE_FILE + f), () -> args.add(OFFLINE));
            case Rpc r -> {
                args.add(RPC + r.options().rpcUrl());
                args.add(VENUE + r.options().venue());
                r.options().deployment().ifPresent(f -> args.add(DEPLOYMENT + f));
                r.options().accounts().forEach(a -> args.add(ACCOUNT + a));
            }
        }
        return args;
    }

    /** Reads {@link #toArgs()} back; no arguments mean the devnet. */
    static SessionRequest parse(List<String> args) {
        String rpc = null;
        String venue = null;
        Path deployment = null;
        List<String> accounts = new ArrayList<>();
        for (String a : args) {
            if (a.equals(OFFLINE)) {
                return new Offline(Optional.empty());
            } else if (a.startsWith(OFFLINE_FILE)) {
                return new Offline(Optional.of(Path.of(a.substring(OFFLINE_FILE.length()))));
            } else if (a.startsWith(RPC)) {
                rpc = a.substring(RPC.length());
            } else if (a.startsWith(VENUE)) {
                venue = a.substring(VENUE.length());
            } else if (a.startsWith(DEPLOYMENT)) {
                deployment = Path.of(a.substring(DEPLOYMENT.length()));
            } else if (a.startsWith(ACCOUNT)) {
                accounts.add(a.substring(ACCOUNT.length()));
            }
        }
        if (rpc == null) {
            return new Devnet();
        }
        return new Rpc(new RpcOptions(rpc, venue != null ? venue : RpcOptions.REFERENCE, Optional.ofNullable(deployment),
                accounts));
    }
}
