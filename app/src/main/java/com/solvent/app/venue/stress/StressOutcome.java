package com.solvent.app.venue.stress;

import com.solvent.app.cli.risk.RiskOutput;
import com.solvent.app.cli.risk.StressAccountRow;
import com.solvent.app.cli.risk.StressJson;
import com.solvent.app.cli.risk.StressRow;
import com.solvent.app.venue.ExportFormat;
import com.solvent.app.venue.ScanText;
import com.solvent.app.venue.VenueRanking;
import com.solvent.model.stress.StressResult;

import java.util.List;
import java.util.Objects;

/**
 * A stress run of the desk: the scenarios' results over the venue as it was when the run started.
 * Exports have the shapes {@code solvent stress --csv} and {@code --json} print. Immutable.
 *
 * @param ranking        the venue the scenarios ran over
 * @param insuranceFund  the insurance fund before each scenario, USD
 * @param results        one per scenario, in the order run
 */
public record StressOutcome(VenueRanking ranking, double insuranceFund, List<StressResult> results) {
    public StressOutcome {
        Objects.requireNonNull(ranking, "ranking");
        results = List.copyOf(results);
    }

    /** The results table: one row per scenario. */
    public List<StressRow> rows() {
        return results.stream().map(StressRow::of).toList();
    }

    /** The accounts {@code scenario} liquidated or deleveraged (empty when it was not run), labelled as the venue names them. */
    public List<StressAccountRow> accounts(String scenario) {
        return result(scenario).map(r -> StressAccountRow.of(r, id -> ranking.state().label(id))).orElse(List.of());
    }

    private java.util.Optional<StressResult> result(String scenario) {
        return results.stream().filter(r -> r.scenario().name().equals(scenario)).findFirst();
    }

    /** The detail of {@code scenario} as the file {@code format} holds it: CSV lines or the {@code solvent.stress-accounts/1} document. */
    public String accountsText(String scenario, ExportFormat format) {
        List<StressAccountRow> rows = accounts(scenario);
        return switch (format) {
            case CSV -> RiskOutput.csv(StressAccountRow.class, rows);
            case JSON -> RiskOutput.json(StressAccountRow.Document.of(ScanText.source(ranking.state()),
                    ranking.prices().asOf(), ranking.state().market().policy().name(), result(scenario).orElseThrow(),
                    rows)) + "\n";
        };
    }

    /** The file's text. */
    public String text(ExportFormat format) {
        return switch (format) {
            case CSV -> RiskOutput.csv(StressRow.class, rows());
            case JSON -> RiskOutput.json(StressJson.of(ScanText.source(ranking.state()), ranking.prices().asOf(),
                    ranking.state().market().policy().name(), insuranceFund, results));
        };
    }
}
