package com.solvent.app.venue.cascade;

import com.solvent.app.cli.risk.CascadeJson;
import com.solvent.app.cli.risk.CascadeRow;
import com.solvent.app.cli.risk.RiskOutput;
import com.solvent.app.venue.ExportFormat;
import com.solvent.app.venue.ScanText;
import com.solvent.app.venue.VenueRanking;
import com.solvent.model.cascade.CascadeResult;

import java.util.List;
import java.util.Objects;

/**
 * A cascade run of the desk over the venue as it was when the run started. Exports have the shapes
 * {@code solvent cascade --csv} and {@code --json} print. Immutable.
 *
 * @param ranking  the venue the cascade ran over
 * @param asset    the asset shocked
 * @param shock    its initial move, a signed fraction ({@code -0.2} = -20%)
 * @param result   the rounds and totals
 */
public record CascadeOutcome(VenueRanking ranking, String asset, double shock, CascadeResult result) {
    public CascadeOutcome {
        Objects.requireNonNull(ranking, "ranking");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(result, "result");
    }

    /** One row per round: the shocked asset's price and what the round liquidated. */
    public List<CascadeRow> rows() {
        return result.rounds().stream().map(r -> CascadeRow.of(r, asset)).toList();
    }

    /** The shocked asset's mark before the shock, USD per unit. */
    public double priceBefore() {
        return ranking.prices().get(asset).orElseThrow().mark();
    }

    public String text(ExportFormat format) {
        return switch (format) {
            case CSV -> RiskOutput.csv(CascadeRow.class, rows());
            case JSON -> RiskOutput.json(CascadeJson.of(ScanText.source(ranking.state()), ranking.prices().asOf(),
                    ranking.state().market().policy().name(), asset, shock, result));
        };
    }
}
