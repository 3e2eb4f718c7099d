package com.solvent.app.venue.stress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.solvent.app.venue.ExportFormat;
import com.solvent.app.venue.VenueFixtures;
import com.solvent.app.venue.VenueRanking;
import com.solvent.model.stress.PriceShock;
import com.solvent.model.stress.StressLibrary;
import com.solvent.model.stress.StressScenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The stress library's editing and runs through the controller, without a window. */
class StressControllerTest {
    private final VenueFixtures fixtures = new VenueFixtures();
    private final AtomicInteger changes = new AtomicInteger();
    private final StressController controller = fixtures.onFx(() -> new StressController(fixtures.desk,
            changes::incrementAndGet));

    @AfterEach
    void close() {
        controller.close();
        fixtures.close();
    }

    private <T> T fx(java.util.concurrent.Callable<T> action) {
        return fixtures.onFx(action);
    }

    @Test
    void aFirstStartHasTheStandardLibrary() {
        assertThat(fx(controller::library)).isEqualTo(StressLibrary.standard());
        assertThat(fx(() -> controller.model().name.get())).isEqualTo("unchanged");
    }

    @Test
    void anEditedScenarioIsSavedIntoTheLibraryAndReported() {
        boolean saved = fx(() -> {
            controller.select(2); // crash-20
            controller.model().name.set("crash-25");
            controller.model().description.set("every risky asset -25%");
            controller.model().shocks.getFirst().first.set("-25");
            controller.addShock();
            ShockDraft freeze = controller.model().shocks.getLast();
            freeze.kind.set(ShockKind.ORACLE_FREEZE);
            freeze.asset.set("eth");
            return controller.saveEdits();
        });

        assertThat(saved).isTrue();
        assertThat(fx(controller::library).get(2)).isEqualTo(new StressScenario("crash-25", "every risky asset -25%",
                List.of(new PriceShock.MarketMove(-0.25), new PriceShock.OracleFreeze("ETH"))));
        assertThat(changes).hasValue(1);
    }

    @Test
    void anInvalidEditIsRefusedNamingTheFieldAndTheLibraryStays() {
        String duplicate = fx(() -> {
            controller.select(1);
            controller.model().name.set("crash-20");
            controller.saveEdits();
            return controller.model().editError.get();
        });
        assertThat(duplicate).contains("already called \"crash-20\"");

        String badNumber = fx(() -> {
            controller.select(1);
            controller.model().shocks.getFirst().first.set("ten");
            controller.saveEdits();
            return controller.model().editError.get();
        });
        assertThat(badNumber).contains("shock 1").contains("\"ten\" is not a number");

        String tooFar = fx(() -> {
            controller.select(1);
            controller.model().shocks.getFirst().first.set("-120");
            controller.saveEdits();
            return controller.model().editError.get();
        });
        assertThat(tooFar).contains("shock 1").contains("above -1");

        String noAsset = fx(() -> {
            controller.select(5); // eth-crash-30
            controller.model().shocks.getFirst().asset.set(" ");
            controller.saveEdits();
            return controller.model().editError.get();
        });
        assertThat(noAsset).contains("shock 1").contains("asset is missing");
        assertThat(fx(controller::library)).isEqualTo(StressLibrary.standard());
        assertThat(changes).hasValue(0);
    }

    @Test
    void addDuplicateRemoveAndResetKeepNamesUnique() {
        List<String> names = fx(() -> {
            controller.select(3); // crash-35
            controller.duplicate();
            controller.duplicate();
            controller.addScenario();
            return controller.library().stream().map(StressScenario::name).toList();
        });
        assertThat(names).containsSubsequence("crash-35", "crash-35-copy", "crash-35-copy-2");
        assertThat(names).contains("scenario").doesNotHaveDuplicates();

        int afterRemove = fx(() -> {
            controller.removeSelected();
            return controller.library().size();
        });
        assertThat(afterRemove).isEqualTo(StressLibrary.standard().size() + 2);
        assertThat(fx(() -> {
            controller.resetToDefaults();
            return controller.library();
        })).isEqualTo(StressLibrary.standard());
        assertThat(changes).hasValue(5);
    }

    @Test
    void runningTheLibraryReportsEveryScenarioAndExportsTheCommandsShapes() throws Exception {
        VenueRanking ranking = fixtures.rank(VenueFixtures.demoVenue());
        assertThat(fx(controller::runAll)).isTrue();
        fixtures.waitOnFx(() -> controller.model().outcome.get() != null);

        StressOutcome outcome = fx(() -> controller.model().outcome.get());
        assertThat(outcome.ranking()).isSameAs(ranking);
        assertThat(outcome.rows()).extracting(r -> r.scenario())
                .containsExactlyElementsOf(StressLibrary.names());
        String csv = fx(() -> controller.exportText(ExportFormat.CSV));
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("scenario,description,accountsLiquidated");
        assertThat(csv.lines().count()).isEqualTo(1 + StressLibrary.standard().size());
        JsonNode json = new ObjectMapper().readTree(fx(() -> controller.exportText(ExportFormat.JSON)));
        assertThat(json.get("schema").asText()).isEqualTo("solvent.stress/1");
        assertThat(json.get("scenarios")).hasSize(StressLibrary.standard().size());
    }
}
