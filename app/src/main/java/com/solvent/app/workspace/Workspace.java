package com.solvent.app.workspace;

import com.solvent.app.fx.Desk;
import com.solvent.app.fx.Theme;
import com.solvent.app.watchlist.WatchedAccount;
import com.solvent.model.stress.StressLibrary;
import com.solvent.model.stress.StressScenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user arranged and expects to find again at the next start.
 *
 * @param accounts         watched accounts in the user's order
 * @param theme            light or dark
 * @param window           window position, size and pane split
 * @param lastConnection   the node last watched with {@code --rpc}, if any
 * @param desk             the desk shown: the trader's workstation or the risk desk
 * @param stressScenarios  the risk desk's stress library in the user's order ({@link StressLibrary#standard()} at first)
 */
public record Workspace(List<WatchedAccount> accounts, Theme theme, WindowLayout window,
                        Optional<LastConnection> lastConnection, Desk desk, List<StressScenario> stressScenarios) {
    public static final Workspace EMPTY = new Workspace(List.of(), Theme.LIGHT, WindowLayout.DEFAULT);

    public Workspace {
        accounts = List.copyOf(Objects.requireNonNull(accounts, "accounts"));
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(lastConnection, "lastConnection");
        Objects.requireNonNull(desk, "desk");
        stressScenarios = List.copyOf(Objects.requireNonNull(stressScenarios, "stressScenarios"));
    }

    /** The trader's desk and the standard stress library. */
    public Workspace(List<WatchedAccount> accounts, Theme theme, WindowLayout window,
                     Optional<LastConnection> lastConnection) {
        this(accounts, theme, window, lastConnection, Desk.TRADER, StressLibrary.standard());
    }

    public Workspace(List<WatchedAccount> accounts, Theme theme, WindowLayout window) {
        this(accounts, theme, window, Optional.empty());
    }

    public Workspace withAccounts(List<WatchedAccount> next) {
        return new Workspace(next, theme, window, lastConnection, desk, stressScenarios);
    }

    public Workspace withTheme(Theme next) {
        return new Workspace(accounts, next, window, lastConnection, desk, stressScenarios);
    }

    public Workspace withWindow(WindowLayout next) {
        return new Workspace(accounts, theme, next, lastConnection, desk, stressScenarios);
    }

    public Workspace withLastConnection(Optional<LastConnection> next) {
        return new Workspace(accounts, theme, window, next, desk, stressScenarios);
    }

    public Workspace withDesk(Desk next) {
        return new Workspace(accounts, theme, window, lastConnection, next, stressScenarios);
    }

    public Workspace withStressScenarios(List<StressScenario> next) {
        return new Workspace(accounts, theme, window, lastConnection, desk, next);
    }
}
