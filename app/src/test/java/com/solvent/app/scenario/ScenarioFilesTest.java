package com.solvent.app.scenario;

import com.solvent.model.account.MarginMode;
import com.solvent.model.account.Position;
import com.solvent.model.option.OptionContract;
import com.solvent.model.option.OptionPosition;
import com.solvent.model.scenario.Perturbation;
import com.solvent.model.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScenarioFilesTest {
    private static final Scenario EVERY_STEP = Scenario.of("every step",
            Perturbation.PriceMove.percent("ETH", -20),
            new Perturbation.PriceMove("BTC", Perturbation.MoveKind.TO_USD, 80_000),
            new Perturbation.MarketMove(-10, Map.of("ETH", 1.3)),
            new Perturbation.VolShift(10, List.of("ETH")),
            new Perturbation.TimeForward(1.5),
            new Perturbation.CollateralChange("USDC", 5_000),
            new Perturbation.ModeSwitch("p1", MarginMode.ISOLATED, 1_000),
            new Perturbation.Resize("p1", 0),
            new Perturbation.OpenPosition(Position.cross("p2", "ETH-PERP", -2, 2000)),
            new Perturbation.OpenOption(new OptionPosition("o1",
                    OptionContract.call("ETH", 2200, Instant.parse("2026-12-25T08:00:00Z")), -3, 0)));

    @Test
    void everyStepSurvivesARoundTripThroughAFile(@TempDir Path dir) {
        Path file = dir.resolve("scenarios.json");
        ScenarioFiles.save(file, List.of(EVERY_STEP, Scenario.NONE));
        assertThat(ScenarioFiles.load(file)).containsExactly(EVERY_STEP, Scenario.NONE);
    }

    @Test
    void theDocumentedExampleLoads() {
        String json = """
                {
                  "format": "solvent-scenarios/1",
                  "scenarios": [
                    {
                      "name": "ETH -20%, vol +10, one day",
                      "steps": [
                        {"type": "priceMove", "asset": "ETH", "kind": "PERCENT", "value": -20},
                        {"type": "volShift", "points": 10, "assets": []},
                        {"type": "timeForward", "days": 1}
                      ]
                    }
                  ]
                }
                """;
        assertThat(ScenarioFiles.fromJson(json, "example.json")).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("ETH -20%, vol +10, one day");
            assertThat(s.steps()).containsExactly(Perturbation.PriceMove.percent("ETH", -20),
                    Perturbation.VolShift.all(10), new Perturbation.TimeForward(1));
        });
    }

    @Test
    void badInputNamesFileLineColumnAndField() {
        String json = """
                {"format": "solvent-scenarios/1", "scenarios": [
                  {"name": "bad", "steps": [
                    {"type": "timeForward", "days": -2}
                  ]}
                ]}
                """;
        assertThatThrownBy(() -> ScenarioFiles.fromJson(json, "bad.json"))
                .hasMessageStartingWith("bad.json, line 3")
                .hasMessageContaining("timeForward.days must not be negative");
        assertThatThrownBy(() -> ScenarioFiles.fromJson("{\"format\": \"other/9\", \"scenarios\": []}", "x.json"))
                .hasMessageContaining("x.json: format must be");
        assertThatThrownBy(() -> ScenarioFiles.fromJson("{\"format\": \"solvent-scenarios/1\", \"scenarios\": [{\"name\": \"n\", \"steps\": [{\"type\": \"teleport\"}]}]}", "y.json"))
                .hasMessageStartingWith("y.json, line 1").hasMessageContaining("teleport");
    }
}
