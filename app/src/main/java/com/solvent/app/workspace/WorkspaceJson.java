package com.solvent.app.workspace;

import java.util.List;

/**
 * The file format of {@code workspace.json}, kept apart from the domain types so that renaming
 * a Java field never silently changes what is on disk. Version 1.
 */
record WorkspaceJson(int version, List<Account> accounts, String theme, Window window, Connection lastConnection) {
    static final int CURRENT_VERSION = 1;

    record Account(String address, String label) {
    }

    /** Optional (absent in older files). The URL is stored as typed: see {@link LastConnection}. */
    record Connection(String rpcUrl, String venue, String deployment) {
    }

    record Window(Double x, Double y, double width, double height, boolean maximized, List<Double> dividers) {
    }
}
