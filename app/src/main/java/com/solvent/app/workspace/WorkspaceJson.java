package com.solvent.app.workspace;

import java.util.List;

/**
 * The file format of {@code workspace.json}, kept apart from the domain types so that renaming
 * a Java field never silently changes what is on disk. Version 1.
 */
record WorkspaceJson(int version, List<Account> accounts, String theme, Window window) {
    static final int CURRENT_VERSION = 1;

    record Account(String address, String label) {
    }

    record Window(Double x, Double y, double width, double height, boolean maximized, List<Double> dividers) {
    }
}
