package com.solvent.app.workspace;

import com.solvent.app.fx.Theme;
import com.solvent.app.watchlist.WatchedAccount;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user arranged and expects to find again at the next start.
 *
 * @param accounts  watched accounts in the user's order
 * @param theme     light or dark
 * @param window    window position, size and pane split
 * @param lastConnection  the node last watched with {@code --rpc}, if any
 */
public record Workspace(List<WatchedAccount> accounts, Theme theme, WindowLayout window,
                        Optional<LastConnection> lastConnection) {
    public static final Workspace EMPTY = new Workspace(List.of(), Theme.LIGHT, WindowLayout.DEFAULT);

    public Workspace {
        accounts = List.copyOf(Objects.requireNonNull(accounts, "accounts"));
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(lastConnection, "lastConnection");
    }

    public Workspace(List<WatchedAccount> accounts, Theme theme, WindowLayout window) {
        this(accounts, theme, window, Optional.empty());
    }

    public Workspace withAccounts(List<WatchedAccount> next) {
        return new Workspace(next, theme, window, lastConnection);
    }

    public Workspace withTheme(Theme next) {
        return new Workspace(accounts, next, window, lastConnection);
    }

    public Workspace withWindow(WindowLayout next) {
        return new Workspace(accounts, theme, next, lastConnection);
    }

    public Workspace withLastConnection(Optional<LastConnection> next) {
        return new Workspace(accounts, theme, window, next);
    }
}
