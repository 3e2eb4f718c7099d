package com.solvent.app.venue.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.solvent.app.venue.DeskAvailability;
import com.solvent.app.venue.ExportFormat;
import com.solvent.app.venue.VenueFixtures;
import com.solvent.app.venue.VenueRanking;
import com.solvent.app.venue.VenueRow;
import com.solvent.model.risk.HealthState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The venue accounts table through its controller and model, without a window. */
class VenueAccountsControllerTest {
    private final VenueFixtures fixtures = new VenueFixtures();
    private final List<VenueRow> opened = new ArrayList<>();
    private final VenueAccountsController controller = new VenueAccountsController(fixtures.desk, opened::add);

    @AfterEach
    void close() {
        controller.close();
        fixtures.close();
    }

    private VenueSelection shown() {
        return fixtures.onFx(() -> controller.model().selection.get());
    }

    /** Sets filters on the FX stand-in and waits until the table shows a selection made with them. */
    private VenueSelection after(Runnable change) {
        VenueSelection before = shown();
        fixtures.onFx(() -> {
            change.run();
            return null;
        });
        fixtures.waitOnFx(() -> controller.model().selection.get() != before
                && controller.model().selection.get().filter().equals(controller.filter()));
        return shown();
    }

    private VenueRanking start() {
        VenueRanking ranking = fixtures.rank(VenueFixtures.demoVenue());
        fixtures.onFx(() -> {
            controller.start();
            return null;
        });
        fixtures.waitOnFx(() -> controller.model().selection.get() != null);
        return ranking;
    }

    @Test
    void everyAccountIsShownWorstFirstWithCountsPerStateAndTotals() {
        VenueRanking ranking = start();
        VenueSelection all = shown();

        assertThat(all.rows()).isEqualTo(ranking.rows());
        assertThat(all.rows().getFirst().health()).isEqualTo(HealthState.WARNING);
        assertThat(all.matching().count(HealthState.SAFE)).isEqualTo(4);
        assertThat(all.matching().count(HealthState.WARNING)).isEqualTo(1);
        String summary = fixtures.onFx(() -> controller.model().summary.get());
        assertThat(summary).startsWith("Showing 5 of 5 accounts").contains("notional 801,750 USD");
    }

    @Test
    void eachFilterNarrowsTheTable() {
        start();

        VenueSelection isolated = after(() -> controller.model().mode.set(ModeFilter.ISOLATED));
        assertThat(isolated.rows()).extracting(VenueRow::label).containsExactly("basis-with-isolated-future");

        VenueSelection bigAndBtc = after(() -> {
            controller.model().mode.set(ModeFilter.ANY);
            controller.model().asset.set("BTC");
            controller.model().minNotional.set("150k");
        });
        assertThat(bigAndBtc.rows()).extracting(VenueRow::label)
                .containsExactly("basis-with-isolated-future", "multi-collateral-haircut");
        assertThat(bigAndBtc.rows()).allSatisfy(r -> assertThat(r.notional()).isGreaterThanOrEqualTo(150_000));

        VenueSelection warningOnly = after(() -> {
            controller.clearFilters();
            controller.showOnly(HealthChoice.WARNING, HealthChoice.LIQUIDATABLE, HealthChoice.BANKRUPT);
        });
        assertThat(warningOnly.rows()).extracting(VenueRow::label).containsExactly("degen-near-liquidation");
        assertThat(warningOnly.matching().count(HealthState.SAFE)).as("the Safe chip still counts its accounts").isEqualTo(4);
    }

    @Test
    void aMistypedBoundIsNamedAndIgnoredAndAnEmptyResultSaysWhy() {
        start();
        VenueSelection typo = after(() -> controller.model().minNotional.set("lots"));
        assertThat(fixtures.onFx(() -> controller.model().filterError.get())).contains("Min notional").contains("lots");
        assertThat(typo.rows()).hasSize(5);

        after(() -> controller.model().minNotional.set("10M"));
        var empty = fixtures.onFx(() -> controller.model().empty.get());
        assertThat(empty.title()).isEqualTo("No account matches the filters");
        assertThat(empty.detail()).contains("notional >= 10,000,000.00 USD");
    }

    @Test
    void withoutAVenueTheTableSaysSoPlainly() {
        fixtures.onFx(() -> {
            fixtures.availability.set(DeskAvailability.UNAVAILABLE);
            fixtures.session.set("devnet (anvil): reference venue and Aave v3");
            controller.start();
            return null;
        });
        var empty = fixtures.onFx(() -> controller.model().empty.get());
        assertThat(empty.title()).isEqualTo("Venue scan not available for this session");
        assertThat(empty.detail()).contains("devnet (anvil)");
    }

    @Test
    void exportsAreTheRowsShownAsParseableCsvAndJson() throws Exception {
        start();
        after(() -> controller.model().asset.set("BTC"));
        VenueSelection shown = shown();

        String csv = fixtures.onFx(() -> controller.exportText(ExportFormat.CSV));
        List<Map<String, String>> lines = new ArrayList<>();
        new CsvMapper().readerFor(Map.class).with(CsvSchema.emptySchema().withHeader())
                .<Map<String, String>>readValues(csv).forEachRemaining(lines::add);
        assertThat(lines).hasSize(shown.rows().size());
        for (int i = 0; i < lines.size(); i++) {
            VenueRow row = shown.rows().get(i);
            assertThat(lines.get(i).get("account")).isEqualTo(row.accountId());
            assertThat(Double.parseDouble(lines.get(i).get("margin_ratio"))).isEqualTo(row.marginRatio());
            assertThat(Double.parseDouble(lines.get(i).get("notional_usd"))).isEqualTo(row.notional());
        }

        JsonNode json = new ObjectMapper().readTree(fixtures.onFx(() -> controller.exportText(ExportFormat.JSON)));
        assertThat(json.get("schema").asText()).isEqualTo(VenueAccountsJson.SCHEMA);
        assertThat(json.get("filter").asText()).isEqualTo("holds BTC");
        assertThat(json.get("accounts")).hasSize(shown.rows().size());
        assertThat(json.get("accounts").get(0).get("equityUsd").asDouble()).isEqualTo(shown.rows().getFirst().equity());
    }

    @Test
    void openingARowHandsItToTheTradersView() {
        VenueRanking ranking = start();
        controller.open(ranking.rows().get(1));
        assertThat(opened).containsExactly(ranking.rows().get(1));
    }
}
