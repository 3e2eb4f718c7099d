package com.solvent.app.workspace;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The file format of {@code workspace.json}, kept apart from the domain types so that renaming
 * a Java field never silently changes what is on disk. Version 1; fields added since are optional,
 * so a file written before them still loads (and gets their defaults).
 */
record WorkspaceJson(int version, List<Account> accounts, String theme, Window window, Connection lastConnection,
                     String desk, List<Scenario> stressScenarios) {
    static final int CURRENT_VERSION = 1;

    record Account(String address, String label) {
    }

    /** Optional (absent in older files). The URL is stored as typed: see {@link LastConnection}. */
    record Connection(String rpcUrl, String venue, String deployment) {
    }

    record Window(Double x, Double y, double width, double height, boolean maximized, List<Double> dividers) {
    }

    /** A stress scenario of the risk desk's library. Optional list (absent in older files: the standard library). */
    record Scenario(String name, String description, List<Shock> shocks) {
    }

    /**
     * One price shock: {@code type} is {@code marketMove} (fraction), {@code assetMove} (asset, fraction),
     * {@code volatilitySpike} (factor, downSigmas), {@code depeg} (asset, price) or {@code oracleFreeze}
     * (asset); fractions signed ({@code -0.2} = -20%), prices USD.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Shock(String type, String asset, Double fraction, Double factor, Double downSigmas, Double price) {
    }
}
