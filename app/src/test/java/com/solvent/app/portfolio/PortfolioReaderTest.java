package com.solvent.app.portfolio;

import com.solvent.model.account.MarginMode;
import com.solvent.model.account.Position;
import com.solvent.model.price.Freshness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The portfolio file is refused, whatever is wrong with it, with the field and the file's line and
 * column. Each case edits one spot of a valid file; the expected line and column are found by
 * searching the edited text, so they are independent of the reader.
 */
class PortfolioReaderTest {
    private static final String FILE = "test-portfolio.json";
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    /** A valid portfolio with an inline policy (no preset needed). Each object starts where a test can find it. */
    private static final String VALID = """
            {
              "asOf": "2026-11-25T00:00:00Z",
              "policy": {
                "name": "test-venue",
                "markets": [
                  {"id": "ETH-PERP", "underlying": "ETH", "tiers": [
                    {"notionalFloor": 0, "maxLeverage": 20, "maintenanceFraction": 0.025},
                    {"notionalFloor": 1000000, "maxLeverage": 10, "maintenanceFraction": 0.05}
                  ]}
                ],
                "collateral": {
                  "USDC": {"valueWeight": 1},
                  "ETH": {"valueWeight": 0.9, "liabilityWeight": 1.1}
                },
                "liquidation": {"penaltyFraction": 0.01},
                "warningLevel": 0.8,
                "settlementAsset": "USDC"
              },
              "prices": {
                "USDC": {"mark": 1, "dailyVolatility": 0.001},
                "ETH": {"mark": 3000, "index": 2995, "dailyVolatility": 0.04, "freshness": "stale"}
              },
              "accounts": [
                {"id": "alice", "collateral": {"USDC": 10000, "ETH": 1.5},
                 "positions": [
                   {"id": "p1", "market": "ETH-PERP", "size": 2, "entry": 2900},
                   {"id": "p2", "market": "ETH-PERP", "size": -1, "entry": 3100, "funding": -4.5, "mode": "isolated", "isolatedMargin": 500}
                 ]}
              ]
            }
            """;

