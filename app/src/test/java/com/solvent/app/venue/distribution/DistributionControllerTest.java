package com.solvent.app.venue.distribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.solvent.app.venue.VenueAnalytics;
import com.solvent.app.venue.VenueFixtures;
import com.solvent.app.venue.VenueRanking;
import com.solvent.app.venue.VenueState;
import com.solvent.app.fx.MarketState;
import com.solvent.model.distribution.HistogramBin;
import com.solvent.model.distribution.LiquidationMap;
import com.solvent.model.distribution.MarginRatioHistogram;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.risk.AccountResult;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.LiquidationPrice;
import com.solvent.model.risk.PositionRisk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The distributions the desk draws, against the record-level engine evaluating every account (no
 * columns, no screen): the histogram's notional per margin-ratio band, and the notional a fall or a
 * rise within the range liquidates.
 */
class DistributionControllerTest {
    private final VenueFixtures fixtures = new VenueFixtures();
    private final DistributionController controller = new DistributionController(fixtures.desk);

    @AfterEach
    void close() {
        controller.close();
        fixtures.close();
    }

    private Distributions computed(VenueState venue) {
        fixtures.rank(venue);
        fixtures.onFx(() -> {
            controller.start();
            return null;
        });
        fixtures.waitOnFx(() -> controller.model().distributions.get() != null);
        return fixtures.onFx(() -> controller.model().distributions.get());
    }

    @Test
    void theHistogramIsTheEnginesNotionalPerMarginRatioBand() {
        VenueState venue = VenueFixtures.demoVenue();
        Distributions d = computed(venue);

        List<AccountResult> results = new MarginEngine().evaluate(venue.market().accounts(), venue.market().prices(),
                venue.market().policy()).accounts();
        MarginRatioHistogram expected = MarginRatioHistogram.of(results, VenueAnalytics.HISTOGRAM_EDGES);
        assertThat(d.histogram().bins()).extracting(HistogramBin::accounts)
                .containsExactlyElementsOf(expected.bins().stream().map(HistogramBin::accounts).toList());
        for (int i = 0; i < expected.bins().size(); i++) {
            assertThat(d.histogram().bins().get(i).notional()).isCloseTo(expected.bins().get(i).notional(),
                    within(1e-9 * Math.max(1, expected.bins().get(i).notional())));
        }
        VenueRanking ranking = d.ranking();
        assertThat(d.histogram().totalNotional()).as("the same notional as the accounts table")
                .isCloseTo(ranking.totals().notional(), within(1e-6));
    }

    @Test
    void theLiquidatableShareIsTheNotionalOfAccountsAtOrPastMaintenance() {
        VenueState venue = VenueFixtures.demoVenue();
        // ETH 3,000 puts the 50x long past maintenance: its 60,000 of notional out of the book's
        MarketState moved = new MarketState(venue.market().accounts(),
                venue.market().prices().withMark("ETH", 3_150.0), venue.market().policy(), venue.market().status());
        Distributions d = computed(new VenueState(moved, venue.scan(), venue.labels()));

        double liquidatable = 0;
        double total = 0;
        for (AccountResult r : new MarginEngine().evaluate(moved.accounts(), moved.prices(), moved.policy()).accounts()) {
            AccountRisk risk = (AccountRisk) r;
            double notional = risk.positions().stream().mapToDouble(PositionRisk::notional).sum();
            total += notional;
            if (risk.marginRatio() >= 1) {
                liquidatable += notional;
            }
        }
        assertThat(liquidatable).as("a 50x long past maintenance at 3,150").isPositive();
        assertThat(d.liquidatableShare()).isCloseTo(liquidatable / total, within(1e-12));
    }

    @Test
    void belowAndAboveTheMarkAreTheEnginesPositionsLiquidatedByAFallOrARiseWithinTheRange() {
        VenueState venue = VenueFixtures.demoVenue();
        Distributions d = computed(venue);
        for (String asset : d.ranking().shockableAssets()) {
            LiquidationMap map = d.maps().get(asset);
            double mark = venue.market().prices().get(asset).orElseThrow().mark();
            double below = 0;
            double above = 0;
            for (AccountResult r : new MarginEngine().evaluate(venue.market().accounts(), venue.market().prices(),
                    venue.market().policy()).accounts()) {
                for (PositionRisk p : ((AccountRisk) r).positions()) {
                    LiquidationPrice lp = p.liquidationPrice();
                    if (!p.underlying().equals(asset) || lp.kind() != LiquidationPrice.Kind.PRICE) {
                        continue;
                    }
                    if (lp.price() >= mark * (1 - d.range()) && lp.price() <= mark) {
                        below += p.notional();
                    } else if (lp.price() > mark && lp.price() <= mark * (1 + d.range())) {
                        above += p.notional();
                    }
                }
            }
            assertThat(Distributions.notionalBelowMark(map)).as(asset).isCloseTo(below, within(1e-6));
            assertThat(Distributions.notionalAboveMark(map)).as(asset).isCloseTo(above, within(1e-6));
        }
        assertThat(Distributions.notionalBelowMark(d.maps().get("ETH"))).as("the 50x ETH long").isPositive();
    }

    @Test
    void theExportsParse() throws Exception {
        Distributions d = computed(VenueFixtures.demoVenue());

        String histogram = DistributionRows.histogramCsv(d);
        assertThat(histogram.lines().findFirst().orElseThrow()).isEqualTo("fromRatio,toRatio,accounts,notionalUsd");
        assertThat(histogram.lines().count()).isEqualTo(1 + d.histogram().bins().size());
        assertThat(DistributionRows.mapCsv(d.maps().get("ETH")).lines().count())
                .isEqualTo(1 + DistributionModel.LEVELS);
        JsonNode json = new ObjectMapper().readTree(DistributionRows.json(d));
        assertThat(json.get("schema").asText()).isEqualTo(DistributionRows.SCHEMA);
        assertThat(json.get("liquidationMaps").get("ETH").get("levels")).hasSize(DistributionModel.LEVELS);
    }
}
