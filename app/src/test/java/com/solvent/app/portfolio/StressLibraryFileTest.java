package com.solvent.app.portfolio;

import com.solvent.model.stress.PriceShock;
import com.solvent.model.stress.StressLibrary;
import com.solvent.model.stress.StressScenario;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stress-library file: what the desk exports reads back the same; bad files are refused with line and column. */
class StressLibraryFileTest {
    /** Surefire runs in the module directory; the example lives at the repository root. */
    private static final Path EXAMPLE = Path.of("..", "examples", "stress-library.json");

    private static PortfolioException refused(String json) {
        try {
            StressLibraryFile.fromJson("lib.json", json);
        } catch (PortfolioException e) {
            return e;
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void theExampleFileIsTheStandardLibrary() throws Exception {
        assertThat(StressLibraryFile.read(EXAMPLE)).isEqualTo(StressLibrary.standard());
    }

    @Test
    void everyShockTypeReadsBackAsWritten() throws Exception {
        List<StressScenario> library = List.of(
                new StressScenario("mixed", "every kind", List.of(new PriceShock.MarketMove(-0.15),
                        new PriceShock.AssetMove("BTC", 0.05), new PriceShock.VolatilitySpike(2.5, 1.5),
                        new PriceShock.Depeg("USDC", 0.97), new PriceShock.OracleFreeze("ETH"))),
                new StressScenario("calm", "", List.of()));

        assertThat(StressLibraryFile.fromJson("x.json", StressLibraryFile.toJson(library))).isEqualTo(library);
    }

    @Test
    void aSyntaxErrorNamesItsLineAndColumn() {
        PortfolioException e = refused("""
                {"format": "solvent-stress-library/1",
                 "scenarios": [
                   {"name": "a", "description": "x", "shocks": [{"type": "marketMove", "fraction": -0.1}]}
                   {"name": "b"}
                 ]}
                """);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(4);
        assertThat(e.getMessage()).startsWith("lib.json:4:4: ");
    }

    @Test
    void anUnknownFieldIsNamedAtItsOwnLine() {
        PortfolioException e = refused("""
                {"format": "solvent-stress-library/1",
                 "scenarios": [
                   {"name": "a", "description": "x",
                    "shock": []}
                 ]}
                """);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.path()).isEqualTo("scenarios[0].shock");
        assertThat(e.reason()).contains("unknown field \"shock\"", "shocks");
    }

    @Test
    void aNumberWrittenAsAStringIsRefused() {
        PortfolioException e = refused("""
                {"format": "solvent-stress-library/1",
                 "scenarios": [{"name": "a", "description": "x", "shocks": [{"type": "marketMove", "fraction": "-0.1"}]}]}
                """);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.path()).isEqualTo("scenarios[0].shocks[0].fraction");
    }

    @Test
    void anUnknownShockTypeIsNamedAtItsObject() {
        PortfolioException e = refused("""
                {"format": "solvent-stress-library/1",
                 "scenarios": [{"name": "a", "description": "x", "shocks": [
                     {"type": "marketCrash", "fraction": -0.1}]}]}
                """);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(6);
        assertThat(e.path()).isEqualTo("scenarios[0].shocks[0]");
        assertThat(e.reason()).contains("marketCrash", "marketMove");
    }

    @Test
    void aValueTheModelRefusesIsNamed() {
        PortfolioException e = refused("""
                {"format": "solvent-stress-library/1",
                 "scenarios": [{"name": "a", "description": "x", "shocks": [{"type": "marketMove", "fraction": -1.5}]}]}
                """);
        assertThat(e.path()).isEqualTo("scenarios[0].shocks[0]");
        assertThat(e.reason()).contains("above -1");
        PortfolioException missing = refused("""
                {"format": "solvent-stress-library/1",
                 "scenarios": [{"name": "a", "description": "x", "shocks": [{"type": "depeg", "asset": "USDC"}]}]}
                """);
        assertThat(missing.reason()).contains("price is required");
    }

    @Test
    void twoScenariosOfOneNameAreRefused() {
        PortfolioException e = refused("""
                {"format": "solvent-stress-library/1",
                 "scenarios": [{"name": "a", "description": "x", "shocks": []},
                               {"name": "a", "description": "y", "shocks": []}]}
                """);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.path()).isEqualTo("scenarios[1].name");
        assertThat(e.reason()).contains("scenarios[0]");
    }

    @Test
    void theFormatLineIsRequired() {
        assertThat(refused("{\"scenarios\": []}").reason()).contains("solvent-stress-library/1", "missing");
        assertThat(refused("{\"format\": \"solvent-scenarios/1\", \"scenarios\": []}").reason())
                .contains("\"solvent-scenarios/1\"");
        assertThat(refused("").reason()).contains("expected JSON object", "end-of-input");
    }

    @Test
    void aMissingFileSaysSo() {
        assertThatThrownBy(() -> StressLibraryFile.read(Path.of("no-such-library.json")))
                .isInstanceOf(PortfolioException.class).hasMessageContaining("no such file");
    }
}
