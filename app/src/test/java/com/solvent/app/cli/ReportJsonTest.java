package com.solvent.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.solvent.app.portfolio.Portfolio;
import com.solvent.app.portfolio.PortfolioReader;
import com.solvent.app.portfolio.Venues;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.RiskReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** {@code report --json}: a round trip to the engine's numbers, and field names exactly as documented. */
class ReportJsonTest {
    private static final Path DOCS = Path.of("..", "docs", "PORTFOLIO.md");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonRoundTripsToTheEngineResult() throws Exception {
        Portfolio portfolio = new PortfolioReader(Venues.presets(), Clock.systemUTC()).read(ReportCommandTest.DEMO);
        RiskReport report = new MarginEngine().evaluate(portfolio.accounts(), portfolio.prices(), portfolio.policy());

        CliRun run = CliRun.of("report", ReportCommandTest.DEMO.toString(), "--json", "--explain");

        assertThat(run.exitCode()).isZero();
        ReportJson parsed = JSON.readValue(run.out(), ReportJson.class);
        assertThat(parsed).isEqualTo(ReportJson.of(portfolio, report, true));
    }

    @Test
    void jsonCarriesTheHandComputedFigures() throws Exception {
        JsonNode root = JSON.readTree(CliRun.of("report", ReportCommandTest.DEMO.toString(), "--json").out());

        assertThat(root.path("schema").asText()).isEqualTo("solvent.report/1");
        JsonNode degen = root.path("accounts").get(1);
        assertThat(degen.path("id").asText()).isEqualTo("degen-near-liquidation");
        assertThat(degen.path("equityUsd").asDouble()).isCloseTo(734.25, within(1e-9));
        assertThat(degen.path("marginRatio").asDouble()).isCloseTo(640 / 734.25, within(1e-12));
        JsonNode liquidation = degen.path("positions").get(0).path("liquidation");
        assertThat(liquidation.path("kind").asText()).isEqualTo("PRICE");
        assertThat(liquidation.path("price").asDouble()).isCloseTo(63_265.75 / 19.8, within(1e-9));
    }

    @Test
    void everyFieldIsDocumentedAndEveryDocumentedFieldOccurs(@TempDir Path dir) throws IOException {
        // Output with every kind of entry: explanations, a failed account, a NONE liquidation price.
        Path file = dir.resolve("with-failure.json");
        Files.writeString(file, Files.readString(ReportCommandTest.DEMO)
                .replace("\"USDC\": {\"mark\": 1.00,", "\"DOGE\": {\"mark\": 0.4, \"dailyVolatility\": 0.06},\n"
                        + "    \"USDC\": {\"mark\": 1.00,")
                .replace("\"collateral\": {\"USDC\": 4753}", "\"collateral\": {\"USDC\": 4753, \"DOGE\": 1000}"));
        Set<String> emitted = new TreeSet<>();
        paths(JSON.readTree(CliRun.of("report", file.toString(), "--json", "--explain").out()), "", emitted);

        Set<String> documented = documentedFields();

        assertThat(emitted).as("fields in the JSON output").isEqualTo(documented);
    }

    @Test
    void optionRowsCarryTheContractAndTheEngineGreeks() throws Exception {
        Portfolio portfolio = new PortfolioReader(Venues.presets(), Clock.systemUTC()).read(ReportCommandTest.DEMO);
        RiskReport report = new MarginEngine().evaluate(portfolio.accounts(), portfolio.prices(), portfolio.policy());
        AccountRisk engine = (AccountRisk) report.accounts().stream()
                .filter(a -> a.accountId().equals("collar-hedged-perp")).findFirst().orElseThrow();

        JsonNode root = JSON.readTree(CliRun.of("report", ReportCommandTest.DEMO.toString(), "--json",
                "--account", "collar-hedged-perp").out());

        JsonNode put = root.path("accounts").get(0).path("positions").get(1);
        assertThat(put.path("id").asText()).isEqualTo("eth-dec-3000-put");
        assertThat(put.path("option").path("type").asText()).isEqualTo("put");
        assertThat(put.path("option").path("strike").asDouble()).isEqualTo(3000.0);
        assertThat(put.path("option").path("expiry").asText()).isEqualTo("2026-12-25T08:00:00Z");
        var enginePut = engine.position("eth-dec-3000-put");
        assertThat(put.path("markPrice").asDouble()).isEqualTo(enginePut.markPrice());
        assertThat(put.path("greeks").path("delta").asDouble()).isEqualTo(enginePut.greeks().delta());
        assertThat(put.path("greeks").path("gamma").asDouble()).isEqualTo(enginePut.greeks().gamma());
        assertThat(put.path("greeks").path("vegaUsd").asDouble()).isEqualTo(enginePut.greeks().vega());
        assertThat(put.path("greeks").path("thetaUsd").asDouble()).isEqualTo(enginePut.greeks().theta());
        // a bought put has negative delta and positive vega; the perp row has delta = size and no option
        assertThat(enginePut.greeks().delta()).isNegative();
        assertThat(enginePut.greeks().vega()).isPositive();
        JsonNode perp = root.path("accounts").get(0).path("positions").get(0);
        assertThat(perp.has("option")).isFalse();
        assertThat(perp.path("greeks").path("delta").asDouble()).isEqualTo(15.0);
        JsonNode eth = root.path("accounts").get(0).path("greeksByUnderlying").get(0);
        assertThat(eth.path("underlying").asText()).isEqualTo("ETH");
        assertThat(eth.path("delta").asDouble()).isEqualTo(engine.greeksByUnderlying().get("ETH").delta());
        assertThat(eth.path("delta").asDouble()).isCloseTo(engine.positions().stream()
                .mapToDouble(p -> p.greeks().delta()).sum(), within(1e-12));
    }

    /** Field paths such as {@code accounts[].positions[].liquidation.price}. */
    private static void paths(JsonNode node, String prefix, Set<String> into) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
                into.add(path);
                paths(field.getValue(), path, into);
            }
        } else if (node.isArray()) {
            node.forEach(element -> paths(element, prefix + "[]", into));
        }
    }

    /** The first cell of each row of the "JSON output" tables in docs/PORTFOLIO.md, e.g. | `accounts[].id` |. */
    private static Set<String> documentedFields() throws IOException {
        String docs = Files.readString(DOCS);
        String section = docs.substring(docs.indexOf("## JSON output"));
        int end = section.indexOf("\n## ", 3);
        section = end < 0 ? section : section.substring(0, end);
        Set<String> fields = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `([^`]+)` \\|").matcher(section);
        while (row.find()) {
            fields.add(row.group(1));
        }
        return fields;
    }
}
