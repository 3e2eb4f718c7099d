package com.solvent.app.portfolio;

import com.solvent.model.account.MarginMode;
import com.solvent.model.option.OptionContract;
import com.solvent.model.option.OptionPosition;
import com.solvent.model.option.OptionType;
import com.solvent.model.option.margin.PortfolioOptionMargin;
import com.solvent.model.option.margin.StandardOptionMargin;
import com.solvent.model.policy.VenuePresets;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * Options in the portfolio file: the option list, implied vols (flat and smiles), the option margin model; and every
 * mistake refused with the field and the line and column of the JSON object it sits in (found by searching the
 * edited text, independent of the reader).
 */
class PortfolioOptionsTest {
    private static final String FILE = "options.json";
    private static final Instant EXPIRY = Instant.parse("2026-12-25T08:00:00Z");

    private static final String VALID = """
            {
              "asOf": "2026-11-25T00:00:00Z",
              "venue": "reference",
              "optionMargin": "derive-portfolio",
              "prices": {
                "USDC": {"mark": 1, "dailyVolatility": 0.001},
                "ETH": {"mark": 3000, "dailyVolatility": 0.04,
                        "smiles": [{"expiry": "2026-12-25T08:00:00Z",
                                    "points": [{"strike": 2500, "vol": 0.8}, {"strike": 3000, "vol": 0.6}]}]},
                "BTC": {"mark": 90000, "dailyVolatility": 0.03, "vol": 0.5}
              },
              "accounts": [
                {"id": "hedger", "collateral": {"USDC": 20000},
                 "positions": [{"id": "perp", "market": "ETH-PERP", "size": 5, "entry": 2900}],
                 "options": [
                   {"id": "put", "underlying": "ETH", "strike": 2800, "expiry": "2026-12-25T08:00:00Z", "type": "put", "size": 5, "premium": 90},
                   {"id": "call", "underlying": "BTC", "strike": 100000, "expiry": "2026-12-25T08:00:00Z", "type": "call", "size": -0.5,
                    "mode": "isolated", "isolatedMargin": 3000}
                 ]}
              ]
            }
            """;

    private final PortfolioReader reader = new PortfolioReader(Venues.presets(),
            Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void readsOptionsVolsAndTheOptionMarginModel() throws Exception {
        Portfolio portfolio = read(VALID);

        var hedger = portfolio.account("hedger").orElseThrow();
        assertThat(hedger.options()).containsExactly(
                new OptionPosition("put", new OptionContract("ETH", 2800, EXPIRY, OptionType.PUT), 5, 90),
                OptionPosition.isolated("call", new OptionContract("BTC", 100000, EXPIRY, OptionType.CALL), -0.5, 0, 3000));
        assertThat(portfolio.policy().optionMarginModel()).contains(PortfolioOptionMargin.derive());
        var btc = portfolio.prices().surface("BTC").orElseThrow();
        assertThat(btc.vol(70000, 90000, EXPIRY, portfolio.prices().asOf())).isEqualTo(0.5);
        var eth = portfolio.prices().surface("ETH").orElseThrow();
        // strikes on the quoted points give the quoted vols back (log-moneyness against the 3000 mark)
        assertThat(eth.vol(2500, 3000, EXPIRY, portfolio.prices().asOf())).isCloseTo(0.8, within(1e-12));
        assertThat(eth.vol(3000, 3000, EXPIRY, portfolio.prices().asOf())).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void withoutAChoiceThePresetKeepsItsOwnOptionMargin() throws Exception {
        Portfolio portfolio = read(VALID.replace("  \"optionMargin\": \"derive-portfolio\",\n", ""));

        assertThat(portfolio.policy()).isEqualTo(VenuePresets.reference());
        assertThat(portfolio.policy().optionMarginModel()).contains(StandardOptionMargin.derive());
    }

    @Test
    void anUnknownOptionMarginIsRefusedWithTheKnownNames() {
        String text = VALID.replace("\"derive-portfolio\"", "\"derive-pm\"");
        PortfolioException e = refused(text);

        assertThat(e.path()).isEqualTo("optionMargin");
        assertThat(e.reason()).contains("derive-pm").contains("deribit-standard").contains("derive-portfolio");
        assertLocatedAt(e, text, "{\n  \"asOf\"");
    }

    @Test
    void anOptionWithoutStrikeNamesTheFieldAndItsObject() {
        String text = VALID.replace("\"strike\": 2800, ", "");
        PortfolioException e = refused(text);

        assertThat(e.path()).isEqualTo("accounts[0].options[0].strike");
        assertThat(e.reason()).isEqualTo("is required");
        assertLocatedAt(e, text, "{\"id\": \"put\"");
    }

    @Test
    void anOptionOnAnAssetWithoutVolIsRefused() {
        String text = VALID.replace(", \"vol\": 0.5}", "}");
        PortfolioException e = refused(text);

        assertThat(e.path()).isEqualTo("accounts[0].options[1].underlying");
        assertThat(e.reason()).contains("no implied vol for BTC");
        assertLocatedAt(e, text, "{\"id\": \"call\"");
    }

    @Test
    void aWrittenOptionOfSizeZeroIsRefusedByTheModel() {
        String text = VALID.replace("\"size\": -0.5", "\"size\": 0");
        PortfolioException e = refused(text);

        assertThat(e.path()).isEqualTo("accounts[0].options[1]");
        assertThat(e.reason()).contains("size must not be 0");
        assertLocatedAt(e, text, "{\"id\": \"call\"");
    }

    @Test
    void anUnknownOptionTypeListsTheTypes() {
        String text = VALID.replace("\"type\": \"put\"", "\"type\": \"straddle\"");
        PortfolioException e = refused(text);

        assertThat(e.path()).isEqualTo("accounts[0].options[0].type");
        assertThat(e.reason()).contains("straddle").contains("call").contains("put");
        int[] at = locate(text, "\"straddle\"");
        assertThat(e.line()).isEqualTo(at[0]);
    }

    @Test
    void smileStrikesOutOfOrderAreRefusedAtTheSmile() {
        String text = VALID.replace("{\"strike\": 2500, \"vol\": 0.8}, {\"strike\": 3000, \"vol\": 0.6}",
                "{\"strike\": 3000, \"vol\": 0.6}, {\"strike\": 2500, \"vol\": 0.8}");
        PortfolioException e = refused(text);

        assertThat(e.path()).isEqualTo("prices.ETH.smiles[0]");
        assertThat(e.reason()).contains("out of order");
        assertLocatedAt(e, text, "{\"expiry\": \"2026-12-25T08:00:00Z\",\n");
    }

    @Test
    void aFlatVolAndSmilesTogetherAreRefused() {
        String text = VALID.replace("\"dailyVolatility\": 0.04,", "\"dailyVolatility\": 0.04, \"vol\": 0.7,");
        PortfolioException e = refused(text);

        assertThat(e.path()).isEqualTo("prices.ETH.vol");
        assertThat(e.reason()).contains("not both");
        assertLocatedAt(e, text, "{\"mark\": 3000");
    }

    private Portfolio read(String text) throws Exception {
        return reader.read(FILE, new StringReader(text));
    }

    private PortfolioException refused(String text) {
        PortfolioException e = catchThrowableOfType(PortfolioException.class, () -> read(text));
        assertThat(e).as("expected the file to be refused").isNotNull();
        assertThat(e.file()).isEqualTo(FILE);
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
