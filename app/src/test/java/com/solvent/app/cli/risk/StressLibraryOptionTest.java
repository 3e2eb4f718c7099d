package com.solvent.app.cli.risk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code solvent stress --library FILE}: the file's scenarios run; a broken file stops with its line and column. */
class StressLibraryOptionTest {
    private static final JsonMapper JSON = new JsonMapper();
    private static final Path EXAMPLE = Path.of("..", "examples", "stress-library.json");

    @TempDir
    Path dir;

    @Test
    void theExampleLibraryRunsTheSameScenariosAsTheStandardOne() throws Exception {
        RiskCli standard = RiskCli.run("stress", RiskCli.DEMO.toString(), "--json");
        RiskCli fromFile = RiskCli.run("stress", RiskCli.DEMO.toString(), "--library", EXAMPLE.toString(), "--json");

        assertThat(fromFile.exitCode()).as(fromFile.err()).isEqualTo(RiskOutput.OK);
        assertThat(JSON.readTree(fromFile.out()).get("scenarios")).isEqualTo(JSON.readTree(standard.out()).get("scenarios"));
    }

    @Test
    void aLibraryOfItsOwnRunsItsScenariosAndScenarioPicksAmongThem() throws Exception {
        Path library = dir.resolve("mine.json");
        Files.writeString(library, """
                {"format": "solvent-stress-library/1",
                 "scenarios": [
                   {"name": "eth-crash-12", "description": "ETH -12%", "shocks": [{"type": "assetMove", "asset": "ETH", "fraction": -0.12}]},
                   {"name": "flat", "description": "nothing moves", "shocks": []}
                 ]}
                """);
        RiskCli all = RiskCli.run("stress", RiskCli.DEMO.toString(), "--library", library.toString(), "--json");
        assertThat(all.exitCode()).as(all.err()).isEqualTo(RiskOutput.OK);
        JsonNode scenarios = JSON.readTree(all.out()).get("scenarios");
        assertThat(scenarios).hasSize(2);
        assertThat(scenarios.get(0).get("totals").get("scenario").asText()).isEqualTo("eth-crash-12");
        assertThat(scenarios.get(0).get("marks").get("ETH").asDouble()).isEqualTo(3_200 * (1 - 0.12));

        RiskCli one = RiskCli.run("stress", RiskCli.DEMO.toString(), "--library", library.toString(), "--scenario", "flat",
                "--json");
        assertThat(JSON.readTree(one.out()).get("scenarios")).hasSize(1);
        RiskCli unknown = RiskCli.run("stress", RiskCli.DEMO.toString(), "--library", library.toString(), "--scenario",
                "crash-20");
        assertThat(unknown.exitCode()).isEqualTo(RiskOutput.BAD_INPUT);
        assertThat(unknown.err()).contains("crash-20", "eth-crash-12, flat");
    }

    @Test
    void aBrokenLibraryStopsBeforeRunningAndNamesTheSpot() throws Exception {
        Path library = dir.resolve("broken.json");
        Files.writeString(library, """
                {"format": "solvent-stress-library/1",
                 "scenarios": [
                   {"name": "x", "description": "", "shocks": [{"type": "depeg", "asset": "USDC", "price": -1}]}
                 ]}
                """);
        RiskCli run = RiskCli.run("stress", RiskCli.DEMO.toString(), "--library", library.toString());

        assertThat(run.exitCode()).isEqualTo(RiskOutput.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--library " + library + ":3:48: scenarios[0].shocks[0]: ");
    }

    @Test
    void scanRefusesALibraryWithoutStress() {
        RiskCli run = RiskCli.run("scan", "--rpc", "http://127.0.0.1:1", "--deployment", "dep.json", "--library",
                EXAMPLE.toString());

        assertThat(run.exitCode()).isEqualTo(RiskOutput.BAD_INPUT);
        assertThat(run.err()).contains("--library needs --stress");
    }
}