    private final PortfolioReader reader = new PortfolioReader(Map.of(), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void readsAValidFileIntoModelInputs() throws Exception {
        Portfolio portfolio = read(VALID);

        assertThat(portfolio.source()).isEqualTo(FILE);
        assertThat(portfolio.prices().asOf()).isEqualTo(Instant.parse("2026-11-25T00:00:00Z"));
        var eth = portfolio.prices().get("ETH").orElseThrow();
        assertThat(eth.mark()).isEqualTo(3000.0);
        assertThat(eth.index()).isEqualTo(2995.0);
        assertThat(eth.freshness()).isEqualTo(Freshness.STALE);
        assertThat(eth.timestamp()).as("timestamp defaults to asOf").isEqualTo(portfolio.prices().asOf());
        var usdc = portfolio.prices().get("USDC").orElseThrow();
        assertThat(usdc.index()).as("index defaults to mark").isEqualTo(1.0);
        assertThat(usdc.freshness()).isEqualTo(Freshness.FRESH);

        assertThat(portfolio.policy().name()).isEqualTo("test-venue");
        assertThat(portfolio.policy().market("ETH-PERP").orElseThrow().tiers()).hasSize(2);
        assertThat(portfolio.policy().collateralAsset("ETH").orElseThrow().valueWeight()).isEqualTo(0.9);
        assertThat(portfolio.policy().collateralAsset("USDC").orElseThrow().liabilityWeight()).isEqualTo(1.0);
        assertThat(portfolio.policy().liquidation().partialChunk()).isEqualTo(1.0);

        var alice = portfolio.account("alice").orElseThrow();
        assertThat(alice.balance("USDC")).isEqualTo(10_000.0);
        assertThat(alice.balance("ETH")).isEqualTo(1.5);
        assertThat(alice.position("p1").orElseThrow())
                .isEqualTo(new Position("p1", "ETH-PERP", 2.0, 2900.0, 0.0, MarginMode.CROSS, 0.0));
        assertThat(alice.position("p2").orElseThrow())
                .isEqualTo(new Position("p2", "ETH-PERP", -1.0, 3100.0, -4.5, MarginMode.ISOLATED, 500.0));
    }

    @Test
    void asOfDefaultsToTheNewestPriceTimeThenToTheClock() throws Exception {
        String withTimes = VALID.replace("  \"asOf\": \"2026-11-25T00:00:00Z\",\n", "")
                .replace("\"mark\": 1, ", "\"mark\": 1, \"timestamp\": \"2026-11-24T10:00:00Z\", ")
                .replace("\"mark\": 3000, ", "\"mark\": 3000, \"timestamp\": \"2026-11-24T11:00:00Z\", ");
        assertThat(read(withTimes).prices().asOf()).isEqualTo(Instant.parse("2026-11-24T11:00:00Z"));

        String timeless = VALID.replace("  \"asOf\": \"2026-11-25T00:00:00Z\",\n", "");
        assertThat(read(timeless).prices().asOf()).isEqualTo(NOW);
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        String text = VALID.replace("\"size\": 2, \"entry\"", "\"size\": 2 \"entry\"");
        PortfolioException e = refused(text);
        int[] at = locate(text, "\"entry\": 2900");
        assertThat(e.line()).isEqualTo(at[0]);
        assertThat(e.column()).isEqualTo(at[1]);
        assertThat(e.getMessage()).startsWith(FILE + ":" + at[0] + ":" + at[1] + ": ").contains("expecting comma");
    }

    @Test
    void unknownFieldIsNamedWithItsPathAndTheKnownFields() {
        String text = VALID.replace("\"size\": 2,", "\"sise\": 2,");
        PortfolioException e = refused(text);
        assertThat(e.path()).isEqualTo("accounts[0].positions[0].sise");
        assertThat(e.reason()).contains("unknown field \"sise\"").contains("size").contains("entry");
        int[] at = locate(text, "\"sise\"");
        assertThat(new int[] {e.line(), e.column()}).as(e.getMessage()).containsExactly(at[0], at[1]);
    }

    @Test
    void unknownFieldOfAMultiLineObjectIsReportedOnItsOwnLine() {
        String text = VALID.replace("\"warningLevel\": 0.8,", "\"warningLevel\": 0.8,\n    \"warningLvl\": 0.9,");
        PortfolioException e = refused(text);
        assertThat(e.path()).isEqualTo("policy.warningLvl");
        int[] at = locate(text, "\"warningLvl\"");
        assertThat(new int[] {e.line(), e.column()}).as(e.getMessage()).containsExactly(at[0], at[1]);
    }

    @Test
    void contentAfterThePortfolioIsRefused() {
        String text = VALID + "{}\n";
        PortfolioException e = refused(text);
        assertThat(e.reason()).contains("after the portfolio");
        assertThat(e.line()).isEqualTo(VALID.lines().count() + 1);
    }

    @Test
    void missingRequiredFieldIsReportedAtItsObject() {
        String text = VALID.replace("{\"mark\": 3000, ", "{");
        PortfolioException e = refused(text);
        assertThat(e.path()).isEqualTo("prices.ETH.mark");
        assertThat(e.reason()).isEqualTo("is required");
        assertLocatedAt(e, text, "{\"index\": 2995");
    }

    @Test
    void nanIsRefusedAsTokenAndAsString() {
        String bare = VALID.replace("\"mark\": 3000", "\"mark\": NaN");
        PortfolioException e = refused(bare);
        assertThat(e.line()).isEqualTo(locate(bare, "NaN")[0]);
        assertThat(e.reason()).contains("NaN");

        String quoted = VALID.replace("\"mark\": 3000", "\"mark\": \"NaN\"");
        PortfolioException q = refused(quoted);
        assertThat(q.path()).isEqualTo("prices.ETH.mark");
        assertThat(q.reason()).contains("number");
        assertThat(q.line()).isEqualTo(locate(quoted, "\"NaN\"")[0]);

        String overflow = VALID.replace("\"mark\": 3000", "\"mark\": 1e400");
        PortfolioException o = refused(overflow);
        assertThat(o.path()).isEqualTo("prices.ETH.mark");
        assertThat(o.reason()).contains("not a valid number");
    }

    @Test
    void negativePriceIsRefusedByTheModelAndLocatedAtThePrice() {
        String text = VALID.replace("\"mark\": 3000", "\"mark\": -3000");
        PortfolioException e = refused(text);
        assertThat(e.path()).isEqualTo("prices.ETH");
        assertThat(e.reason()).contains("price.mark must be positive");
        assertLocatedAt(e, text, "{\"mark\": -3000");
    }

    @Test
    void negativeWeightIsRefused() {
        String text = VALID.replace("\"valueWeight\": 0.9", "\"valueWeight\": -0.9");
        PortfolioException e = refused(text);
        assertThat(e.path()).isEqualTo("policy.collateral.ETH");
        assertThat(e.reason()).contains("ETH.valueWeight");
        assertLocatedAt(e, text, "{\"valueWeight\": -0.9");
    }

    @Test
    void maintenanceAboveInitialIsRefusedAtTheTier() {
        // 10x leverage means an initial fraction of 0.10; a maintenance of 0.12 would liquidate at opening.
        String text = VALID.replace("\"maxLeverage\": 10, \"maintenanceFraction\": 0.05",
                "\"maxLeverage\": 10, \"maintenanceFraction\": 0.12");
        PortfolioException e = refused(text);
        assertThat(e.path()).isEqualTo("policy.markets[0].tiers[1]");
        assertThat(e.reason()).contains("maintenanceFraction").contains("initial fraction");
        assertLocatedAt(e, text, "{\"notionalFloor\": 1000000");
    }

    @Test
    void tiersOutOfOrderAreRefusedAtTheMarket() {
        String text = VALID.replace("\"notionalFloor\": 1000000", "\"notionalFloor\": 0");
        PortfolioException e = refused(text);
        assertThat(e.path()).isEqualTo("policy.markets[0]");
        assertThat(e.reason()).contains("out of order");
        assertLocatedAt(e, text, "{\"id\": \"ETH-PERP\"");
    }

    @Test
    void unknownAssetIsRefusedWhereItIsHeld() {
        String text = VALID.replace("\"ETH\": 1.5}", "\"ETH\": 1.5, \"SOL\": 10}");
        PortfolioException e = refused(text);
        assertThat(e.path()).isEqualTo("accounts[0].collateral.SOL");
        assertThat(e.reason()).contains("unknown asset SOL");
        assertLocatedAt(e, text, "{\"id\": \"alice\"");
    }

    @Test
    void unknownMarketIsRefusedAtThePosition() {
        String text = VALID.replace("{\"id\": \"p1\", \"market\": \"ETH-PERP\"", "{\"id\": \"p1\", \"market\": \"DOGE-PERP\"");
        PortfolioException e = refused(text);
        assertThat(e.path()).isEqualTo("accounts[0].positions[0].market");
        assertThat(e.reason()).contains("unknown market DOGE-PERP").contains("ETH-PERP");
        assertLocatedAt(e, text, "{\"id\": \"p1\"");
    }

    @Test
    void duplicatedPositionIdIsRefusedAtTheAccount() {
        String text = VALID.replace("{\"id\": \"p2\"", "{\"id\": \"p1\"");
        PortfolioException e = refused(text);
        assertThat(e.path()).isEqualTo("accounts[0]");
        assertThat(e.reason()).contains("duplicated position id p1");
        assertLocatedAt(e, text, "{\"id\": \"alice\"");
    }

    @Test
    void duplicatedKeyIsRefused() {
        String text = VALID.replace("\"size\": 2,", "\"size\": 2, \"size\": 3,");
        PortfolioException e = refused(text);
        assertThat(e.reason()).contains("Duplicate field 'size'");
        assertThat(e.line()).isEqualTo(locate(text, "\"size\": 3")[0]);
    }

    @Test
    void unknownModeListsTheAcceptedOnes() {
        String text = VALID.replace("\"mode\": \"isolated\"", "\"mode\": \"portfolio\"");
        PortfolioException e = refused(text);
        assertThat(e.path()).isEqualTo("accounts[0].positions[1].mode");
        assertThat(e.reason()).contains("portfolio").contains("cross").contains("isolated");
        assertThat(e.line()).isEqualTo(locate(text, "\"portfolio\"")[0]);
    }

    @Test
    void isolatedPositionNeedsItsMargin() {
        String text = VALID.replace(", \"isolatedMargin\": 500", "");
        PortfolioException e = refused(text);
        assertThat(e.path()).isEqualTo("accounts[0].positions[1].isolatedMargin");
        assertLocatedAt(e, text, "{\"id\": \"p2\"");
    }

    @Test
    void eitherVenueOrPolicy() {
        String text = VALID.replace("\"asOf\": \"2026-11-25T00:00:00Z\",", "\"asOf\": \"2026-11-25T00:00:00Z\", \"venue\": \"reference\",");
        PortfolioException e = refused(text);
        assertThat(e.path()).isEqualTo("venue");
        assertThat(e.reason()).contains("either");
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void badTimestampIsNamed() {
        String text = VALID.replace("\"2026-11-25T00:00:00Z\"", "\"yesterday\"");
        PortfolioException e = refused(text);
        assertThat(e.path()).isEqualTo("asOf");
        assertThat(e.reason()).contains("\"yesterday\" is not an ISO-8601 instant");
    }

    @Test
    void missingFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.json");
        assertThatThrownBy(() -> reader.read(missing))
                .isInstanceOf(PortfolioException.class)
                .hasMessage(missing + ": no such file");
    }

    @Test
    void fileNameIsTheOneGiven(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"accounts\": [\n");
        PortfolioException e = catchThrowableOfType(PortfolioException.class, () -> reader.read(file));
        assertThat(e.file()).isEqualTo(file.toString());
        assertThat(e.getMessage()).startsWith(file + ":3:");
    }

    private Portfolio read(String text) throws Exception {
        return reader.read(FILE, new StringReader(text));
    }

    private PortfolioException refused(String text) {
        PortfolioException e = catchThrowableOfType(PortfolioException.class, () -> read(text));
        assertThat(e).as("expected the file to be refused").isNotNull();
        assertThat(e.file()).isEqualTo(FILE);
        assertThat(e.line()).as("line of: " + e.getMessage()).isPositive();
        assertThat(e.column()).as("column of: " + e.getMessage()).isPositive();
        return e;
    }

    private static void assertLocatedAt(PortfolioException e, String text, String objectStart) {
        int[] at = locate(text, objectStart);
        assertThat(new int[] {e.line(), e.column()}).as(e.getMessage()).containsExactly(at[0], at[1]);
        assertThat(e.getMessage()).startsWith(FILE + ":" + at[0] + ":" + at[1] + ": " + e.path() + ": ");
    }

    /** 1-based line and column of the first occurrence of {@code needle}. */
    private static int[] locate(String text, String needle) {
        int index = text.indexOf(needle);
        assertThat(index).as("fixture contains " + needle).isNotNegative();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, index - lineStart + 1};
    }
}
