package com.solvent.app.workspace;

import com.solvent.model.stress.PriceShock;
import com.solvent.model.stress.StressScenario;

import java.util.ArrayList;
import java.util.List;

/** The stress library to and from the workspace file; a bad entry is named by its place in the file. */
final class StressScenarioJson {
    private StressScenarioJson() {
    }

    static List<WorkspaceJson.Scenario> toJson(List<StressScenario> scenarios) {
        return scenarios.stream().map(s -> new WorkspaceJson.Scenario(s.name(), s.description(),
                s.shocks().stream().map(StressScenarioJson::shock).toList())).toList();
    }

    private static WorkspaceJson.Shock shock(PriceShock shock) {
        return switch (shock) {
            case PriceShock.MarketMove m -> new WorkspaceJson.Shock("marketMove", null, m.fraction(), null, null, null);
            case PriceShock.AssetMove a -> new WorkspaceJson.Shock("assetMove", a.asset(), a.fraction(), null, null, null);
            case PriceShock.VolatilitySpike v -> new WorkspaceJson.Shock("volatilitySpike", null, null, v.factor(),
                    v.downSigmas(), null);
            case PriceShock.Depeg d -> new WorkspaceJson.Shock("depeg", d.asset(), null, null, null, d.price());
            case PriceShock.OracleFreeze f -> new WorkspaceJson.Shock("oracleFreeze", f.asset(), null, null, null, null);
        };
    }

    /**
     * The library in {@code stored}.
     *
     * @throws IllegalArgumentException naming {@code stressScenarios[i]...} and the field when an entry is not valid
     */
    static List<StressScenario> fromJson(List<WorkspaceJson.Scenario> stored) {
        List<StressScenario> scenarios = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            String where = "stressScenarios[" + i + "]";
            WorkspaceJson.Scenario s = stored.get(i);
            if (s == null) {
                throw new IllegalArgumentException(where + ": empty entry");
            }
            List<PriceShock> shocks = new ArrayList<>();
            List<WorkspaceJson.Shock> listed = s.shocks() == null ? List.of() : s.shocks();
            for (int j = 0; j < listed.size(); j++) {
                shocks.add(shock(listed.get(j), where + ".shocks[" + j + "]"));
            }
            try {
                scenarios.add(new StressScenario(s.name(), s.description() == null ? "" : s.description(), shocks));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        return scenarios;
    }

    private static PriceShock shock(WorkspaceJson.Shock s, String where) {
        if (s == null || s.type() == null) {
            throw new IllegalArgumentException(where + ".type is missing");
        }
        try {
            return switch (s.type()) {
                case "marketMove" -> new PriceShock.MarketMove(required(s.fraction(), where + ".fraction"));
                case "assetMove" -> new PriceShock.AssetMove(s.asset(), required(s.fraction(), where + ".fraction"));
                case "volatilitySpike" -> new PriceShock.VolatilitySpike(required(s.factor(), where + ".factor"),
                        required(s.downSigmas(), where + ".downSigmas"));
                case "depeg" -> new PriceShock.Depeg(s.asset(), required(s.price(), where + ".price"));
                case "oracleFreeze" -> new PriceShock.OracleFreeze(s.asset());
                default -> throw new IllegalArgumentException(where + ".type: expected marketMove, assetMove, "
                        + "volatilitySpike, depeg or oracleFreeze, found \"" + s.type() + "\"");
            };
        } catch (IllegalArgumentException | NullPointerException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(where)) {
                throw e;
            }
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static double required(Double value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value;
    }
}
