package com.solvent.app.venue.cascade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.solvent.app.venue.ExportFormat;
import com.solvent.app.venue.VenueFixtures;
import com.solvent.model.cascade.CascadeResult;
import com.solvent.model.cascade.CascadeSimulation;
import com.solvent.model.task.TaskMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The cascade form and run through the controller, without a window. */
class CascadeControllerTest {
    private final VenueFixtures fixtures = new VenueFixtures();
    private final CascadeController controller = new CascadeController(fixtures.desk);

    @AfterEach
    void close() {
        controller.close();
        fixtures.close();
    }

    @Test
    void aBadFieldIsNamedAndNothingRuns() {
        fixtures.rank(VenueFixtures.demoVenue());
        String error = fixtures.onFx(() -> {
            controller.refresh();
            controller.model().depth.set("deep");
            controller.run();
            return controller.model().formError.get();
        });
        assertThat(error).contains("Depth").contains("\"deep\"");
        assertThat(fixtures.onFx(() -> controller.job().runningProperty().get())).isFalse();
    }

    @Test
    void theRunIsTheCoresCascadeOfTheFormsSettings() throws Exception {
        var ranking = fixtures.rank(VenueFixtures.demoVenue());
        fixtures.onFx(() -> {
            controller.refresh();
            controller.model().asset.set("ETH");
            controller.model().shock.set("-10");
            controller.model().depth.set("500k");
            return controller.run();
        });
        fixtures.waitOnFx(() -> controller.model().outcome.get() != null);
        CascadeOutcome outcome = fixtures.onFx(() -> controller.model().outcome.get());

        CascadeController.Run run = fixtures.onFx(controller::form);
        CascadeResult expected = new CascadeSimulation(1).run(ranking.book(), ranking.prices(), run.scenario(),
                run.settings(), TaskMonitor.NONE);
        assertThat(outcome.result().rounds()).hasSameSizeAs(expected.rounds());
        assertThat(outcome.result().totals()).isEqualTo(expected.totals());
        assertThat(outcome.result().rounds().size()).as("selling into 500k of depth moves ETH again").isGreaterThan(1);
        assertThat(outcome.rows().getFirst().priceUsd()).isEqualTo(3_200 * 0.9);

        JsonNode json = new ObjectMapper().readTree(fixtures.onFx(() -> controller.exportText(ExportFormat.JSON)));
        assertThat(json.get("schema").asText()).isEqualTo("solvent.cascade/1");
        assertThat(json.get("rounds")).hasSize(outcome.result().rounds().size());
        assertThat(fixtures.onFx(() -> controller.exportText(ExportFormat.CSV)).lines().count())
                .isEqualTo(1 + outcome.result().rounds().size());
    }
}
